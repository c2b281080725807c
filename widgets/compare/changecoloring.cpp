// SPDX-License-Identifier: GPL-3.0-or-later
#include "changecoloring.h"

#include <algorithm>

namespace BundleScope {

namespace {
    const QColor s_unchanged(128, 132, 140);
    const QColor s_grown(214, 64, 48);
    const QColor s_shrunk(46, 160, 67);

    QColor mix(const QColor& from, const QColor& to, double t)
    {
        const auto channel = [t](int a, int b) { return int(a + (b - a) * t + 0.5); };
        return QColor(
            channel(from.red(), to.red()), channel(from.green(), to.green()), channel(from.blue(), to.blue()));
    }

    // How strongly a change shows: a quarter of the way from grey for any change (so +1% is still visibly red),
    // all the way at 50% or more.
    double strength(const BundleComparison::Entry& file)
    {
        const std::optional<double> fraction = file.fraction();
        const double magnitude = fraction ? std::abs(*fraction) : 1.0;
        return std::clamp(0.25 + 1.5 * magnitude, 0.25, 1.0);
    }
} // namespace

QColor ChangeColoring::color(const BundleComparison::Entry& file)
{
    using Change = BundleComparison::Change;
    switch (file.change) {
    case Change::Added:
        return s_grown;
    case Change::Grown:
        return mix(s_unchanged, s_grown, strength(file));
    case Change::Shrunk:
        return mix(s_unchanged, s_shrunk, strength(file));
    case Change::Removed:
    case Change::Unchanged:
    case Change::Renamed: // the same bytes under another name
        break;
    }
    return s_unchanged;
}

QHash<NodeId, QColor> ChangeColoring::colors(const BundleComparison& comparison, const BundleTree& after)
{
    QHash<QString, const BundleComparison::Entry*> byPath;
    byPath.reserve(qsizetype(comparison.files.size()));
    for (const BundleComparison::Entry& file : comparison.files)
        byPath.insert(file.name, &file);
    QHash<NodeId, QColor> result;
    for (NodeId id = 0; id < after.nodeCount(); ++id) {
        if (after.kind(id) != NodeKind::File)
            continue;
        const auto it = byPath.constFind(BundleComparison::normalizedPath(after, id));
        result.insert(id, it == byPath.cend() ? s_unchanged : color(**it));
    }
    return result;
}

QString ChangeColoring::legend()
{
    return tr("Red: added or grown · green: shrunk (deeper = larger change) · grey: unchanged. Removed files are "
              "listed in the table.");
}

} // namespace BundleScope
