// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nodetypes.h"

#include <QRectF>

#include <array>
#include <cstdint>

namespace BundleScope {

// One rectangle of a treemap layout, a plain value produced by SquarifiedLayout and stored in preorder inside a
// TreemapLayout: a tile's descendants follow it and end at subtreeEnd, which is what the hit test walks.
//
// The cushion holds the surface z(x, y) = cushion[0]·x² + cushion[1]·x + cushion[2]·y² + cushion[3]·y accumulated
// from one parabolic ridge per level in each direction, as in van Wijk & van de Wetering, "Cushion Treemaps:
// Visualization of Hierarchical Information", InfoVis 1999, section 4. x and y are in the layout's coordinates.
struct TreemapTile {
    enum class Kind : std::uint8_t {
        Node, // a file or folder of the tree
        SmallFiles, // the children of `node` too small to draw, aggregated into one tile
    };

    QRectF rect;
    quint64 bytes = 0; // the size function's value, or the sum of the aggregated children
    std::array<float, 4> cushion {}; // x², x, y², y coefficients
    NodeId node = InvalidNode; // for SmallFiles: the parent folder whose children were aggregated
    quint32 subtreeEnd = 0; // index one past this tile's last descendant
    quint32 count = 1; // SmallFiles: how many children were aggregated; Node: 1
    qint16 depth = 0; // 0 for the layout's root tile
    Kind kind = Kind::Node;
};

} // namespace BundleScope
