// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "estimate/estimatetypes.h"
#include "history/historyrecorder.h"
#include "scan/bundlesource.h"

#include <QObject>

namespace BundleScope {

class AnalysisController;
class EstimateController;

// What runs after a scan while the user explores: the analysis and the compressed-size estimate side by side, and, when
// asked, a snapshot for the size history with the candidates (recorded when the analysis ends) and the estimates
// (amended when the estimate ends). GUI thread; owned by the main window.
class BackgroundWork : public QObject {
    Q_OBJECT
public:
    explicit BackgroundWork(QObject* parent = nullptr);
    ~BackgroundWork() override;
    Q_DISABLE_COPY_MOVE(BackgroundWork)

    // Cancels the work for the previous bundle and starts on `current`; `recordHistory` adds it to the history.
    void start(const ScanResult& current, bool recordHistory);
    void cancel();
    HistoryRecorder* recorder() const { return m_recorder; }

Q_SIGNALS:
    void analysisProgressChanged(int done, int total);
    void analysisFinished(const BundleScope::AnalysisResultPtr& result);
    void analysisFailed(const QString& message);
    void estimateFinished(const BundleScope::EstimateResultPtr& result);

private:
    void onAnalysisFinished(const AnalysisResultPtr& result);
    void onAnalysisFailed(const QString& message, bool cancelled);
    void onEstimateFinished(const EstimateResultPtr& result);
    void startEstimate();
    HistoryRecorder::Sections sections() const; // what the snapshot holds: candidates and estimates known so far

    AnalysisController* m_analyzer;
    EstimateController* m_estimator;
    HistoryRecorder* m_recorder;
    ScanResult m_current;
    AnalysisResultPtr m_analysis;
    EstimateResultPtr m_estimate;
    bool m_analysisDone = false;
    bool m_record = false;
};

} // namespace BundleScope
