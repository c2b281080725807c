// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate/estimatetypes.h"
#include "report/reportsection.h"

#include <QCoreApplication>

namespace BundleScope {

// The "estimates" member of a report (`bundlescope report --estimate`, app/core/report/SCHEMA.md):
// {"tar.gz": bytes, "zip": bytes, "tar.xz": bytes, "tar.zst": bytes} plus a table for text and Markdown output.
// Stateless, any thread.
class EstimateReportSection {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::EstimateReportSection)
public:
    static ReportSection fromResult(const EstimateResult& result, quint64 bundleBytes);
};

} // namespace BundleScope
