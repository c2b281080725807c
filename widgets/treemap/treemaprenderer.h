// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "treemap/treemaplayout.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>

namespace BundleScope {

class BundleTree;
class TreemapColoring;

// Paints a TreemapLayout into one QImage: every leaf tile is shaded as a cushion (van Wijk & van de Wetering,
// "Cushion Treemaps", InfoVis 1999, section 4: intensity = Ia + Is·max(0, cos(n, L)) with the normal of the
// tile's parabolic surface and a light from the top left), then large tiles get a name and size label.
// Shading runs in parallel row bands (QtConcurrent::blockingMap) when the image is large, as WinDirStat does.
// Synchronous and reentrant: the treemap widget calls it on a worker thread; no QWidget is touched.
class TreemapRenderer {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::TreemapRenderer)
public:
    struct Options {
        QFont font;
        bool labels = true;
        double ambient = 40.0 / 255.0; // Ia
        double diffuse = 215.0 / 255.0; // Is
        qint64 parallelThreshold = 256 * 256; // pixels; smaller images are shaded on the calling thread
    };

    // The layout's bounds are in device pixels; the image covers them (origin at the bounds' top left).
    static QImage render(
        const TreemapLayout& layout, const BundleTree& tree, const TreemapColoring& coloring, const Options& options);
    static QImage render(const TreemapLayout& layout, const BundleTree& tree, const TreemapColoring& coloring);

    // The label text for a tile: its name, or "N small files".
    static QString tileName(const BundleTree& tree, const TreemapTile& tile);

private:
    static void drawLabels(QImage& image, const TreemapLayout& layout, const BundleTree& tree,
        const TreemapColoring& coloring, const Options& options);
};

} // namespace BundleScope
