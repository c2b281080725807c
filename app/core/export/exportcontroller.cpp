// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"

#include <QPointer>
#include <QtConcurrent>

namespace BundleScope {

ExportController::ExportController(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<ExportProgress>();
    qRegisterMetaType<ExportResult>();
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportController::onFinished);
}

ExportController::~ExportController()
{
    cancel();
    m_watcher.waitForFinished();
}

void ExportController::start(BundleTreePtr tree, std::shared_ptr<const ContentReader> reader, const ArchivePlan& plan,
    const ExportOptions& options)
{
    cancel();
    m_watcher.waitForFinished();
    m_token = CancellationToken();
    const CancellationToken token = m_token;
    QPointer<ExportController> self(this);
    m_watcher.setFuture(QtConcurrent::run([tree, reader, plan, options, token, self]() {
        const DiskEntries disk(*tree, *reader);
        Result<ExportResult> result
            = ArchiveExporter::exportArchive(plan, disk, options, token, [self](const ExportProgress& progress) {
                  if (self)
                      QMetaObject::invokeMethod(
                          self.data(),
                          [self, progress]() {
                              if (self)
                                  Q_EMIT self->progressChanged(progress);
                          },
                          Qt::QueuedConnection);
              });
        Outcome outcome;
        if (result)
            outcome.result = std::move(*result);
        else {
            outcome.error = result.error().toString();
            outcome.cancelled = result.error().code == Error::Code::Cancelled;
        }
        return outcome;
    }));
}

void ExportController::cancel()
{
    m_token.cancel();
}

void ExportController::onFinished()
{
    const Outcome outcome = m_watcher.result();
    if (outcome.result)
        Q_EMIT exportFinished(*outcome.result);
    else
        Q_EMIT exportFailed(outcome.error, outcome.cancelled);
}

} // namespace BundleScope
