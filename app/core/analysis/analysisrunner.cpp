// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisrunner.h"

#include "analysis/analyzerregistry.h"
#include "analysis/potentialcalculator.h"
#include "common/logging.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>

namespace BundleScope {

AnalysisRunner::AnalysisRunner()
    : m_analyzers(AnalyzerRegistry::createAll())
{
}

AnalysisRunner::AnalysisRunner(std::vector<std::unique_ptr<Analyzer>> analyzers)
    : m_analyzers(std::move(analyzers))
{
}

Result<AnalysisResult> AnalysisRunner::run(const AnalysisContext& context, const ProgressCallback& progress) const
{
    AnalysisResult result;
    AnalysisErrors errors;
    AnalysisContext local = context;
    if (!local.errors)
        local.errors = &errors;
    const int total = int(m_analyzers.size());
    int done = 0;
    for (const auto& analyzer : m_analyzers) {
        if (context.token.isCancelled())
            return makeError(Error::Code::Cancelled, tr("Analysis cancelled."));
        QElapsedTimer timer;
        timer.start();
        std::vector<Candidate> found = analyzer->analyze(local);
        qCDebug(lcAnalysis) << candidateKindId(analyzer->kind()) << found.size() << "candidates in" << timer.elapsed()
                            << "ms";
        std::move(found.begin(), found.end(), std::back_inserter(result.candidates));
        ++done;
        if (progress)
            progress(done, total);
    }
    if (context.token.isCancelled())
        return makeError(Error::Code::Cancelled, tr("Analysis cancelled."));
    normalize(result.candidates);
    applyConfidencePolicy(result.candidates, context.includeLowConfidence);
    for (const Error& recorded : context.recordedErrors)
        local.errors->add(context.tree, InvalidNode, recorded);
    if (local.errors == &errors)
        result.errors = errors.take();
    result.potential = PotentialCalculator::advised(context.tree, result.candidates);
    return result;
}

void AnalysisRunner::applyConfidencePolicy(std::vector<Candidate>& candidates, bool includeLowConfidence)
{
    if (includeLowConfidence)
        return;
    for (Candidate& candidate : candidates) {
        if (candidate.confidence == Candidate::Confidence::Low)
            candidate.advised = false;
    }
}

void AnalysisRunner::normalize(std::vector<Candidate>& candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        if (a.saving != b.saving)
            return a.saving > b.saving;
        return a.id < b.id;
    });
    // Ids are keys for checkboxes and --exclude options: a clash (two analyzers, one key) gets a numeric suffix.
    QHash<QString, int> seen;
    for (Candidate& candidate : candidates) {
        const int count = seen.value(candidate.id, 0);
        seen.insert(candidate.id, count + 1);
        if (count > 0)
            candidate.id += u'#' + QString::number(count + 1);
    }
}

} // namespace BundleScope
