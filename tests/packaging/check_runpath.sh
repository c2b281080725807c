#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check_runpath.sh ELF...: every RUNPATH / RPATH entry of each file is an absolute folder or one below $ORIGIN.
# An empty entry (CMake pads a build tree's RPATH with ':' when the install step is to rewrite it in place) or a
# relative one makes the loader look for libraries in the folder the program was started from: a libQt6Core.so.6
# lying there would be loaded instead of Qt's.
set -euo pipefail
command -v objdump >/dev/null || { echo "objdump is required (apt-get install binutils)"; exit 1; }
status=0
for elf in "$@"; do
    paths=$(objdump -p "$elf" | awk '$1 == "RUNPATH" || $1 == "RPATH" { print $2 }')
    [ -n "$paths" ] || continue
    # ':' at either end or doubled is an empty entry: split keeping empty fields.
    IFS=: read -r -a entries <<< "$paths:sentinel"
    for entry in "${entries[@]:0:${#entries[@]}-1}"; do
        case "$entry" in
            /* | '$ORIGIN' | '$ORIGIN/'*) ;;
            *) echo "$elf: RUNPATH '$paths' holds the entry '$entry', which the loader resolves from the current folder"
               status=1 ;;
        esac
    done
done
exit $status
