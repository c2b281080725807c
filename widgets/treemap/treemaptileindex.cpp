// SPDX-License-Identifier: GPL-3.0-or-later
#include "treemaptileindex.h"

#include "treemap/treemaplayout.h"

namespace BundleScope {

int TreemapTileIndex::tileOf(const std::shared_ptr<const TreemapLayout>& layout, const BundleTree& tree, NodeId node)
{
    if (!layout || !tree.isValid(node))
        return -1;
    if (m_indexed != layout) {
        m_index.clear();
        m_index.reserve(layout->tileCount());
        for (int i = 0; i < layout->tileCount(); ++i) {
            if (layout->tile(i).kind == TreemapTile::Kind::Node)
                m_index.insert(layout->tile(i).node, i);
        }
        m_indexed = layout;
    }
    for (NodeId id = node;; id = tree.parent(id)) {
        const auto it = m_index.constFind(id);
        if (it != m_index.cend())
            return it.value();
        if (id == tree.root() || id == layout->rootNode())
            return -1;
    }
}

} // namespace BundleScope
