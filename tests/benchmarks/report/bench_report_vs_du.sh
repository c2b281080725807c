#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# bench_report_vs_du.sh BUNDLESCOPE [RUNS] [PATH...]
#
# The whole `bundlescope report --format json PATH` (scan, dependency graph, Python references, report, JSON) against
# `du -sb PATH`, end to end, on each PATH (default: /usr, plus the corpus's torch bundle when it exists). Both commands
# run once to warm the page cache (dropping caches needs root), then RUNS times each (default 5), alternating, so a
# machine shared with other work loads both equally. Prints each command's median wall time and the ratio
# report / du; issue 15 asks for a ratio of at most 1.0 on /usr. Exits non-zero when a command fails.
set -uo pipefail
exe=$(realpath "$1")
runs=${2:-5}
shift $(($# >= 2 ? 2 : 1))
paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
    paths=(/usr)
    inference=${BUNDLESCOPE_CORPUS:-/work/corpus/bundles}/dist/inference
    [ -d "$inference" ] && paths+=("$inference")
fi

seconds() { # seconds COMMAND...: wall time of one run, output discarded
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || return 1
    end=$(date +%s%N)
    echo "scale=3; ($end - $start) / 1000000000" | bc
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

failed=0
for path in "${paths[@]}"; do
    report=("$exe" report --format json "$path")
    du=(du -sb "$path")
    if ! seconds "${du[@]}" >/dev/null || ! seconds "${report[@]}" >/dev/null; then
        echo "$path: a command failed: ${du[*]} / ${report[*]}"
        failed=1
        continue
    fi
    du_times=()
    report_times=()
    for ((i = 0; i < runs; ++i)); do
        du_times+=("$(seconds "${du[@]}")")
        report_times+=("$(seconds "${report[@]}")")
    done
    du_median=$(median "${du_times[@]}")
    report_median=$(median "${report_times[@]}")
    ratio=$(echo "scale=2; $report_median / $du_median" | bc)
    echo "$path: du -sb ${du_median} s, bundlescope report --format json ${report_median} s, ratio ${ratio}x" \
        "(median of $runs alternating runs; du: ${du_times[*]}; report: ${report_times[*]})"
done
exit $failed
