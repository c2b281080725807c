// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundwork.h"

#include "analysis/analysiscontroller.h"
#include "analysis/candidatereport.h"
#include "estimate/estimatecontroller.h"
#include "estimate/estimatereportsection.h"
#include "history/historyrecorder.h"
#include "snapshot/readerrorssection.h"

namespace BundleScope {

BackgroundWork::BackgroundWork(QObject* parent)
    : QObject(parent)
    , m_analyzer(new AnalysisController(this))
    , m_estimator(new EstimateController(this))
    , m_recorder(new HistoryRecorder(this))
{
    connect(m_analyzer, &AnalysisController::analysisFinished, this, &BackgroundWork::onAnalysisFinished);
    connect(m_analyzer, &AnalysisController::analysisFailed, this, &BackgroundWork::onAnalysisFailed);
    connect(m_analyzer, &AnalysisController::progressChanged, this, &BackgroundWork::analysisProgressChanged);
    connect(m_estimator, &EstimateController::estimateFinished, this, &BackgroundWork::onEstimateFinished);
}

BackgroundWork::~BackgroundWork()
{
    cancel();
}

// The analysis and the estimate run side by side: each keeps its nested parallel work on a pool of its own, so
// neither waits on global-pool threads the other holds.
void BackgroundWork::start(const ScanResult& current, bool recordHistory)
{
    cancel();
    m_current = current;
    m_analysis.reset();
    m_estimate.reset();
    m_analysisDone = false;
    m_record = recordHistory;
    AnalysisController::Options options;
    options.imports = m_current.imports;
    options.recordedErrors = m_current.recordedAnalysisErrors;
    m_analyzer->start(m_current.tree, m_current.reader, options);
    startEstimate();
}

void BackgroundWork::cancel()
{
    m_analyzer->cancel();
    m_estimator->cancel();
}

void BackgroundWork::onAnalysisFinished(const AnalysisResultPtr& result)
{
    m_analysis = result;
    m_analysisDone = true;
    if (m_record && m_current.tree)
        m_recorder->record(m_current.tree, sections());
    Q_EMIT analysisFinished(result);
}

void BackgroundWork::onAnalysisFailed(const QString& message, bool cancelled)
{
    if (cancelled)
        return;
    m_analysisDone = true;
    if (m_record && m_current.tree)
        m_recorder->record(m_current.tree, sections()); // the sizes are worth keeping without candidates
    Q_EMIT analysisFailed(message);
}

void BackgroundWork::startEstimate()
{
    // A snapshot holds sizes, not contents: every sample would fail, and the "estimate" would be the sizes themselves.
    if (!m_current.tree || !m_current.reader || !m_current.reader->hasContent())
        return;
    EstimateOptions options;
    options.formats = { ArchiveFormat::TarGz };
    options.persistCache = true; // the estimator keeps it for folder bundles only
    m_estimator->start(m_current.tree, m_current.reader, options);
}

// The history snapshot is written when the analysis ends (with the estimate if that came first) and rewritten when
// the estimate arrives later.
void BackgroundWork::onEstimateFinished(const EstimateResultPtr& result)
{
    m_estimate = result;
    if (m_record && result && m_analysisDone && m_current.tree)
        m_recorder->amend(m_current.tree, sections());
    Q_EMIT estimateFinished(result);
}

HistoryRecorder::Sections BackgroundWork::sections() const
{
    return [tree = m_current.tree, analysis = m_analysis, estimate = m_estimate] {
        std::vector<ReportSection> result;
        if (analysis)
            result = CandidateReport::sections(*analysis, *tree);
        if (estimate)
            result.push_back(EstimateReportSection::fromResult(*estimate, tree->totalSize()));
        // What could not be read stays with the figures it left incomplete.
        for (ReportSection& section : ReadErrorsSection::make(analysis ? analysis->errors : std::vector<Error>(),
                 estimate ? estimate->errors : std::vector<Error>()))
            result.push_back(std::move(section));
        return result;
    };
}

} // namespace BundleScope
