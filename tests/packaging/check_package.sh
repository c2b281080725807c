#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs BundleScope the way a user would and runs it from there:
#   prefix: `cmake --install` into a scratch prefix;  deb: `cpack -G DEB`, then `dpkg -x` into a scratch root.
# Then `bundlescope --version` and a headless JSON report of a small folder must work from the installed copy, and
# ICONCHECK (tests/packaging/iconcheck.cpp) must find the application icon at every SIZE.
#   check_package.sh BUILD_DIR prefix|deb ICONCHECK SIZE...
set -euo pipefail
build_dir=$1
mode=$2
iconcheck=$3
shift 3
icon_sizes=("$@")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# dpkg -x on this machine, where Qt is complete, cannot tell whether a user's apt would install every library the
# packaged programs load. So: each DT_NEEDED of each packaged ELF file must be shipped in the package itself or belong to
# a package named in Depends (a missing libqt6concurrent6 once made the .deb install fine and not start).
check_depends_cover_libraries() {
    local deb=$1 root=$2 depends missing=0 elf soname path owner name
    depends=$(dpkg-deb -f "$deb" Depends)
    command -v objdump >/dev/null || { echo "objdump is required (apt-get install binutils)"; exit 1; }
    while IFS= read -r -d '' elf; do
        head -c 4 "$elf" | grep -q $'^\x7fELF' || continue
        # Where the loader finds each library for this file (its own architecture, its RUNPATH into the package).
        declare -A found=()
        # The dynamic loader is listed by path alone ("/lib64/ld-linux-x86-64.so.2 (0x…)"); an executable may need it
        # by name (glibc's thread-local storage helpers live there: ours does since SampleCompressor's thread_local).
        while read -r name path; do found[$name]=$path; done < <(ldd "$elf" 2>/dev/null \
            | awk '$2 == "=>" { print $1, $3 } $1 ~ /^\// && $2 != "=>" { n = split($1, part, "/"); print part[n], $1 }')
        while read -r soname; do
            [ -n "$(find "$root" -name "$soname" -print -quit)" ] && continue # shipped in the package
            path=${found[$soname]:-}
            owner=""
            if [ -n "$path" ] && [ -e "$path" ]; then
                owner=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(realpath "$path")" 2>/dev/null)
            fi
            owner=${owner%%:*}
            if [ -z "$owner" ]; then
                echo "$soname (needed by ${elf#"$root"}) belongs to no installed Debian package"; missing=1
            elif ! [[ ", $depends," == *", $owner "* || ", $depends," == *", $owner,"* || ", $depends," == *"| $owner "* ]]; then
                echo "$soname (needed by ${elf#"$root"}) is in $owner, which Depends does not name"; missing=1
            fi
        done < <(objdump -p "$elf" | awk '$1 == "NEEDED" { print $2 }')
    done < <(find "$root" -type f -print0)
    [ "$missing" = 0 ] || { echo "Depends: $depends"; exit 1; }
    # The private KArchive travels in the package; no Debian package may be asked for it.
    if [ -n "$(find "$root" -name 'libKF6Archive.so*' -print -quit)" ] && [[ "$depends" == *libkf6archive* ]]; then
        echo "package ships KArchive but also depends on a KArchive package: $depends"; exit 1
    fi
    local recommends
    recommends=$(dpkg-deb -f "$deb" Recommends)
    [[ "$recommends" == *strace* ]] || { echo "package does not recommend strace: $recommends"; exit 1; }
}

case "$mode" in
prefix)
    cmake --install "$build_dir" --prefix "$scratch/usr" >/dev/null
    ;;
deb)
    command -v dpkg >/dev/null || { echo "dpkg is required (apt-get install dpkg)"; exit 1; }
    (cd "$scratch" && cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$scratch/out" >/dev/null)
    deb=$(ls "$scratch"/out/*.deb)
    info=$(dpkg-deb --info "$deb") # not piped into grep -q: an early exit would SIGPIPE dpkg-deb under pipefail
    [[ "$info" == *"Depends: "*libqt6core6* ]] || { echo "package declares no Qt dependency"; echo "$info"; exit 1; }
    # Qt's own strings (standard buttons, file dialogs) are translated only with qtbase_<lang>.qm from this package.
    [[ "$info" == *"Depends: "*qt6-translations-l10n* ]] || { echo "package does not depend on qt6-translations-l10n"; echo "$info"; exit 1; }
    dpkg -x "$deb" "$scratch"
    check_depends_cover_libraries "$deb" "$scratch"
    ;;
*)
    echo "usage: $0 BUILD_DIR prefix|deb" >&2
    exit 2
    ;;
esac

exe="$scratch/usr/bin/bundlescope"
[ -x "$exe" ] || { echo "no executable at $exe"; exit 1; }
for f in share/applications/org.bundlescope.BundleScope.desktop share/metainfo/org.bundlescope.BundleScope.metainfo.xml \
         share/icons/hicolor/scalable/apps/org.bundlescope.BundleScope.svg; do
    [ -f "$scratch/usr/$f" ] || { echo "missing $f"; exit 1; }
done
[ "${#icon_sizes[@]}" -gt 0 ] || { echo "no icon sizes given"; exit 2; }
"$iconcheck" "$scratch/usr" "${icon_sizes[@]}"
# The installed binary must not depend on the build tree, nor look for libraries in the current folder.
bash "$(dirname "$0")/check_runpath.sh" "$exe"
libs=$(ldd "$exe")
if [[ "$libs" == *"not found"* ]]; then echo "$libs"; exit 1; fi
version=$("$exe" --version)
echo "$version"
[[ "$version" == *bundlescope* ]] || { echo "unexpected --version output"; exit 1; }

bundle="$scratch/bundle/app"
mkdir -p "$bundle/_internal/torch"
head -c 4096 /dev/zero > "$bundle/app"
chmod +x "$bundle/app"
head -c 10000 /dev/zero > "$bundle/_internal/torch/__init__.py"
"$exe" report "$bundle" --format json > "$scratch/report.json"
grep -q '"schema": *"bundlescope.report/1"' "$scratch/report.json" || { cat "$scratch/report.json"; exit 1; }
grep -q '"bytes": *14096' "$scratch/report.json" || { echo "wrong total"; cat "$scratch/report.json"; exit 1; }
echo "installed ($mode) bundlescope works"
