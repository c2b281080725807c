#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs everything BundleScope needs to build, test and run on Debian 12 (bookworm) or newer, as root, without
# questions. Idempotent: a second run only checks stamps and exits quickly.
#
# KF6 KArchive: the distribution's libkf6archive-dev when it has one; otherwise the Debian source package kf6-karchive
# of the next Debian release is fetched through apt (a private, temporary apt configuration whose archive URIs are
# copied from this machine's own apt sources; nothing is added to the system's sources), patched to accept Qt 6.4 and
# installed into $BUNDLESCOPE_DEPS_PREFIX, which the project's CMake searches by default.
set -euo pipefail

PREFIX=${BUNDLESCOPE_DEPS_PREFIX:-/opt/bundlescope-deps}
NEXT_SUITE=${BUNDLESCOPE_NEXT_SUITE:-trixie}
KARCHIVE_STAMP="$PREFIX/.karchive-installed"

log() { printf '[install-deps] %s\n' "$*" >&2; }

if [ "$(id -u)" != 0 ]; then
    echo "install-deps.sh must run as root (it calls apt-get)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive

# Build: compilers, CMake, Qt 6, the libraries the engine and KArchive link.
APT_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n
    libqt6svg6 qt6-svg-dev qt6-qpa-plugins libqt6opengl6-dev libgl-dev libxkbcommon-dev libvulkan-dev
    zlib1g-dev libbz2-dev liblzma-dev libzstd-dev
)
# Programs the tests run (each test that needs one fails and names its package when it is missing):
#   tar, gzip            GNU tar and gzip listing and unpacking exported archives (essential, listed for completeness)
#   zstd, xz-utils       what GNU tar calls for .tar.zst and .tar.xz; xz -t checks the xz writer
#   libarchive-tools     bsdtar, a second reader of every exported format
#   unzip, python3       unzip and python3's zipfile read exported zips
#   binutils             strip, readelf, objdump, nm, ar on ELF fixtures; objdump in the package check
#   clang, lld, llvm     PE and Mach-O fixtures (clang, lld-link, ld64.lld, llvm-dlltool, llvm-lipo)
#   libclang-rt-14-dev   clang's AddressSanitizer/UBSan runtime, for the sanitizer suite (clang itself lacks it)
#   strace               verified slimming's traced run (slim --trace) in its tests
#   clang-format         the format check (version 14 on Debian 12)
#   dpkg-dev, file       cpack -G DEB's dpkg-shlibdeps, and the `file` it finds ELF files with
#   xvfb, xauth          xvfb-run, for running the GUI on a real X server by hand
#   zip, pigz, ncdu      the benchmarks' reference tools (not run by default)
#   appstream, desktop-file-utils   appstreamcli and desktop-file-validate check the desktop entry and metainfo
APT_PACKAGES+=(
    tar gzip zstd xz-utils libarchive-tools unzip python3 binutils clang lld llvm libclang-rt-14-dev strace
    clang-format dpkg-dev file
    xvfb xauth zip pigz ncdu appstream desktop-file-utils
)

# One dpkg-query for all: a second run of this script takes well under a second.
missing_packages() {
    local installed
    installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "$@" 2>/dev/null || true)
    local p
    for p in "$@"; do
        grep -qx "$p installed" <<<"$installed" || echo "$p"
    done
}

apt_updated=0
apt_update_once() {
    if [ "$apt_updated" = 0 ]; then
        log "apt-get update"
        apt-get update -qq
        apt_updated=1
    fi
}

mapfile -t todo < <(missing_packages "${APT_PACKAGES[@]}")
if [ "${#todo[@]}" -gt 0 ]; then
    apt_update_once
    log "installing: ${todo[*]}"
    apt-get install -y -qq --no-install-recommends "${todo[@]}" >/dev/null
fi

# --- KF6 KArchive --------------------------------------------------------------------------------------------------
if dpkg-query -W -f='${Status}' libkf6archive-dev 2>/dev/null | grep -q "install ok installed"; then
    log "libkf6archive-dev present"
    exit 0
fi
if [ -f "$KARCHIVE_STAMP" ]; then
    log "KArchive already built in $PREFIX ($(cat "$KARCHIVE_STAMP"))"
    exit 0
fi
apt_update_once
if apt-cache show libkf6archive-dev >/dev/null 2>&1 && apt-get install -y -qq libkf6archive-dev >/dev/null 2>&1; then
    log "installed libkf6archive-dev from the distribution"
    exit 0
fi

log "building KF6 KArchive from the $NEXT_SUITE source package into $PREFIX"
work=$(mktemp -d /tmp/bundlescope-karchive.XXXXXX)
trap 'rm -rf "$work"' EXIT

# The archive URI of the main Debian suite, as configured on this machine (deb822 .sources or one-line .list).
debian_uri() {
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        awk 'BEGIN{RS=""; FS="\n"}
             { uri=""; ok=0; sec=0
               for (i=1;i<=NF;i++) {
                 if ($i ~ /^URIs:/) { sub(/^URIs:[ \t]*/, "", $i); split($i, u, /[ \t]+/); uri=u[1] }
                 if ($i ~ /^Suites:/ && $i ~ /(bookworm|trixie|stable)/) ok=1
                 if ($i ~ /^Suites:/ && $i ~ /-security/) sec=1
               }
               if (ok && !sec && uri != "") { print uri; exit }
             }' "$f"
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        awk '$1=="deb" && $0 !~ /security/ && $0 ~ /(bookworm|trixie|stable)/ {
               for (i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' "$f"
    done
}
uri=$(debian_uri | head -n1)
if [ -z "$uri" ]; then
    echo "install-deps.sh: no Debian archive found in this machine's apt sources; cannot fetch kf6-karchive" >&2
    exit 1
fi

# A private apt configuration: the system's lists and sources stay untouched.
mkdir -p "$work/apt/lists/partial" "$work/apt/cache/archives/partial" "$work/apt/parts"
cat > "$work/apt/parts/next.sources" <<SRC
Types: deb deb-src
URIs: $uri
Suites: $NEXT_SUITE
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
APT_OPTS=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$work/apt/parts"
          -o "Dir::State::Lists=$work/apt/lists" -o "Dir::Cache=$work/apt/cache"
          -o "Dir::State::status=/var/lib/dpkg/status" -o "APT::Sandbox::User=root")
apt-get "${APT_OPTS[@]}" update -qq
(
    cd "$work"
    apt-get "${APT_OPTS[@]}" source -qq kf6-karchive >/dev/null
    apt-get "${APT_OPTS[@]}" download -qq extra-cmake-modules >/dev/null
)
src=$(find "$work" -maxdepth 1 -type d -name 'kf6-karchive-*' | head -n1)
deb=$(find "$work" -maxdepth 1 -name 'extra-cmake-modules_*.deb' | head -n1)
[ -n "$src" ] && [ -n "$deb" ] || { echo "install-deps.sh: could not fetch kf6-karchive sources or ECM" >&2; exit 1; }
dpkg -x "$deb" "$work/ecm"

# KArchive 6.13 asks for Qt 6.6; the parts it uses exist in 6.4 (Debian 12).
sed -i -E 's/set\(REQUIRED_QT_VERSION [0-9.]+\)/set(REQUIRED_QT_VERSION 6.4.0)/' "$src/CMakeLists.txt"

cmake -S "$src" -B "$work/build" -G Ninja -Wno-dev \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" \
    -DCMAKE_PREFIX_PATH="$work/ecm/usr" -DECM_DIR="$work/ecm/usr/share/ECM/cmake" \
    -DBUILD_TESTING=OFF -DBUILD_QCH=OFF -DWITH_OPENSSL=OFF -DCMAKE_DISABLE_FIND_PACKAGE_OpenSSL=ON \
    -DCMAKE_INSTALL_LIBDIR=lib >/dev/null
cmake --build "$work/build" --parallel "$(nproc)" >/dev/null
cmake --install "$work/build" >/dev/null
version=$(basename "$src" | sed 's/^kf6-karchive-//')
echo "kf6-karchive $version" > "$KARCHIVE_STAMP"
log "KArchive $version installed in $PREFIX"
