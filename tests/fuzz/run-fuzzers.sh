#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes every parser of untrusted bytes with libFuzzer + ASan + UBSan (a benchmark-like job, not part of CI).
#   tests/fuzz/run-fuzzers.sh CORPUS [SECONDS_PER_PARSER] [PARSER...]
# CORPUS is the folder of tests/corpus/build-corpus.sh (bundles/dist, src/pyinstaller): cut-seeds.py cuts each
# parser's seeds from it. Builds build-fuzz/ with clang (-DBUNDLESCOPE_FUZZ=ON, only fuzz_parsers), runs each parser
# for SECONDS_PER_PARSER (default 300) on one core, and keeps every crash, leak or timeout it finds, minimized, in
# tests/fuzz/findings/<parser>/ — add each as a row of tst_fuzzregression.cpp (s_findings) with the clean error it
# must give once fixed. Work folders: build-fuzz/seeds (cut seeds), build-fuzz/corpus/<parser> (what libFuzzer grew).
set -euo pipefail
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="${1:?usage: run-fuzzers.sh CORPUS [SECONDS_PER_PARSER] [PARSER...]}"
seconds="${2:-300}"
shift $(( $# >= 2 ? 2 : 1 ))
parsers=("$@")
[ ${#parsers[@]} -gt 0 ] || parsers=(carchive pyz marshal zlib elf pe macho safetensors onnx gguf torchzip)
build="$source_dir/build-fuzz"
command -v clang++ >/dev/null || { echo "run-fuzzers.sh needs clang: apt-get install clang" >&2; exit 2; }

CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build" -G Ninja -DBUNDLESCOPE_FUZZ=ON >/dev/null
cmake --build "$build" -j2 --target fuzz_parsers
rm -rf "$build/seeds"
/usr/bin/python3 "$source_dir/tests/fuzz/cut-seeds.py" "$corpus" "$build/seeds"

export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
for parser in "${parsers[@]}"; do
    findings="$source_dir/tests/fuzz/findings/$parser"
    work="$build/corpus/$parser"
    mkdir -p "$work" "$build/artifacts/$parser"
    echo "== $parser: ${seconds}s" >&2
    started=$(date +%s)
    # -fork keeps fuzzing after a finding; every finding is written to artifacts/ and then minimized below.
    BUNDLESCOPE_FUZZ_PARSER="$parser" "$build/tests/fuzz/fuzz_parsers" "$work" "$build/seeds/$parser" \
        -max_total_time="$seconds" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/$parser/" 2>"$build/$parser.log" || true
    echo "$parser: $(( $(date +%s) - started ))s, $(grep -c . <(ls "$work")) corpus files," \
         "$(ls "$build/artifacts/$parser" | wc -l) findings" >&2
    for artifact in "$build/artifacts/$parser"/*; do
        [ -e "$artifact" ] || continue
        mkdir -p "$findings"
        name="$(basename "$artifact")"
        BUNDLESCOPE_FUZZ_PARSER="$parser" "$build/tests/fuzz/fuzz_parsers" -minimize_crash=1 -runs=2000 \
            -exact_artifact_path="$findings/$name" "$artifact" >/dev/null 2>&1 || cp "$artifact" "$findings/$name"
        [ -s "$findings/$name" ] || cp "$artifact" "$findings/$name"
    done
done
