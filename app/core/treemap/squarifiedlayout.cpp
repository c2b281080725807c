// SPDX-License-Identifier: GPL-3.0-or-later
#include "squarifiedlayout.h"

#include "model/bundletree.h"

#include <algorithm>

namespace BundleScope {

namespace {

    // Surface coefficients in double while building; stored as float per tile.
    using Surface = std::array<double, 4>;

    // Adds the parabolic ridge h·4(x - x1)(x2 - x)/(x2 - x1)² over [x1, x2] to the coefficients of x² and x
    // (van Wijk & van de Wetering 1999, "AddRidge").
    void addRidge(double x1, double x2, double height, double& square, double& linear)
    {
        const double width = x2 - x1;
        if (width <= 0.0)
            return;
        linear += 4.0 * height * (x1 + x2) / width;
        square -= 4.0 * height / width;
    }

    struct Item {
        quint64 bytes = 0;
        double area = 0.0;
        NodeId node = InvalidNode;
        quint32 count = 1;
        bool smallFiles = false;
    };

    // Worst aspect ratio of a row of total area `sum` laid along `side`, whose largest item has area `largest`
    // and smallest `smallest` (Bruls et al. 2000, function "worst").
    double worstRatio(double largest, double smallest, double sum, double side)
    {
        const double side2 = side * side;
        const double sum2 = sum * sum;
        if (smallest <= 0.0 || sum2 <= 0.0 || side2 <= 0.0)
            return std::numeric_limits<double>::infinity();
        return std::max(side2 * largest / sum2, sum2 / (side2 * smallest));
    }

    // One layout pass: recursion state and the growing preorder tile vector.
    struct Pass {
        const BundleTree& tree;
        const SquarifiedLayout::SizeFunction& size;
        const SquarifiedLayout::Options& options;
        std::vector<TreemapTile> tiles;

        void place(const Item& item, const QRectF& rect, int depth, const Surface& parent, double height);
        void layoutChildren(NodeId node, const QRectF& rect, int depth, const Surface& surface, double height);
        std::vector<Item> collectChildren(NodeId node, double area) const;
        void layoutRows(std::vector<Item>& items, QRectF rect, int depth, const Surface& surface, double height);
    };

    void Pass::place(const Item& item, const QRectF& rect, int depth, const Surface& parent, double height)
    {
        const std::size_t index = tiles.size();
        Surface surface = parent;
        addRidge(rect.left(), rect.right(), height, surface[0], surface[1]);
        addRidge(rect.top(), rect.bottom(), height, surface[2], surface[3]);

        TreemapTile tile;
        tile.rect = rect;
        tile.bytes = item.bytes;
        tile.cushion = { float(surface[0]), float(surface[1]), float(surface[2]), float(surface[3]) };
        tile.node = item.node;
        tile.count = item.count;
        tile.depth = qint16(depth);
        tile.kind = item.smallFiles ? TreemapTile::Kind::SmallFiles : TreemapTile::Kind::Node;
        tiles.push_back(tile);

        const bool roomy = rect.width() >= options.minTileSide && rect.height() >= options.minTileSide;
        if (!item.smallFiles && depth < options.maxDepth && roomy && tree.isDirectory(item.node))
            layoutChildren(item.node, rect, depth + 1, surface, height * options.ridgeScale);
        tiles[index].subtreeEnd = quint32(tiles.size());
    }

    // The children with a size, the ones below the minimum area already folded into one SmallFiles item: culling
    // before sorting keeps folders of 10 000 tiny files cheap.
    std::vector<Item> Pass::collectChildren(NodeId node, double area) const
    {
        std::vector<Item> items;
        quint64 total = 0;
        for (NodeId child : tree.children(node)) {
            const quint64 bytes = size(child);
            if (bytes == 0)
                continue;
            total += bytes;
            items.push_back({ bytes, 0.0, child, 1, false });
        }
        if (total == 0)
            return {};
        const double scale = area / double(total);
        const double minArea = options.minTileSide * options.minTileSide;
        Item small { 0, 0.0, node, 0, true };
        auto kept = items.begin();
        for (Item& item : items) {
            item.area = double(item.bytes) * scale;
            if (item.area < minArea) {
                small.bytes += item.bytes;
                small.area += item.area;
                ++small.count;
            } else {
                *kept++ = item;
            }
        }
        items.erase(kept, items.end());
        if (small.count > 0)
            items.push_back(small);
        return items;
    }

    void Pass::layoutChildren(NodeId node, const QRectF& rect, int depth, const Surface& surface, double height)
    {
        std::vector<Item> items = collectChildren(node, rect.width() * rect.height());
        if (items.empty())
            return;
        std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
            if (a.bytes != b.bytes)
                return a.bytes > b.bytes;
            if (a.smallFiles != b.smallFiles)
                return b.smallFiles; // the aggregate goes last among equals
            return a.node < b.node;
        });
        layoutRows(items, rect, depth, surface, height);
    }

    // Squarify (Bruls et al. 2000, section 3), iteratively: fill a row along the shorter side of the remaining
    // rectangle while the worst aspect ratio improves, place it, continue in what is left. The last row and the last
    // item of each row take exactly what remains, so the children tile the parent without gaps.
    void Pass::layoutRows(std::vector<Item>& items, QRectF rect, int depth, const Surface& surface, double height)
    {
        const std::size_t count = items.size();
        std::size_t first = 0;
        while (first < count) {
            const bool column = rect.width() >= rect.height(); // the row is a column at the left
            const double side = column ? rect.height() : rect.width();
            double rowArea = items[first].area;
            double worst = worstRatio(rowArea, rowArea, rowArea, side);
            std::size_t last = first + 1;
            for (; last < count; ++last) {
                const double candidate = rowArea + items[last].area;
                const double ratio = worstRatio(items[first].area, items[last].area, candidate, side);
                if (ratio > worst)
                    break;
                worst = ratio;
                rowArea = candidate;
            }
            const double extent = column ? rect.width() : rect.height();
            const double thickness = last == count || side <= 0.0 ? extent : std::min(extent, rowArea / side);
            const double rowStart = column ? rect.left() : rect.top();
            const double rowEnd = last == count ? (column ? rect.right() : rect.bottom()) : rowStart + thickness;
            const double sideEnd = column ? rect.bottom() : rect.right();
            double position = column ? rect.top() : rect.left();
            for (std::size_t i = first; i < last; ++i) {
                const double length = rowArea > 0.0 ? items[i].area / rowArea * side : 0.0;
                const double next = i + 1 == last ? sideEnd : std::min(sideEnd, position + length);
                const QRectF tile = column ? QRectF(QPointF(rowStart, position), QPointF(rowEnd, next))
                                           : QRectF(QPointF(position, rowStart), QPointF(next, rowEnd));
                place(items[i], tile, depth, surface, height);
                position = next;
            }
            if (column)
                rect.setLeft(rowEnd);
            else
                rect.setTop(rowEnd);
            first = last;
        }
    }

} // namespace

SquarifiedLayout::SquarifiedLayout(const BundleTree& tree, SizeFunction size)
    : SquarifiedLayout(tree, std::move(size), Options {})
{
}

SquarifiedLayout::SquarifiedLayout(const BundleTree& tree, SizeFunction size, Options options)
    : m_tree(tree)
    , m_size(size ? std::move(size) : apparentSize(tree))
    , m_options(options)
{
}

SquarifiedLayout::SizeFunction SquarifiedLayout::apparentSize(const BundleTree& tree)
{
    return [&tree](NodeId id) { return tree.hasFlag(id, HardLinkDuplicate) ? quint64(0) : tree.size(id); };
}

TreemapLayout SquarifiedLayout::layout(NodeId root, const QRectF& bounds) const
{
    if (!m_tree.isValid(root) || bounds.isEmpty())
        return TreemapLayout({}, bounds, root);
    Pass pass { m_tree, m_size, m_options, {} };
    pass.tiles.reserve(std::min<std::size_t>(m_tree.nodeCount(), 1u << 16));
    const Item item { m_size(root), bounds.width() * bounds.height(), root, 1, false };
    pass.place(item, bounds.normalized(), 0, Surface {}, m_options.ridgeHeight);
    return TreemapLayout(std::move(pass.tiles), bounds.normalized(), root);
}

} // namespace BundleScope
