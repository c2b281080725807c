// SPDX-License-Identifier: GPL-3.0-or-later
#include "treemappalette.h"

#include <array>

namespace BundleScope {

QColor TreemapPalette::categoryColor(Category category)
{
    // Tableau 10, reordered so that the categories that dominate ML bundles get the most distinct hues.
    static constexpr std::array<QRgb, CategoryCount> colors {
        0xff9e9e9e, // Other
        0xff4e79a7, // NativeLibrary
        0xffe15759, // Executable
        0xfff28e2b, // PythonBytecode
        0xffedc948, // PythonSource
        0xffb07aa1, // ModelWeights
        0xff59a14f, // Data
        0xff76b7b2, // Docs
        0xffff9da7, // DevFiles
        0xff9c755f, // Tests
        0xffbab0ac, // None
    };
    const auto index = std::size_t(category);
    return QColor::fromRgb(index < colors.size() ? colors[index] : colors[0]);
}

QColor TreemapPalette::packageColor(const QString& packageName)
{
    if (packageName.isEmpty() || packageName == QLatin1String("(other)"))
        return uncoloredColor();
    // FNV-1a over the UTF-16 code units: stable across runs, unlike a seeded qHash.
    quint32 hash = 2166136261u;
    for (QChar c : packageName) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    const int hue = int(hash % 360u);
    const int saturation = 110 + int((hash >> 9) % 70u);
    const int value = 190 + int((hash >> 17) % 50u);
    return QColor::fromHsv(hue, saturation, value);
}

QColor TreemapPalette::smallFilesColor()
{
    return QColor::fromRgb(0xffc8c8c8);
}

QColor TreemapPalette::folderColor()
{
    return QColor::fromRgb(0xffbab0ac);
}

QColor TreemapPalette::uncoloredColor()
{
    return QColor::fromRgb(0xffa8a8a8);
}

QColor TreemapPalette::textColorOn(const QColor& background)
{
    // Relative luminance with the Rec. 709 weights, on the 0..255 scale.
    const double luminance = 0.2126 * background.red() + 0.7152 * background.green() + 0.0722 * background.blue();
    return luminance > 140.0 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace BundleScope
