// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "model/bundletreebuilder.h"
#include "scan/bundlesource.h"

#include <QCoreApplication>
#include <QHash>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <sys/types.h>
#include <vector>

namespace BundleScope {

class DirectoryListing;

// The parallel part of FolderSource: worker threads share a stack of directories still to list; each worker lists a
// directory, lstat()s its entries, adds them to the builder in one addChildren call, pushes the subdirectories but
// one and descends into that one itself through openat() on the parent's descriptor (bounded descriptors, no
// recursion, any depth). The thread that calls run() waits, reports progress every 50 ms and watches the token.
// Symlinks are never followed; other file systems are entered (like du without -x) and their mount points are
// scanned like any folder. Created and run by FolderSource for one scan.
class FolderWalker {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::FolderWalker)
public:
    enum class Step { OpenDirectory, StatEntry };
    // Test hook: called before each directory open and each lstat with the path relative to the root. A non-zero
    // return is taken as the errno of that call, which is then not made; the hook may also alter the disk.
    using FaultHook = std::function<int(Step step, QByteArrayView relativePath)>;

    FolderWalker(BundleTreeBuilder& builder, int rootFd, dev_t rootDevice, ino_t rootInode);
    Q_DISABLE_COPY_MOVE(FolderWalker)

    void setFaultHook(FaultHook hook) { m_faultHook = std::move(hook); }
    // Walks the whole tree with threadCount workers, then numbers it breadth-first (the same ids on every scan of
    // the same tree, whatever order the threads took). false when cancelled.
    bool run(int threadCount, const CancellationToken& token, const BundleSource::ProgressCallback& progress);
    // Files of *.dist-info / *.egg-info folders (RECORD, METADATA …), the ones package attribution reads.
    const QHash<NodeId, std::string>& metadataFiles() const { return m_metadataFiles; }

private:
    // An open folder kept for the jobs of its subfolders, so that each opens with one openat relative to it instead
    // of resolving its whole path from the root; closed when the last of them has opened. At most
    // SharedDirectoryLimit exist at once, which bounds the descriptors a scan holds at any depth.
    struct SharedDirectory {
        SharedDirectory(int fd, std::atomic<int>& count);
        ~SharedDirectory();
        Q_DISABLE_COPY_MOVE(SharedDirectory)
        const int fd;
        std::atomic<int>& count;
    };
    struct Job {
        NodeId node = 0;
        std::string path; // relative to the root, '/'-separated, raw bytes
        dev_t device = 0;
        ino_t inode = 0;
        std::shared_ptr<SharedDirectory> parent; // null: open by path from the root
    };
    struct HardLink {
        dev_t device;
        ino_t inode;
        std::string path;
        NodeId node;
    };

    struct Worker; // per-thread buffers, defined in the .cpp

    void work(const CancellationToken& token);
    bool takeJob(Job& job);
    void jobDone();
    int openJob(Job& job, int parentFd);
    int processDirectory(Job& job, int fd, Worker& worker, const CancellationToken& token);
    bool statEntries(const Job& job, int fd, Worker& worker, const CancellationToken& token);
    NodeId addEntries(const Job& job, int fd, Worker& worker);
    void collectChildren(const Job& job, int fd, NodeId first, Worker& worker);
    int continueLocally(Job& job, int fd, Worker& worker);
    int injectedError(Step step, const std::string& path) const;
    bool checkIdentity(int fd, const Job& job);
    void markHardLinkDuplicates();
    void stop();
    bool isFinished() const { return m_stopped || (m_busy == 0 && m_jobs.empty()); }
    static std::string childPath(const std::string& parent, QByteArrayView name);

    std::atomic<int> m_sharedDirectories { 0 }; // first: outlives the jobs that count on it
    BundleTreeBuilder& m_builder;
    const int m_rootFd;
    const dev_t m_rootDevice;
    const ino_t m_rootInode;
    FaultHook m_faultHook;

    std::mutex m_mutex; // guards the job stack, m_busy, m_stopped, m_currentPath, side tables
    std::condition_variable m_jobsChanged; // wakes idle workers
    std::condition_variable m_finished; // wakes the reporting thread
    std::vector<Job> m_jobs;
    int m_busy = 0;
    bool m_stopped = false;
    std::string m_currentPath;
    std::vector<HardLink> m_hardLinks;
    QHash<NodeId, std::string> m_metadataFiles;

    std::atomic<quint64> m_files { 0 };
    std::atomic<quint64> m_bytes { 0 };
};

} // namespace BundleScope
