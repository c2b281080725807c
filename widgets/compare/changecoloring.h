// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/bundlecomparison.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>

namespace BundleScope {

// Colours for a growth map: each file of the "after" tree of a comparison gets red when it was added or grew, green
// when it shrank (deeper the larger the relative change, full at ±50%) and grey when unchanged, for the treemap's
// per-node colour mode. Removed files have no node in the after tree and so no tile. Pure functions; any thread.
class ChangeColoring {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ChangeColoring)
public:
    static QHash<NodeId, QColor> colors(const BundleComparison& comparison, const BundleTree& after);
    static QColor color(const BundleComparison::Entry& file);
    static QString legend(); // one line saying what the colours mean
};

} // namespace BundleScope
