// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "common/result.h"
#include "model/bundletree.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace BundleScope {

// CI size rules for `bundlescope check` and `report --budget`: limits read from a `.bundlescope.ini` (QSettings
// IniFormat, keys in the [bundlescope] group or at top level, documented in app/core/compare/COMPARE.md) and
// evaluated against a scanned tree plus, for the rules that need them, the analysis result and the tar.gz
// estimate. A plain value; evaluate() is stateless and runs on any thread.
struct BudgetRules {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::BudgetRules)
public:
    // One evaluated rule as `check` prints it: "max_total  PASS  1.2 GiB <= 1.5 GiB".
    struct Outcome {
        QString rule; // ini key
        bool passed = true;
        QString figure; // measured value, formatted
        QString limit; // the limit, formatted
    };
    // What evaluate() needs besides the tree; null / nullopt when not computed.
    struct Inputs {
        const BundleTree* tree = nullptr;
        const AnalysisResult* analysis = nullptr;
        std::optional<quint64> compressedBytes; // tar.gz estimate
    };

    static Result<BudgetRules> fromIni(const QString& path);

    bool isEmpty() const;
    bool needsAnalysis() const { return maxDuplicateWaste || maxUnstripped || maxGpuStack; }
    bool needsEstimate() const { return maxCompressed.has_value(); }
    std::vector<Outcome> evaluate(const Inputs& inputs) const;

    static quint64 candidateBytes(const AnalysisResult& analysis, Candidate::Kind kind, bool saving);
    static QStringList presentPackages(const BundleTree& tree); // packages owning at least one file

    std::optional<quint64> maxTotal;
    std::optional<quint64> maxCompressed;
    std::optional<quint64> maxDuplicateWaste;
    std::optional<quint64> maxUnstripped;
    std::optional<quint64> maxGpuStack;
    QStringList forbiddenPackages;
};

} // namespace BundleScope
