// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundwork.h"

#include "analysis/analysiscontroller.h"
#include "analysis/candidatereport.h"
#include "estimate/estimatecontroller.h"
#include "estimate/estimatereportsection.h"
#include "history/historyrecorder.h"

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

void BackgroundWork::start(const ScanResult& current, bool recordHistory)
{
    m_estimator->cancel();
    m_current = current;
    m_analysis.reset();
    m_record = recordHistory;
    m_analyzer->start(m_current.tree, m_current.reader);
}

void BackgroundWork::cancel()
{
    m_analyzer->cancel();
    m_estimator->cancel();
}

void BackgroundWork::onAnalysisFinished(const AnalysisResultPtr& result)
{
    m_analysis = result;
    if (m_record && m_current.tree)
        m_recorder->record(m_current.tree, [tree = m_current.tree, result] {
            return result ? CandidateReport::sections(*result, *tree) : std::vector<ReportSection>();
        });
    Q_EMIT analysisFinished(result);
    startEstimate();
}

void BackgroundWork::onAnalysisFailed(const QString& message, bool cancelled)
{
    if (cancelled)
        return;
    if (m_record && m_current.tree)
        m_recorder->record(m_current.tree, {}); // the sizes are worth keeping without candidates
    Q_EMIT analysisFailed(message);
    startEstimate();
}

// After the analysis, not beside it: both block on nested work in the global thread pool, which on a 2-core machine
// has no thread left for it when both run at once (a deadlock seen in tst_mainwindow).
void BackgroundWork::startEstimate()
{
    if (!m_current.tree || !m_current.reader)
        return;
    EstimateOptions options;
    options.formats = { ArchiveFormat::TarGz };
    m_estimator->start(m_current.tree, m_current.reader, options);
}

void BackgroundWork::onEstimateFinished(const EstimateResultPtr& result)
{
    if (m_record && result && m_current.tree) {
        m_recorder->amend(m_current.tree, [tree = m_current.tree, analysis = m_analysis, result] {
            std::vector<ReportSection> sections;
            if (analysis)
                sections = CandidateReport::sections(*analysis, *tree);
            sections.push_back(EstimateReportSection::fromResult(*result, tree->totalSize()));
            return sections;
        });
    }
    Q_EMIT estimateFinished(result);
}

} // namespace BundleScope
