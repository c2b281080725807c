// SPDX-License-Identifier: GPL-3.0-or-later
#include "treemapcoloring.h"

#include "treemappalette.h"

namespace BundleScope {

TreemapColoring::TreemapColoring(BundleTreePtr tree, Mode mode, const QHash<NodeId, QColor>& candidateColors)
    : m_tree(std::move(tree))
    , m_mode(mode)
{
    for (int c = 0; c < CategoryCount; ++c)
        m_categoryColors.push_back(TreemapPalette::categoryColor(Category(c)).rgb());
    if (m_tree && mode == Mode::Package) {
        for (const QString& name : m_tree->packageNames())
            m_packageColors.push_back(TreemapPalette::packageColor(name).rgb());
    }
    for (auto it = candidateColors.cbegin(); it != candidateColors.cend(); ++it)
        m_candidateColors.insert(it.key(), it.value().rgb());
}

QRgb TreemapColoring::color(const TreemapTile& tile) const
{
    if (!m_tree || !m_tree->isValid(tile.node))
        return TreemapPalette::uncoloredColor().rgb();
    const bool small = tile.kind == TreemapTile::Kind::SmallFiles;
    switch (m_mode) {
    case Mode::Category:
        if (small)
            return TreemapPalette::smallFilesColor().rgb();
        if (m_tree->isDirectory(tile.node))
            return TreemapPalette::folderColor().rgb();
        return m_categoryColors[std::size_t(m_tree->category(tile.node)) % m_categoryColors.size()];
    case Mode::Package: {
        const PackageId package = m_tree->package(tile.node);
        if (package == OtherPackage || package >= m_packageColors.size())
            return (small ? TreemapPalette::smallFilesColor() : TreemapPalette::uncoloredColor()).rgb();
        return m_packageColors[package];
    }
    case Mode::Candidate:
        return candidateColor(tile.node);
    }
    return TreemapPalette::uncoloredColor().rgb();
}

QRgb TreemapColoring::candidateColor(NodeId node) const
{
    if (!m_candidateColors.isEmpty()) {
        for (NodeId id = node;; id = m_tree->parent(id)) {
            const auto it = m_candidateColors.constFind(id);
            if (it != m_candidateColors.cend())
                return it.value();
            if (id == m_tree->root())
                break;
        }
    }
    return TreemapPalette::uncoloredColor().rgb();
}

} // namespace BundleScope
