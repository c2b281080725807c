// SPDX-License-Identifier: GPL-3.0-or-later
#include "scancontroller.h"

#include "scanpipeline.h"

#include <QMetaObject>
#include <QMetaType>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <mutex>

namespace BundleScope {

namespace {
    constexpr qint64 ProgressIntervalMs = 50;

    // Limits progress signals per scan, on the worker thread, before anything is queued.
    class ProgressThrottle {
    public:
        bool admit()
        {
            std::lock_guard lock(m_mutex);
            if (m_timer.isValid() && m_timer.elapsed() < ProgressIntervalMs)
                return false;
            m_timer.start();
            return true;
        }

    private:
        std::mutex m_mutex;
        QElapsedTimer m_timer;
    };
} // namespace

ScanController::ScanController(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<BundleScope::ScanProgress>("BundleScope::ScanProgress");
    qRegisterMetaType<BundleScope::ScanResult>("BundleScope::ScanResult");
    qRegisterMetaType<BundleScope::Error>("BundleScope::Error");
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ScanController::onFutureFinished);
}

ScanController::~ScanController()
{
    if (m_running) {
        m_token.cancel();
        m_watcher.disconnect(this);
        m_watcher.waitForFinished();
    }
}

bool ScanController::start(std::unique_ptr<BundleSource> source)
{
    if (m_running || !source)
        return false;
    m_token = CancellationToken();
    m_running = true;
    std::shared_ptr<BundleSource> shared(std::move(source));
    auto throttle = std::make_shared<ProgressThrottle>();
    const CancellationToken token = m_token;
    // The progress lambda runs on the worker; `this` outlives it because the destructor waits for the future, and
    // invokeMethod with `this` as context drops calls queued to a deleted controller.
    BundleSource::ProgressCallback progress = [this, throttle](const ScanProgress& p) {
        if (throttle->admit())
            QMetaObject::invokeMethod(
                this, [this, p] { reportProgress(p); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([shared, token, progress]() {
        Outcome outcome;
        Result<ScanResult> result = ScanPipeline::run(*shared, token, progress);
        if (result)
            outcome.result = std::move(*result);
        else
            outcome.error = result.error();
        return outcome;
    }));
    return true;
}

void ScanController::cancel()
{
    if (m_running)
        m_token.cancel();
}

bool ScanController::isRunning() const
{
    return m_running;
}

void ScanController::reportProgress(const ScanProgress& progress)
{
    if (m_running && !m_token.isCancelled())
        Q_EMIT progressChanged(progress);
}

void ScanController::onFutureFinished()
{
    m_running = false;
    const Outcome outcome = m_watcher.result();
    if (outcome.result)
        Q_EMIT scanFinished(*outcome.result);
    else if (outcome.error.code == Error::Code::Cancelled)
        Q_EMIT scanCancelled();
    else
        Q_EMIT scanFailed(outcome.error);
}

} // namespace BundleScope
