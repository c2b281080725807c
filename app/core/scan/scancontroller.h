// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "common/error.h"
#include "scan/bundlesource.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace BundleScope {

// Runs one BundleSource at a time on the global thread pool (QtConcurrent::run) and reports back on the thread that
// owns the controller (normally the GUI thread) through queued signals; never blocks that thread. Progress is
// throttled to one signal per 50 ms. Destroying a running controller cancels the scan and waits for it.
class ScanController : public QObject {
    Q_OBJECT
public:
    explicit ScanController(QObject* parent = nullptr);
    ~ScanController() override;

    // Starts scanning; false (and nothing happens) when a scan is already running or source is null.
    bool start(std::unique_ptr<BundleSource> source);
    // Asks the running scan to stop; scanCancelled() follows within ~100 ms. No effect when idle.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progressChanged(const BundleScope::ScanProgress& progress);
    void scanFinished(const BundleScope::ScanResult& result);
    void scanFailed(const BundleScope::Error& error);
    void scanCancelled();

private:
    // What the worker hands back; default-constructible as QFuture wants.
    struct Outcome {
        std::optional<ScanResult> result;
        Error error;
    };

    void onFutureFinished();
    void reportProgress(const ScanProgress& progress);

    QFutureWatcher<Outcome> m_watcher;
    CancellationToken m_token;
    bool m_running = false;
};

} // namespace BundleScope
