// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "treemap/treemaptile.h"

#include <QCoreApplication>
#include <QString>

namespace BundleScope {

class BundleTree;

// The text shown when hovering a treemap tile, also used as the widget's accessible description: path, size (human
// and exact bytes), share of the parent folder and of the whole bundle, category and package. Plain text, one fact
// per line. Stateless; GUI thread.
class TreemapToolTip {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::TreemapToolTip)
public:
    // `bytes` is the size the treemap shows for the tile (the widget's size function); `parentBytes` and
    // `totalBytes` the same measure for the parent folder and the tree root.
    static QString text(const BundleTree& tree, const TreemapTile& tile, quint64 parentBytes, quint64 totalBytes);
};

} // namespace BundleScope
