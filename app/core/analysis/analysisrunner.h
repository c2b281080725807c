// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "analysis/analyzer.h"
#include "common/result.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <vector>

namespace BundleScope {

// Runs analyzers one after the other over one AnalysisContext and gathers their candidates into an AnalysisResult:
// sorted by kind, saving (descending) and id, so two runs over the same bundle give the same output; ids made unique;
// low-confidence candidates not advised unless AnalysisContext::includeLowConfidence; potential of the advised
// candidates computed once. Synchronous, on the caller's thread (AnalysisController runs it
// on a worker). Stops with Error::Cancelled when the context's token is cancelled.
class AnalysisRunner {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::AnalysisRunner)
public:
    // (analyzers finished, analyzers in total); called on the runner's thread after each analyzer.
    using ProgressCallback = std::function<void(int done, int total)>;

    AnalysisRunner(); // every analyzer of AnalyzerRegistry
    explicit AnalysisRunner(std::vector<std::unique_ptr<Analyzer>> analyzers);
    Q_DISABLE_COPY_MOVE(AnalysisRunner)

    Result<AnalysisResult> run(const AnalysisContext& context, const ProgressCallback& progress = {}) const;

    // Sorting and id uniqueness, exposed for callers that assemble candidates themselves.
    static void normalize(std::vector<Candidate>& candidates);
    // A low-confidence candidate is shown, never advised by default: advised = false unless the user opted in (then
    // the analyzer's own advice stands).
    static void applyConfidencePolicy(std::vector<Candidate>& candidates, bool includeLowConfidence);

private:
    std::vector<std::unique_ptr<Analyzer>> m_analyzers;
};

} // namespace BundleScope
