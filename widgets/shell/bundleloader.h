// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "scan/bundlesource.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace BundleScope {

class ScanController;

// Turns "open this" into a scan: picks the source through SourceFactory, runs it on a ScanController, and for the
// demo first generates a synthetic bundle into a temporary folder it owns (kept until the loader is destroyed).
// GUI thread; owned by MainWindow.
class BundleLoader : public QObject {
    Q_OBJECT
public:
    explicit BundleLoader(QObject* parent = nullptr);
    ~BundleLoader() override;
    Q_DISABLE_COPY_MOVE(BundleLoader)

    void open(const QString& path);
    // Generates the demo bundle on a worker thread (once per loader), then opens it.
    void openDemo();
    // Scans an already constructed source (tests use slow fakes); `path` is what the progress panel shows.
    void start(std::unique_ptr<BundleSource> source, const QString& path);
    void cancel();
    bool isBusy() const; // scanning or generating the demo

Q_SIGNALS:
    void demoStarted(); // generating; started() follows when the scan begins
    void started(const QString& path);
    void progressChanged(const BundleScope::ScanProgress& progress);
    void finished(const BundleScope::ScanResult& result, const QString& path);
    void failed(const BundleScope::Error& error);
    void cancelled();

private:
    // What the demo worker hands back; default-constructible as QFuture wants.
    struct DemoOutcome {
        QString path;
        Error error;
    };

    void onFinished(const ScanResult& result);
    void onDemoGenerated();

    ScanController* m_controller = nullptr; // child
    std::unique_ptr<QTemporaryDir> m_demoDir; // removed with the loader
    QString m_demoBundle;
    QFutureWatcher<DemoOutcome> m_demoWatcher;
    QString m_path;
};

} // namespace BundleScope
