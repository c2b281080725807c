#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop entry and the AppStream metainfo as software centres read them: desktop-file-validate and
# `appstreamcli validate` (offline) must accept both without errors or warnings.
#   check_metadata.sh PACKAGING_DIR
set -euo pipefail
dir=$1
id=org.bundlescope.BundleScope
command -v desktop-file-validate >/dev/null || { echo "desktop-file-validate is required (apt-get install desktop-file-utils)"; exit 1; }
command -v appstreamcli >/dev/null || { echo "appstreamcli is required (apt-get install appstream)"; exit 1; }
desktop-file-validate "$dir/$id.desktop"
appstreamcli validate --no-net --explain "$dir/$id.metainfo.xml"
echo "desktop entry and metainfo valid"
