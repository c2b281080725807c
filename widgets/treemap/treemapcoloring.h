// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletree.h"
#include "treemap/treemaptile.h"

#include <QColor>
#include <QHash>

#include <vector>

namespace BundleScope {

// Decides the base colour of each treemap tile before cushion shading: by category, by package, or by the
// optimization candidate covering the tile (a candidate given for a folder colours everything below it).
// Built on the GUI thread from the widget's settings, then used read-only by the render worker (a snapshot:
// later changes to the widget build a new one).
class TreemapColoring {
public:
    enum class Mode { Category, Package, Candidate };

    TreemapColoring(BundleTreePtr tree, Mode mode, const QHash<NodeId, QColor>& candidateColors = {});

    Mode mode() const { return m_mode; }
    QRgb color(const TreemapTile& tile) const;

private:
    QRgb candidateColor(NodeId node) const;

    BundleTreePtr m_tree;
    Mode m_mode;
    std::vector<QRgb> m_categoryColors;
    std::vector<QRgb> m_packageColors;
    QHash<NodeId, QRgb> m_candidateColors;
};

} // namespace BundleScope
