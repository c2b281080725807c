// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "model/bundletree.h"
#include "report/reportsection.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace BundleScope {

// The "candidates" and "potential" members of a bundlescope.report/1 report (app/core/report/SCHEMA.md) and their
// text/Markdown tables, as ReportSections appended to BundleReport::extraSections. Stateless; any thread.
class CandidateReport {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::CandidateReport)
public:
    // {"id","kind","title","why","paths","bytes","saving","confidence","advised","estimated","action"}; paths are
    // relative to the report root, sorted.
    static QJsonObject candidateJson(const Candidate& candidate, const BundleTree& tree);
    static QJsonObject potentialJson(const Potential& potential); // {"bytes_before","bytes_after","saving"}
    // Candidates saving at least minSaving (informational ones with saving 0 are kept only when minSaving is 0),
    // in result order, and the potential of the advised ones among them.
    static std::vector<ReportSection> sections(
        const AnalysisResult& result, const BundleTree& tree, quint64 minSaving = 0);
};

} // namespace BundleScope
