// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyrecorder.h"

#include "snapshot/historystore.h"
#include "snapshot/snapshotwriter.h"

#include <QFutureWatcher>
#include <QSettings>
#include <QtConcurrentRun>

namespace BundleScope {

namespace {
    const QLatin1String s_enabledKey("history/enabled");
    const QLatin1String s_keepKey("history/keep");
    const QLatin1String s_directoryKey("history/directory");
} // namespace

HistoryRecorder::HistoryRecorder(QObject* parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

HistoryRecorder::~HistoryRecorder()
{
    m_pool.waitForDone();
}

bool HistoryRecorder::isEnabled()
{
    return QSettings().value(s_enabledKey, true).toBool();
}

void HistoryRecorder::setEnabled(bool enabled)
{
    QSettings().setValue(s_enabledKey, enabled);
}

QString HistoryRecorder::directory()
{
    const QString configured = QSettings().value(s_directoryKey).toString();
    return configured.isEmpty() ? HistoryStore::defaultDirectory() : configured;
}

int HistoryRecorder::keep()
{
    return std::max(1, QSettings().value(s_keepKey, HistoryStore::DefaultKeep).toInt());
}

void HistoryRecorder::record(BundleTreePtr tree, Sections sections)
{
    if (!tree || m_suspended)
        return;
    auto slot = std::make_shared<QString>();
    QDateTime when = QDateTime::currentDateTimeUtc();
    if (m_lastTime.isValid() && when <= m_lastTime)
        when = m_lastTime.addMSecs(1);
    m_lastTime = when;
    m_lastTree = tree;
    m_lastPath = slot;
    watch(QtConcurrent::run(
        &m_pool, [folder = directory(), limit = keep(), when, tree, sections = std::move(sections), slot]() -> Outcome {
            HistoryStore store(folder, limit);
            const Result<QString> added = store.add(*tree, when, sections ? sections() : std::vector<ReportSection>());
            if (!added)
                return { HistoryStore::bundleName(*tree), {}, added.error().toString() };
            *slot = *added;
            return { HistoryStore::bundleName(*tree), *added, {} };
        }));
}

void HistoryRecorder::amend(const BundleTreePtr& tree, Sections sections)
{
    if (!tree || tree != m_lastTree || !m_lastPath)
        return;
    // Queued behind record() on the single worker, so the path is known (or empty after a failure) when this runs.
    watch(QtConcurrent::run(&m_pool, [tree, sections = std::move(sections), slot = m_lastPath]() -> Outcome {
        if (slot->isEmpty())
            return {};
        const std::vector<ReportSection> made = sections ? sections() : std::vector<ReportSection>();
        if (const Result<void> saved = SnapshotWriter::save(*tree, *slot, made); !saved)
            return { HistoryStore::bundleName(*tree), {}, saved.error().toString() };
        return {}; // the same point of the history: nothing to refresh
    }));
}

void HistoryRecorder::watch(const QFuture<Outcome>& future)
{
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (!outcome.error.isEmpty())
            Q_EMIT recordFailed(tr("The size history could not be saved: %1").arg(outcome.error));
        else if (!outcome.path.isEmpty())
            Q_EMIT recorded(outcome.bundleName, outcome.path);
    });
    watcher->setFuture(future);
}

} // namespace BundleScope
