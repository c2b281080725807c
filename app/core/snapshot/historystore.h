// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/bundletree.h"
#include "report/reportsection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <vector>

namespace BundleScope {

// Keeps the last N snapshots per bundle name under a folder (default: QStandardPaths::AppDataLocation/history), one
// sub-folder per bundle, files named "<UTC yyyyMMddTHHmmsszzz>-<total bytes>.bundlescope.json.gz" so a size-over-time
// chart needs only a directory listing. Synchronous file I/O: call add() off the GUI thread for large trees. Owned
// by whoever uses it (the main window); not thread-safe for concurrent add() on the same bundle.
class HistoryStore {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::HistoryStore)
public:
    struct Entry {
        QString path; // the snapshot file
        QDateTime time; // UTC
        quint64 bytes = 0;
    };

    static constexpr int DefaultKeep = 20;

    explicit HistoryStore(QString directory = defaultDirectory(), int keep = DefaultKeep);
    static QString defaultDirectory();

    // Saves a snapshot of `tree` (with optional report sections: candidates, estimates) under its root name and
    // removes the oldest beyond `keep`. Returns the file.
    [[nodiscard]] Result<QString> add(const BundleTree& tree, const QDateTime& when = QDateTime::currentDateTimeUtc(),
        const std::vector<ReportSection>& sections = {});
    // Deletes one snapshot file of the store.
    [[nodiscard]] static Result<void> remove(const QString& path);
    // The name a bundle's history is kept under: the bundle folder's name, looking through an archive's wrapper
    // folders, so dist/app, app-1.2.tar.gz (app/ inside) and app-1.3.zip share one history; else the root's name.
    static QString bundleName(const BundleTree& tree);
    std::vector<Entry> entries(const QString& bundleName) const; // oldest first
    QStringList bundleNames() const;
    QString directory() const { return m_directory; }

private:
    QString bundleDirectory(const QString& bundleName) const;

    QString m_directory;
    int m_keep;
};

} // namespace BundleScope
