// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slim/slimresult.h"

#include <QCoreApplication>
#include <QIcon>

namespace BundleScope {

// How a verdict of verified slimming looks: a small round icon (green tick: verified removable, red cross: breaks the
// app, grey dash: not tried), a short label and the tooltip with the evidence. Drawn in code so that it looks the same
// on every platform and theme. Stateless; GUI thread.
class SlimVerdictStyle {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::SlimVerdictStyle)
public:
    static QIcon icon(SlimVerdict verdict);
    static QString label(SlimVerdict verdict); // "Verified: can be removed", "Breaks the app", "Not tried"
    // The label, then the evidence (the failing run's first error line, or why it was not tried).
    static QString toolTip(const SlimItem& item);
    // The first line of the evidence, for one-line places.
    static QString firstLine(const QString& evidence);
};

} // namespace BundleScope
