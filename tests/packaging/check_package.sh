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
# The installed binary must not depend on the build tree.
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
