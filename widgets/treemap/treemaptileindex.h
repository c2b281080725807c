// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletree.h"

#include <QHash>

#include <memory>

namespace BundleScope {

class TreemapLayout;

// Which tile of a treemap layout shows a node: the node's own tile, else its nearest ancestor's (a file inside a
// folder drawn as one tile, or merged into "small files"). The node -> tile table is built once per layout, on first
// use: highlight sets and selections can ask for thousands of nodes per frame. GUI thread; owned by TreemapWidget.
class TreemapTileIndex {
public:
    // -1 when neither the node nor any ancestor up to the layout's root has a tile.
    int tileOf(const std::shared_ptr<const TreemapLayout>& layout, const BundleTree& tree, NodeId node);

private:
    QHash<NodeId, int> m_index;
    std::shared_ptr<const TreemapLayout> m_indexed; // kept alive so its address cannot be reused by a new layout
};

} // namespace BundleScope
