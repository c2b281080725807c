// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/category.h"

#include <QColor>
#include <QString>

namespace BundleScope {

// The treemap's colours: a fixed, readable colour per Category (distinguishable on light and dark themes, since
// tiles are always drawn opaque with their own shading) and a deterministic colour per package name, hashed into a
// pleasant band of hue, saturation and value so that a package keeps its colour across runs and machines.
// Stateless; callable from any thread.
class TreemapPalette {
public:
    static QColor categoryColor(Category category);
    static QColor packageColor(const QString& packageName);
    static QColor smallFilesColor(); // the aggregated "N small files" tiles
    static QColor folderColor(); // folders drawn as leaves (maximum depth reached, or too small to subdivide)
    static QColor uncoloredColor(); // candidate mode: tiles no candidate covers
    // Black or white, whichever reads better on `background`.
    static QColor textColorOn(const QColor& background);
};

} // namespace BundleScope
