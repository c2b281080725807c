// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletree.h"
#include "report/reportsection.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <vector>

namespace BundleScope {

// Saves a snapshot of each scanned bundle to the HistoryStore, off the GUI thread on its own single-thread pool (so
// writes are ordered and never compete with the analysis and estimate in the global pool). record() adds a snapshot;
// amend() rewrites the last recorded one with more sections (the estimate arrives after the candidates). Settings:
// "history/enabled" (default true), "history/keep" (default HistoryStore::DefaultKeep), "history/directory"
// (default HistoryStore::defaultDirectory()). Lives on the GUI thread, owned by its parent; waits for pending writes
// when destroyed.
class HistoryRecorder : public QObject {
    Q_OBJECT
public:
    explicit HistoryRecorder(QObject* parent = nullptr);
    ~HistoryRecorder() override;
    Q_DISABLE_COPY_MOVE(HistoryRecorder)

    static bool isEnabled();
    static void setEnabled(bool enabled);
    static QString directory();
    static int keep();

    // Makes the report sections stored with the snapshot (candidates, estimates); runs on the worker because it
    // walks every candidate path of a large bundle.
    using Sections = std::function<std::vector<ReportSection>()>;

    void record(BundleTreePtr tree, Sections sections = {});
    // Rewrites the snapshot of the last record() of `tree` with `sections`; nothing when that was another tree.
    void amend(const BundleTreePtr& tree, Sections sections);
    void waitForDone() { m_pool.waitForDone(); }
    // A suspended recorder records nothing (--screenshot runs must not add points to the user's history).
    void setSuspended(bool suspended) { m_suspended = suspended; }
    bool isSuspended() const { return m_suspended; }

Q_SIGNALS:
    void recorded(const QString& bundleName, const QString& path);
    void recordFailed(const QString& message);

private:
    struct Outcome {
        QString bundleName;
        QString path;
        QString error;
    };
    void watch(const QFuture<Outcome>& future);

    QThreadPool m_pool;
    QDateTime m_lastTime; // snapshot times strictly increase: they name the files
    BundleTreePtr m_lastTree;
    std::shared_ptr<QString> m_lastPath; // filled on the worker by record(), read there by amend()
    bool m_suspended = false;
};

} // namespace BundleScope
