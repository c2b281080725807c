// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/bundlesource.h"
#include "scan/folderwalker.h"

#include <QCoreApplication>
#include <QString>

namespace BundleScope {

// A one-folder bundle (dist/<app>/) or any folder on a local Linux file system, scanned by FolderWalker's parallel
// workers with getdents64 + fstatat: symlinks are recorded with their target text and never followed, hard links are
// counted once, fifos/sockets/devices are recorded without being opened, unreadable or vanishing entries are recorded
// with an error and the scan goes on, names stay raw bytes. Other file systems below the root are entered, as du does
// without -x. Synchronous: scan() runs on the caller's thread (ScanController puts it on a worker) and uses
// threadCount() helper threads of its own. Owned by whoever scans, usually ScanController.
class FolderSource : public BundleSource {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::FolderSource)
public:
    explicit FolderSource(QString rootPath);

    Result<ScanResult> scan(const CancellationToken& token, const ProgressCallback& progress) override;

    QString rootPath() const { return m_rootPath; }
    // Walker threads; defaults to the number of cores, at least 2 and at most 8.
    int threadCount() const { return m_threadCount; }
    void setThreadCount(int count) { m_threadCount = std::max(1, count); }
    // For tests only: see FolderWalker::FaultHook.
    void setFaultHook(FolderWalker::FaultHook hook) { m_faultHook = std::move(hook); }

private:
    Result<int> openRoot(qint64& mtime, dev_t& device, ino_t& inode) const;

    QString m_rootPath;
    int m_threadCount;
    FolderWalker::FaultHook m_faultHook;
};

} // namespace BundleScope
