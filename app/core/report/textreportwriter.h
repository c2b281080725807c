// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportwriter.h"

#include <QCoreApplication>

namespace BundleScope {

// The terminal / CI-log report: a summary block, then each table (ReportTables) with aligned columns and human
// sizes. Stateless, any thread.
class TextReportWriter : public ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::TextReportWriter)
public:
    QByteArray write(const BundleReport& report) const override;
};

} // namespace BundleScope
