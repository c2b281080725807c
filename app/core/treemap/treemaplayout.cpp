// SPDX-License-Identifier: GPL-3.0-or-later
#include "treemaplayout.h"

#include "model/bundletree.h"

#include <algorithm>
#include <cmath>

namespace BundleScope {

namespace {

    bool containsHalfOpen(const QRectF& rect, QPointF point)
    {
        return point.x() >= rect.left() && point.x() < rect.right() && point.y() >= rect.top()
            && point.y() < rect.bottom();
    }

} // namespace

TreemapLayout::TreemapLayout(std::vector<TreemapTile> tiles, QRectF bounds, NodeId root)
    : m_tiles(std::move(tiles))
    , m_bounds(bounds)
    , m_root(root)
{
}

int TreemapLayout::leafCount() const
{
    int leaves = 0;
    for (int i = 0; i < tileCount(); ++i)
        leaves += isLeaf(i) ? 1 : 0;
    return leaves;
}

int TreemapLayout::tileAt(QPointF point) const
{
    if (m_tiles.empty())
        return -1;
    // The bounds' right and bottom edges belong to the treemap too: clamp them onto the last pixel row/column.
    if (point.x() < m_bounds.left() || point.x() > m_bounds.right() || point.y() < m_bounds.top()
        || point.y() > m_bounds.bottom())
        return -1;
    point.setX(std::min(point.x(), std::nextafter(m_bounds.right(), m_bounds.left())));
    point.setY(std::min(point.y(), std::nextafter(m_bounds.bottom(), m_bounds.top())));

    quint32 current = 0;
    for (;;) {
        const quint32 end = m_tiles[current].subtreeEnd;
        quint32 child = current + 1;
        while (child < end && !containsHalfOpen(m_tiles[child].rect, point))
            child = m_tiles[child].subtreeEnd;
        if (child >= end)
            return int(current);
        current = child;
    }
}

NodeId TreemapLayout::nodeAt(QPointF point) const
{
    const int index = tileAt(point);
    return index < 0 ? InvalidNode : m_tiles[std::size_t(index)].node;
}

int TreemapLayout::tileFor(const BundleTree& tree, NodeId node) const
{
    if (m_tiles.empty() || !tree.isValid(node))
        return -1;
    if (node == m_root)
        return 0;
    // The chain from the layout root's child down to node.
    std::vector<NodeId> chain;
    for (NodeId id = node; id != m_root; id = tree.parent(id)) {
        if (id == tree.root())
            return -1; // node is not below this layout's root
        chain.push_back(id);
    }
    quint32 current = 0;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const quint32 end = m_tiles[current].subtreeEnd;
        quint32 child = current + 1;
        while (child < end && !(m_tiles[child].node == *it && m_tiles[child].kind == TreemapTile::Kind::Node))
            child = m_tiles[child].subtreeEnd;
        if (child >= end)
            break;
        current = child;
    }
    return int(current);
}

int TreemapLayout::parentTile(int index) const
{
    for (int i = index - 1; i >= 0; --i) {
        if (m_tiles[std::size_t(i)].subtreeEnd > quint32(index))
            return i;
    }
    return -1;
}

} // namespace BundleScope
