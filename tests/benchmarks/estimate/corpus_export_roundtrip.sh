#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# corpus_export_roundtrip.sh BUNDLESCOPE [FORMATS]
#
# Exports every bundle of $BUNDLESCOPE_CORPUS/corpus.tsv with BUNDLESCOPE (the built executable) in each format
# (default "tar.gz zip"), extracts the archive with GNU tar / unzip into a temporary folder, compares it with the
# original (diff -r --no-dereference, plus the modes of every file) and runs the extracted app's smoke command from
# corpus.tsv. Prints one line per bundle and format; exits non-zero when any step failed. Issue 13. No --verify: the
# diff is the stronger check, and KTar re-reads a large tar.gz from the start on every backward seek (minutes).
set -uo pipefail
exe=$(realpath "$1")
formats=${2:-tar.gz zip}
corpus=${BUNDLESCOPE_CORPUS:?set BUNDLESCOPE_CORPUS to the folder holding corpus.tsv}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
modes() { (cd "$1" && find . -printf '%M %p\n' | sort); } # type, permissions, path
while IFS=$'\t' read -r name kind path smoke expect; do
    [ -z "$name" ] && continue
    src="$corpus/$path"
    for format in $formats; do
        out="$work/$name.$format"
        dest="$work/x-$name-$format"
        mkdir -p "$dest"
        start=$(date +%s.%N)
        if ! "$exe" export "$src" --format "$format" --out "$out" </dev/null >"$work/log" 2>&1; then
            echo "$name $format: EXPORT FAILED: $(tail -1 "$work/log")"; failed=1; continue
        fi
        seconds=$(echo "$(date +%s.%N) - $start" | bc)
        case $format in
        zip) unzip -q "$out" -d "$dest" ;;
        *) tar -xf "$out" -C "$dest" ;;
        esac || { echo "$name $format: EXTRACT FAILED"; failed=1; continue; }
        base=$(basename "$src")
        if [ -d "$src" ]; then
            diff -r --no-dereference "$src" "$dest/$base" >/dev/null \
                && [ "$(modes "$src" | grep -v '^d')" = "$(modes "$dest/$base" | grep -v '^d')" ]
        else
            cmp -s "$src" "$dest/$base" && [ "$(stat -c %a "$src")" = "$(stat -c %a "$dest/$base")" ] \
                && [ "$(find "$dest" -mindepth 1 | wc -l)" = 1 ]
        fi && same=identical || { same=DIFFERENT; failed=1; }
        entries=$( (cd "$dest" && find . -mindepth 1 | wc -l) )
        if [ -d "$dest/$base" ]; then rundir="$dest/$base"; else rundir="$dest"; fi
        if (cd "$rundir" && timeout 600 sh -c "$smoke" </dev/null 2>&1 | grep -qF "$expect"); then smoked=ok; else smoked=FAILED; failed=1; fi
        echo "$name $format: $(stat -c %s "$out") bytes, $entries entries, ${seconds%???????} s, files+modes $same, smoke $smoked"
        rm -rf "$dest" "$out"
    done
done <"$corpus/corpus.tsv"
exit $failed
