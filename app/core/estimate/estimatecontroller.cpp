// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimatecontroller.h"

#include "estimate/compressionestimator.h"

#include <QPointer>
#include <QtConcurrent>

namespace BundleScope {

EstimateController::EstimateController(QObject* parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1); // one run at a time; start() cancels and waits for the previous one
    qRegisterMetaType<EstimateResultPtr>();
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &EstimateController::onFinished);
}

EstimateController::~EstimateController()
{
    cancel();
    m_watcher.waitForFinished();
}

void EstimateController::start(
    BundleTreePtr tree, std::shared_ptr<const ContentReader> reader, const EstimateOptions& options)
{
    cancel();
    m_watcher.waitForFinished();
    m_token = CancellationToken();
    const CancellationToken token = m_token;
    QPointer<EstimateController> self(this);
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [tree, reader, options, token, self]() {
        Result<EstimateResult> result
            = CompressionEstimator::estimate(*tree, *reader, options, token, [self](const EstimateProgress& progress) {
                  // Queued to the controller's thread; dropped if the controller is gone.
                  if (self)
                      QMetaObject::invokeMethod(
                          self.data(),
                          [self, progress]() {
                              if (self)
                                  Q_EMIT self->progressChanged(progress.samplesDone, progress.samplesTotal);
                          },
                          Qt::QueuedConnection);
              });
        Outcome outcome;
        if (result)
            outcome.result = std::make_shared<const EstimateResult>(std::move(*result));
        else {
            outcome.error = result.error().message;
            outcome.cancelled = result.error().code == Error::Code::Cancelled;
        }
        return outcome;
    }));
}

void EstimateController::cancel()
{
    m_token.cancel();
}

void EstimateController::onFinished()
{
    const Outcome outcome = m_watcher.result();
    if (outcome.result) {
        m_result = outcome.result;
        Q_EMIT estimateFinished(m_result);
    } else {
        Q_EMIT estimateFailed(outcome.error, outcome.cancelled);
    }
}

} // namespace BundleScope
