#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/bundlescope_<lang>.ts from the sources of app/ (engine + CLI) and widgets/.
# Usage: translations/update.sh   (needs Qt 6 lupdate; LUPDATE=/path/to/lupdate overrides)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
for lang in de fr en; do
    extra=""
    [ "$lang" = en ] && extra="-pluralonly"
    "$lupdate" -locations none -no-obsolete $extra -target-language "$lang" \
        "$root/app" "$root/widgets" -ts "$here/bundlescope_$lang.ts"
done
