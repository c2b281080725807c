// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "treemaptile.h"

#include <QPointF>
#include <QRectF>

#include <vector>

namespace BundleScope {

class BundleTree;

// The result of one SquarifiedLayout pass: the tiles in preorder (the root tile first, each tile followed by its
// descendants up to subtreeEnd) and the hit test over them. An immutable value, built on any thread and then shared
// read-only (the treemap widget keeps it as std::shared_ptr<const TreemapLayout>).
class TreemapLayout {
public:
    TreemapLayout() = default;
    TreemapLayout(std::vector<TreemapTile> tiles, QRectF bounds, NodeId root);

    const std::vector<TreemapTile>& tiles() const { return m_tiles; }
    const TreemapTile& tile(int index) const { return m_tiles[std::size_t(index)]; }
    int tileCount() const { return int(m_tiles.size()); }
    bool isEmpty() const { return m_tiles.empty(); }
    bool isLeaf(int index) const { return m_tiles[std::size_t(index)].subtreeEnd == quint32(index) + 1; }
    QRectF bounds() const { return m_bounds; }
    NodeId rootNode() const { return m_root; }
    int leafCount() const;

    // The deepest tile containing `point` (edges half-open, so every point of the bounds has exactly one leaf), or
    // -1 outside the bounds. Walks root to leaf, skipping whole subtrees: O(depth × siblings).
    int tileAt(QPointF point) const;
    // The node of tileAt(): for a SmallFiles tile, the folder whose small children it aggregates. InvalidNode outside.
    NodeId nodeAt(QPointF point) const;
    // The tile showing `node`, or its deepest ancestor that has a tile when the node itself was culled or lies
    // below the maximum depth; -1 when the node is not inside this layout's root.
    int tileFor(const BundleTree& tree, NodeId node) const;
    // Index of the parent tile, -1 for the root. O(index).
    int parentTile(int index) const;

private:
    std::vector<TreemapTile> m_tiles;
    QRectF m_bounds;
    NodeId m_root = InvalidNode;
};

} // namespace BundleScope
