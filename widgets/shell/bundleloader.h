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
// demo first generates a synthetic bundle into a temporary folder it owns (kept until the loader is destroyed). A
// bundle nested inside an archive or one-file executable is first extracted (NestedBundleExtractor, on a worker when
// large) into a temporary folder kept while that bundle is open. GUI thread; owned by MainWindow.
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
    // Opens file `id` of the open bundle `outer` (an archive or one-file executable inside it) as a bundle of its own:
    // extracts it, then scans it under the name "<open bundle> › <file name>". False (nothing happens) when busy or
    // when the node is no such file; errors of the extraction arrive through failed() or cancelled().
    bool openNested(const ScanResult& outer, NodeId id);
    // What started() and finished() call the open bundle: its path, or "outer.zip › inner.whl" for a nested one.
    QString openPath() const { return m_openPath; }
    void cancel();
    bool isBusy() const; // scanning, extracting a nested bundle or generating the demo

    // Members up to this size are extracted on the GUI thread; larger ones on a worker, with the progress page.
    static constexpr quint64 SynchronousExtractBytes = 4 * 1024 * 1024;

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

    // What the extraction worker hands back.
    struct ExtractOutcome {
        QString path;
        Error error;
    };

    void onFinished(const ScanResult& result);
    void onDemoGenerated();
    void onExtracted(const ExtractOutcome& outcome);
    void onScanEnded(); // failed or cancelled: a pending extracted file is no longer needed

    ScanController* m_controller = nullptr; // child
    std::unique_ptr<QTemporaryDir> m_demoDir; // removed with the loader
    QString m_demoBundle;
    QFutureWatcher<DemoOutcome> m_demoWatcher;
    std::unique_ptr<QTemporaryDir> m_pendingDir; // extracted nested bundle being opened
    std::unique_ptr<QTemporaryDir> m_openDir; // extracted nested bundle that is open
    QFutureWatcher<ExtractOutcome> m_extractWatcher;
    CancellationToken m_extractToken;
    QString m_path;
    QString m_openPath;
};

} // namespace BundleScope
