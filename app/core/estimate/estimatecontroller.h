// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "estimate/estimatetypes.h"
#include "model/bundletree.h"
#include "scan/contentreader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace BundleScope {

// Runs CompressionEstimator on a worker thread of its own for the GUI: start() returns at once, progressChanged and
// then estimateFinished or estimateFailed arrive on the controller's thread. A new start() cancels the running
// estimate. Lives on the GUI thread, owned by its parent (the window or dialog that shows estimates).
class EstimateController : public QObject {
    Q_OBJECT
public:
    explicit EstimateController(QObject* parent = nullptr);
    ~EstimateController() override;
    Q_DISABLE_COPY_MOVE(EstimateController)

    void start(BundleTreePtr tree, std::shared_ptr<const ContentReader> reader, const EstimateOptions& options);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    EstimateResultPtr result() const { return m_result; }

Q_SIGNALS:
    void progressChanged(int samplesDone, int samplesTotal);
    void estimateFinished(BundleScope::EstimateResultPtr result);
    void estimateFailed(const QString& message, bool cancelled);

private:
    void onFinished();

    struct Outcome {
        EstimateResultPtr result;
        QString error;
        bool cancelled = false;
    };
    // The worker runs on a pool of its own, not the global one: a run lasts seconds to minutes, and short global-pool
    // work (treemap shading, other controllers' maps) must not queue behind it.
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    CancellationToken m_token;
    EstimateResultPtr m_result;
};

} // namespace BundleScope
