// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "export/archiveexporter.h"
#include "model/bundletree.h"
#include "scan/contentreader.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace BundleScope {

// Runs ArchiveExporter on the thread pool for the GUI: start() returns at once; progressChanged (at most every
// 100 ms) and then exportFinished or exportFailed arrive on the controller's thread. cancel() takes effect within
// 100 ms and leaves no partial file. Lives on the GUI thread, owned by its parent (the export dialog).
class ExportController : public QObject {
    Q_OBJECT
public:
    explicit ExportController(QObject* parent = nullptr);
    ~ExportController() override;
    Q_DISABLE_COPY_MOVE(ExportController)

    void start(BundleTreePtr tree, std::shared_ptr<const ContentReader> reader, const ArchivePlan& plan,
        const ExportOptions& options);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void progressChanged(const BundleScope::ExportProgress& progress);
    void exportFinished(const BundleScope::ExportResult& result);
    void exportFailed(const QString& message, bool cancelled);

private:
    void onFinished();

    struct Outcome {
        std::optional<ExportResult> result;
        QString error;
        bool cancelled = false;
    };
    QFutureWatcher<Outcome> m_watcher;
    CancellationToken m_token;
};

} // namespace BundleScope

Q_DECLARE_METATYPE(BundleScope::ExportResult)
