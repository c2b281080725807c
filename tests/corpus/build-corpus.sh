#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build-corpus.sh PYINSTALLER_SRC HOOKS_SRC [OUT]
#
# Builds the corpus of real PyInstaller bundles that the `corpus` CTest label checks BundleScope against. Bundles are
# hundreds of MB and are never committed: they go to OUT (default $BUNDLESCOPE_CORPUS, else ~/bundlescope-corpus).
# Afterwards: BUNDLESCOPE_CORPUS=OUT ctest --test-dir build -L corpus --output-on-failure
#
# PYINSTALLER_SRC is an exported PyInstaller source tree (tested with v6.11.0), HOOKS_SRC one of
# pyinstaller-hooks-contrib (v2024.10). The apps are frozen with Debian 12's own Python and packages
# (apt-get install python3-venv python3-pip python3-wheel python3-setuptools python3-altgraph python3-packaging
#  python3-dev python3-numpy python3-scipy python3-torch python3-onnx python3-pil python3-pyqt5 python3-requests
#  zlib1g-dev gcc), always through /usr/bin/python3: another python may come first on PATH.
#
# OUT/corpus.tsv lists every bundle, one a line: name, kind (onedir|onefile|onedir-upx), path relative to OUT, the smoke
# command (run through /bin/sh in the bundle's top folder, or beside a one-file executable) and the text it must print.
#
# With BUNDLESCOPE_CORPUS_UPX=DIR (a folder holding a `upx` program) one more bundle is built with UPX forced
# (PYINSTALLER_FORCE_UPX=1), as users do although PyInstaller refuses UPX on Linux since 5.0: kind onedir-upx, expected
# to crash at start. UPX is not in Debian 12; its public source (upx/upx with its vendor/* submodules checked out at
# the commits the release records) builds with `cmake -S . -B build && cmake --build build`.
set -euo pipefail

if [ $# -lt 2 ]; then
    sed -n '3,16p' "$0" >&2
    exit 2
fi
src=$(realpath "$1")
hooks=$(realpath "$2")
out=${3:-${BUNDLESCOPE_CORPUS:-$HOME/bundlescope-corpus}}
mkdir -p "$out"
out=$(realpath "$out")
here=$(cd "$(dirname "$0")" && pwd)
apps="$here/apps"
py=/usr/bin/python3
log() { printf '[corpus] %s\n' "$*" >&2; }

for module in numpy scipy torch onnx PIL PyQt5 requests venv; do
    "$py" -c "import $module" 2>/dev/null || { echo "build-corpus.sh: $py cannot import $module; see the apt list above" >&2; exit 1; }
done

# The Linux bootloader: PyInstaller's source ships none.
bootloader="$src/PyInstaller/bootloader/Linux-64bit-intel/run"
if [ ! -s "$bootloader" ]; then
    log "building the bootloader"
    (cd "$src/bootloader" && "$py" ./waf all >/dev/null)
    [ -s "$bootloader" ] || (cd "$src/bootloader" && "$py" ./waf install_release >/dev/null)
fi

venv="$out/venv"
if [ ! -x "$venv/bin/pyinstaller" ]; then
    log "installing PyInstaller into $venv"
    "$py" -m venv --system-site-packages "$venv"
    "$venv/bin/pip" install -q --no-deps --no-index --no-build-isolation "$src" "$hooks"
fi
log "$("$venv/bin/pyinstaller" --version) with $("$py" --version)"

work="$out/work"
mkdir -p "$work" "$out/dist"
manifest="$out/corpus.tsv.new"
: >"$manifest"

# freeze NAME KIND SCRIPT SMOKE EXPECT [pyinstaller options...]
freeze() {
    local name=$1 kind=$2 script=$3 smoke=$4 expect=$5
    shift 5
    local options=(--noconfirm --log-level WARN --distpath "$out/dist" --workpath "$work/$name" --specpath "$work/$name"
                   --name "$name")
    [ "$kind" = onefile ] && options+=(--onefile)
    if [ -e "$out/dist/$name" ] && [ -z "${BUNDLESCOPE_CORPUS_REBUILD:-}" ]; then
        log "$name: present (BUNDLESCOPE_CORPUS_REBUILD=1 rebuilds)"
    else
        log "$name: freezing ($kind)"
        rm -rf "${out:?}/dist/$name"
        (cd "$work" && "$venv/bin/pyinstaller" "${options[@]}" "$@" "$script" >"$work/$name.log" 2>&1) \
            || { echo "build-corpus.sh: PyInstaller failed for $name, see $work/$name.log" >&2; exit 1; }
    fi
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$kind" "dist/$name" "$smoke" "$expect" >>"$manifest"
}

# The C extension, compiled with debug information like a developer's local build.
ext="$work/ext"
mkdir -p "$ext"
suffix=$("$py" -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))')
gcc -g -O1 -fPIC -shared $("$py"-config --includes) "$apps/fastsum.c" -o "$ext/fastsum$suffix"

# Weights for the torch app, written by torch itself.
weights="$work/weights"
[ -s "$weights/model.pth" ] || (cd "$apps" && "$py" make_weights.py "$weights" >/dev/null 2>&1)

freeze hello onedir "$apps/hello.py" './hello' 'hello from the BundleScope corpus'
freeze hello-onefile onefile "$apps/hello.py" './hello-onefile' 'hello from the BundleScope corpus'
freeze cext onedir "$apps/cext.py" './cext' 'cext ok' --paths "$ext"
freeze cext-strip onedir "$apps/cext.py" './cext-strip' 'cext ok' --paths "$ext" --strip
freeze numsci onedir "$apps/numsci.py" './numsci' 'numsci ok'
freeze imaging onedir "$apps/imaging.py" './imaging' 'imaging ok'
freeze qtgui onedir "$apps/qtgui.py" 'QT_QPA_PLATFORM=offscreen ./qtgui' 'qtgui ok'
freeze inference onedir "$apps/inference.py" './inference' 'inference ok' \
    --add-data "$weights/model.pth:models" --add-data "$weights/model.onnx:models"
freeze inference-onefile onefile "$apps/inference.py" './inference-onefile' 'inference ok' \
    --add-data "$weights/model.pth:models" --add-data "$weights/model.onnx:models"

if [ -n "${BUNDLESCOPE_CORPUS_UPX:-}" ]; then
    [ -x "$BUNDLESCOPE_CORPUS_UPX/upx" ] || { echo "build-corpus.sh: no upx program in $BUNDLESCOPE_CORPUS_UPX" >&2; exit 1; }
    PYINSTALLER_FORCE_UPX=1 freeze numsci-upx onedir-upx "$apps/numsci.py" './numsci-upx' 'numsci ok' \
        --upx-dir "$BUNDLESCOPE_CORPUS_UPX"
fi

mv "$manifest" "$out/corpus.tsv"
log "checking every bundle runs"
while IFS=$'\t' read -r name kind path smoke expect; do
    dir="$out/$path"
    [ "$kind" = onefile ] && dir=$(dirname "$dir")
    if [ "$kind" = onedir-upx ]; then
        status=0
        (cd "$dir" && timeout 300 /bin/sh -c "$smoke" </dev/null >/dev/null 2>&1) || status=$?
        log "$name: $(du -sh "$out/$path" | cut -f1), UPX-packed, exit status $status (packed shared libraries crash)"
        continue
    fi
    output=$(cd "$dir" && timeout 300 /bin/sh -c "$smoke" </dev/null 2>&1) || { echo "build-corpus.sh: $name does not run: $output" >&2; exit 1; }
    case "$output" in *"$expect"*) ;; *) echo "build-corpus.sh: $name printed no '$expect': $output" >&2; exit 1 ;; esac
    log "$name: $(du -sh "$out/$path" | cut -f1), runs"
done <"$out/corpus.tsv"
log "corpus ready: $out/corpus.tsv"
