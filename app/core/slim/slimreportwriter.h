// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slim/slimresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace BundleScope {

// The reports of a slim run: JSON `bundlescope.slim/1` (documented in SLIM.md) and the text a person reads (a
// table of candidate, saving, verdict, evidence, then "Verified: A -> B (-x%), N trials, S s"). Stateless.
class SlimReportWriter {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::SlimReportWriter)
public:
    static inline const QString SchemaId = QStringLiteral("bundlescope.slim/1");

    static QByteArray json(const SlimResult& result);
    static QString text(const SlimResult& result);
    // "Verified: 887.8 MB -> 673.8 MB (-24.1%), 9 trials, 41 s"
    static QString summaryLine(const SlimResult& result);
};

} // namespace BundleScope
