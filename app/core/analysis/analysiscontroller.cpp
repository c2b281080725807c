// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysiscontroller.h"

#include "analysis/analysisrunner.h"
#include "analysis/analyzerregistry.h"

#include <QtConcurrent>

namespace BundleScope {

AnalysisController::AnalysisController(QObject* parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1); // one run at a time; start() cancels and waits for the previous one
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &AnalysisController::onWorkerFinished);
}

AnalysisController::~AnalysisController()
{
    m_token.cancel();
    m_watcher.waitForFinished();
}

void AnalysisController::start(BundleTreePtr tree, std::shared_ptr<const ContentReader> reader, const Options& options)
{
    if (isRunning()) {
        m_token.cancel();
        m_watcher.waitForFinished();
    }
    m_token = CancellationToken();
    const quint64 generation = ++m_generation;
    const CancellationToken token = m_token;
    // `this` outlives the worker: the destructor and start() wait for it.
    auto work = [this, generation, token, tree, reader, options]() -> Outcome {
        AnalysisContext context { *tree, *reader, token, options.platform, options.lazyLoadThreshold };
        context.imports = options.imports;
        context.recordedErrors = options.recordedErrors;
        AnalysisRunner runner(options.analyzers ? options.analyzers() : AnalyzerRegistry::createAll());
        auto progress = [this, generation](int done, int total) {
            // Queued to the controller's thread; dropped when a newer run replaced this one meanwhile.
            QMetaObject::invokeMethod(
                this,
                [this, generation, done, total] {
                    if (m_generation == generation)
                        Q_EMIT progressChanged(done, total);
                },
                Qt::QueuedConnection);
        };
        Result<AnalysisResult> result = runner.run(context, progress);
        if (!result)
            return Outcome { nullptr, result.error() };
        return Outcome { std::make_shared<const AnalysisResult>(std::move(*result)), Error {} };
    };
    m_watcher.setFuture(QtConcurrent::run(&m_pool, std::move(work)));
}

void AnalysisController::cancel()
{
    m_token.cancel();
}

bool AnalysisController::isRunning() const
{
    return m_watcher.isRunning();
}

void AnalysisController::onWorkerFinished()
{
    const Outcome outcome = m_watcher.result();
    if (outcome.result)
        Q_EMIT analysisFinished(outcome.result);
    else
        Q_EMIT analysisFailed(outcome.error.message, outcome.error.code == Error::Code::Cancelled);
}

} // namespace BundleScope
