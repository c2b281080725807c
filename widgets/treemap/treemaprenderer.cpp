// SPDX-License-Identifier: GPL-3.0-or-later
#include "treemaprenderer.h"

#include "common/sizeformat.h"
#include "model/bundletree.h"
#include "treemapcoloring.h"
#include "treemappalette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>

namespace BundleScope {

namespace {

    // A leaf tile snapped to whole pixels, with what the shading loop needs.
    struct PixelTile {
        int left, top, right, bottom; // right and bottom exclusive
        std::array<float, 4> cushion;
        QRgb color;
    };

    struct Light {
        float x, y, z;
    };

    constexpr Light lightFromTopLeft()
    {
        // (-1, -1, 10) normalised: a light slightly above the viewer's left shoulder.
        constexpr float norm = 10.0990195f; // sqrt(1 + 1 + 100)
        return { -1.0f / norm, -1.0f / norm, 10.0f / norm };
    }

    std::vector<PixelTile> snapLeaves(const TreemapLayout& layout, const TreemapColoring& coloring, QSize size)
    {
        std::vector<PixelTile> leaves;
        leaves.reserve(std::size_t(layout.tileCount()));
        const QPointF origin = layout.bounds().topLeft();
        for (int i = 0; i < layout.tileCount(); ++i) {
            if (!layout.isLeaf(i))
                continue;
            const TreemapTile& tile = layout.tile(i);
            const QRectF r = tile.rect.translated(-origin);
            PixelTile p { std::clamp(int(std::lround(r.left())), 0, size.width()),
                std::clamp(int(std::lround(r.top())), 0, size.height()),
                std::clamp(int(std::lround(r.right())), 0, size.width()),
                std::clamp(int(std::lround(r.bottom())), 0, size.height()), tile.cushion, coloring.color(tile) };
            if (p.left < p.right && p.top < p.bottom)
                leaves.push_back(p);
        }
        return leaves;
    }

    // One row of one tile: the x-dependent half of the normal is precomputed per tile (nxLight, nxSquare), so the
    // loop is a handful of float operations the compiler vectorises (this file is built with -fno-math-errno).
    void shadeRow(QRgb* line, const float* nxLight, const float* nxSquare, int count, float nyLight, float nySquare,
        const std::array<float, 3>& color, float ambient, float diffuse)
    {
        for (int i = 0; i < count; ++i) {
            const float cosine = (nxLight[i] + nyLight) / std::sqrt(nxSquare[i] + nySquare);
            const float intensity = ambient + diffuse * std::max(0.0f, cosine);
            const auto red = quint32(std::min(255.0f, color[0] * intensity));
            const auto green = quint32(std::min(255.0f, color[1] * intensity));
            const auto blue = quint32(std::min(255.0f, color[2] * intensity));
            line[i] = 0xff000000u | (red << 16) | (green << 8) | blue;
        }
    }

    // Shades rows [top, bottom) of `image`. The surface is in layout coordinates; pixel centres are at +0.5.
    void shadeBand(QImage& image, const std::vector<PixelTile>& leaves, QPointF origin, int top, int bottom,
        float ambient, float diffuse)
    {
        constexpr Light light = lightFromTopLeft();
        const auto ox = float(origin.x()) + 0.5f;
        const auto oy = float(origin.y()) + 0.5f;
        std::vector<float> nxLight(std::size_t(image.width()));
        std::vector<float> nxSquare(std::size_t(image.width()));
        for (const PixelTile& tile : leaves) {
            const int y0 = std::max(tile.top, top);
            const int y1 = std::min(tile.bottom, bottom);
            if (y0 >= y1)
                continue;
            const auto& s = tile.cushion;
            const int width = tile.right - tile.left;
            for (int i = 0; i < width; ++i) {
                const float nx = -(2.0f * s[0] * (float(tile.left + i) + ox) + s[1]);
                nxLight[std::size_t(i)] = nx * light.x;
                nxSquare[std::size_t(i)] = nx * nx + 1.0f;
            }
            const std::array<float, 3> color { float(qRed(tile.color)), float(qGreen(tile.color)),
                float(qBlue(tile.color)) };
            for (int y = y0; y < y1; ++y) {
                const float ny = -(2.0f * s[2] * (float(y) + oy) + s[3]);
                auto* line = reinterpret_cast<QRgb*>(image.scanLine(y)) + tile.left;
                shadeRow(line, nxLight.data(), nxSquare.data(), width, ny * light.y + light.z, ny * ny, color, ambient,
                    diffuse);
            }
        }
    }

} // namespace

QImage TreemapRenderer::render(const TreemapLayout& layout, const BundleTree& tree, const TreemapColoring& coloring)
{
    return render(layout, tree, coloring, Options {});
}

QImage TreemapRenderer::render(
    const TreemapLayout& layout, const BundleTree& tree, const TreemapColoring& coloring, const Options& options)
{
    const QSize size(int(std::ceil(layout.bounds().width())), int(std::ceil(layout.bounds().height())));
    if (size.isEmpty())
        return {};
    QImage image(size, QImage::Format_RGB32);
    image.fill(TreemapPalette::smallFilesColor());
    const std::vector<PixelTile> leaves = snapLeaves(layout, coloring, size);
    const QPointF origin = layout.bounds().topLeft();
    const auto ambient = float(options.ambient);
    const auto diffuse = float(options.diffuse);

    if (qint64(size.width()) * size.height() < options.parallelThreshold) {
        shadeBand(image, leaves, origin, 0, size.height(), ambient, diffuse);
    } else {
        const int bandCount = std::max(1, QThread::idealThreadCount()) * 4;
        const int bandHeight = (size.height() + bandCount - 1) / bandCount;
        std::vector<int> bandTops;
        for (int y = 0; y < size.height(); y += bandHeight)
            bandTops.push_back(y);
        QtConcurrent::blockingMap(bandTops, [&](int top) {
            shadeBand(image, leaves, origin, top, std::min(size.height(), top + bandHeight), ambient, diffuse);
        });
    }
    if (options.labels)
        drawLabels(image, layout, tree, coloring, options);
    return image;
}

QString TreemapRenderer::tileName(const BundleTree& tree, const TreemapTile& tile)
{
    if (tile.kind == TreemapTile::Kind::SmallFiles)
        return tr("%n small file(s)", "", int(tile.count));
    return tree.name(tile.node);
}

void TreemapRenderer::drawLabels(QImage& image, const TreemapLayout& layout, const BundleTree& tree,
    const TreemapColoring& coloring, const Options& options)
{
    const QFontMetricsF metrics(options.font);
    const qreal lineHeight = metrics.height();
    const qreal minWidth = metrics.averageCharWidth() * 8;
    QPainter painter(&image);
    painter.setFont(options.font);
    const QPointF origin = layout.bounds().topLeft();
    // drawText at a point, centred by hand: much cheaper than the rectangle overload's text layout.
    auto drawCentred = [&](const QString& text, const QRectF& box, qreal baseline, Qt::TextElideMode mode) {
        QString shown = text;
        qreal advance = metrics.horizontalAdvance(shown);
        if (advance > box.width()) {
            shown = metrics.elidedText(text, mode, box.width());
            advance = metrics.horizontalAdvance(shown);
        }
        painter.drawText(QPointF(box.center().x() - advance / 2, baseline), shown);
    };
    for (int i = 0; i < layout.tileCount(); ++i) {
        const TreemapTile& tile = layout.tile(i);
        if (tile.rect.width() < minWidth || tile.rect.height() < 2 * lineHeight + 4 || !layout.isLeaf(i))
            continue;
        const QRectF box = tile.rect.translated(-origin).adjusted(3, 2, -3, -2);
        painter.setPen(TreemapPalette::textColorOn(QColor::fromRgb(coloring.color(tile))));
        const qreal baseline = box.center().y() - lineHeight + metrics.ascent();
        drawCentred(tileName(tree, tile), box, baseline, Qt::ElideMiddle);
        drawCentred(SizeFormat::format(tile.bytes), box, baseline + lineHeight, Qt::ElideRight);
    }
}

} // namespace BundleScope
