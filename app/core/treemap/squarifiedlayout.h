// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "treemaplayout.h"

#include <functional>

namespace BundleScope {

class BundleTree;

// Lays out a subtree of a BundleTree as nested rectangles: the squarified algorithm of Bruls, Huizing & van Wijk,
// "Squarified Treemaps", Proc. Joint Eurographics/IEEE TCVG Symposium on Visualization 2000, section 3 (rows along
// the shorter side of the remaining rectangle, a child joins the row while the row's worst aspect ratio improves),
// children sorted by size descending, nested recursively down to a maximum depth, with cushion coefficients per
// tile (van Wijk & van de Wetering 1999, see TreemapTile).
//
// Children whose area would fall below minTileSide² are culled before sorting, as QDirStat does, and replaced by
// one SmallFiles tile per folder that carries their count and bytes, so that no part of the parent stays empty.
// Zero-size children get no tile at all.
//
// Pure and deterministic (ties sorted by NodeId); synchronous; safe to run on any thread as long as the size
// function is. The tree must outlive the call.
class SquarifiedLayout {
public:
    // Bytes to lay out per node. A folder's value is not used for its own children: they are scaled to fill it.
    using SizeFunction = std::function<quint64(NodeId)>;

    struct Options {
        int maxDepth = 64; // tiles at this depth (the root being 0) are not subdivided
        double minTileSide = 3.0; // pixels
        double ridgeHeight = 0.5; // h of the root's ridges
        double ridgeScale = 0.75; // f: each level's ridges are f times as high as its parent's
    };

    explicit SquarifiedLayout(const BundleTree& tree, SizeFunction size = {});
    SquarifiedLayout(const BundleTree& tree, SizeFunction size, Options options);

    // The default size: BundleTree::size(), 0 for further hard links (their bytes are already counted).
    static SizeFunction apparentSize(const BundleTree& tree);

    TreemapLayout layout(NodeId root, const QRectF& bounds) const;

private:
    const BundleTree& m_tree;
    SizeFunction m_size;
    Options m_options;
};

} // namespace BundleScope
