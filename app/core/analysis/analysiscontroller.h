// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "analysis/analyzer.h"
#include "common/error.h"
#include "model/bundletree.h"
#include "scan/contentreader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <vector>

namespace BundleScope {

// Runs an AnalysisRunner on a worker thread of its own for the GUI and reports back on the thread it lives on (the GUI
// thread). Owns the worker's tree and reader references until it finishes. Owned by its parent (the main window).
// Cancelling or destroying it stops the worker within 100 ms (cooperative token) and waits for it.
class AnalysisController : public QObject {
    Q_OBJECT
public:
    struct Options {
        TargetPlatform platform = TargetPlatform::Linux;
        quint64 lazyLoadThreshold = 100ull * 1024 * 1024;
        // Makes the analyzers to run, on the worker; empty means AnalyzerRegistry::createAll().
        std::function<std::vector<std::unique_ptr<Analyzer>>()> analyzers;
        // The scan's import graph (ScanResult::imports), so the analyzers do not build it again.
        std::shared_ptr<const ImportGraph> imports;
        // A reopened snapshot's recorded read errors (ScanResult::recordedAnalysisErrors), kept in the result.
        std::vector<Error> recordedErrors;
    };

    explicit AnalysisController(QObject* parent = nullptr);
    ~AnalysisController() override;
    Q_DISABLE_COPY_MOVE(AnalysisController)

    // Starts a run, cancelling and replacing one in progress.
    void start(BundleTreePtr tree, std::shared_ptr<const ContentReader> reader, const Options& options);
    void start(BundleTreePtr tree, std::shared_ptr<const ContentReader> reader) { start(tree, reader, Options {}); }
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progressChanged(int done, int total);
    void analysisFinished(BundleScope::AnalysisResultPtr result);
    void analysisFailed(const QString& message, bool cancelled);

private:
    struct Outcome {
        AnalysisResultPtr result;
        Error error;
    };
    void onWorkerFinished();

    CancellationToken m_token;
    // The worker runs on a pool of its own, not the global one: a run lasts seconds to minutes, and short global-pool
    // work (treemap shading, other controllers' maps) must not queue behind it.
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    quint64 m_generation = 0;
};

} // namespace BundleScope
