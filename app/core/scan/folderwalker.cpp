// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderwalker.h"

#include "model/fileclassifier.h"
#include "scan/directorylisting.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <thread>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace BundleScope {

namespace {
    constexpr int CancelPollEntries = 256; // lstat calls between two looks at the token (~0.3 ms)
    constexpr auto ProgressInterval = std::chrono::milliseconds(50);
    constexpr auto ReporterTick = std::chrono::milliseconds(10);
    constexpr int SharedDirectoryLimit
        = 256; // open folders kept for pending subfolder jobs (RLIMIT_NOFILE is often 1024)

    bool endsWith(QByteArrayView text, const char* suffix)
    {
        return text.endsWith(QByteArrayView(suffix));
    }

    NodeKind kindFromType(quint8 type)
    {
        switch (type) {
        case DT_DIR:
            return NodeKind::Directory;
        case DT_REG:
            return NodeKind::File;
        case DT_LNK:
            return NodeKind::Symlink;
        default:
            return NodeKind::Other;
        }
    }
} // namespace

struct FolderWalker::Worker {
    DirectoryListing listing;
    std::vector<BundleTreeBuilder::Entry> entries;
    std::vector<Job> children;
    std::vector<HardLink> hardLinks;
};

FolderWalker::FolderWalker(BundleTreeBuilder& builder, int rootFd, dev_t rootDevice, ino_t rootInode)
    : m_builder(builder)
    , m_rootFd(rootFd)
    , m_rootDevice(rootDevice)
    , m_rootInode(rootInode)
{
}

bool FolderWalker::run(int threadCount, const CancellationToken& token, const BundleSource::ProgressCallback& progress)
{
    m_jobs.push_back(Job { m_builder.root(), {}, m_rootDevice, m_rootInode, nullptr });
    std::vector<std::thread> threads;
    for (int i = 0; i < std::max(1, threadCount); ++i)
        threads.emplace_back([this, &token] { work(token); });

    auto lastReport = std::chrono::steady_clock::now();
    std::unique_lock lock(m_mutex);
    while (!isFinished()) {
        m_finished.wait_for(lock, ReporterTick);
        if (token.isCancelled()) {
            m_stopped = true;
            m_jobsChanged.notify_all();
            break;
        }
        const auto now = std::chrono::steady_clock::now();
        if (progress && now - lastReport >= ProgressInterval && !isFinished()) {
            ScanProgress report { m_files.load(), m_bytes.load(), QString::fromLocal8Bit(m_currentPath) };
            lock.unlock();
            progress(report);
            lock.lock();
            lastReport = std::chrono::steady_clock::now(); // 50 ms from the end of one report to the next
        }
    }
    lock.unlock();
    for (std::thread& thread : threads)
        thread.join();
    m_jobs.clear(); // left over after a cancel: closes their shared folders
    if (token.isCancelled())
        return false;
    markHardLinkDuplicates();
    // Each thread appended the folders it listed as it went: the same tree, numbered differently on every scan.
    const std::vector<NodeId> newId = m_builder.renumberBreadthFirst();
    QHash<NodeId, std::string> metadataFiles;
    metadataFiles.reserve(m_metadataFiles.size());
    for (auto it = m_metadataFiles.begin(); it != m_metadataFiles.end(); ++it)
        metadataFiles.insert(newId[it.key()], std::move(it.value()));
    m_metadataFiles = std::move(metadataFiles);
    return true;
}

void FolderWalker::work(const CancellationToken& token)
{
    Worker worker;
    Job job;
    while (takeJob(job)) {
        for (int fd = openJob(job, -1); fd >= 0;)
            fd = processDirectory(job, fd, worker, token);
        std::lock_guard lock(m_mutex);
        m_hardLinks.insert(m_hardLinks.end(), worker.hardLinks.begin(), worker.hardLinks.end());
        worker.hardLinks.clear();
        jobDone();
    }
}

bool FolderWalker::takeJob(Job& job)
{
    std::unique_lock lock(m_mutex);
    m_jobsChanged.wait(lock, [this] { return m_stopped || !m_jobs.empty() || m_busy == 0; });
    if (m_stopped || m_jobs.empty()) {
        m_jobsChanged.notify_all();
        m_finished.notify_all();
        return false;
    }
    job = std::move(m_jobs.back());
    m_jobs.pop_back();
    ++m_busy;
    m_currentPath = job.path;
    return true;
}

void FolderWalker::jobDone()
{
    // Called with m_mutex held.
    --m_busy;
    if (m_busy == 0 && m_jobs.empty()) {
        m_jobsChanged.notify_all();
        m_finished.notify_all();
    }
}

void FolderWalker::stop()
{
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_jobsChanged.notify_all();
    m_finished.notify_all();
}

int FolderWalker::injectedError(Step step, const std::string& path) const
{
    return m_faultHook ? m_faultHook(step, QByteArrayView(path.data(), qsizetype(path.size()))) : 0;
}

bool FolderWalker::checkIdentity(int fd, const Job& job)
{
    struct stat st;
    if (::fstat(fd, &st) == 0 && st.st_dev == job.device && st.st_ino == job.inode)
        return true;
    ::close(fd);
    m_builder.setError(job.node, tr("The folder was replaced while it was being scanned."));
    return false;
}

int FolderWalker::openJob(Job& job, int parentFd)
{
    if (parentFd < 0 && job.parent)
        parentFd = job.parent->fd;
    int fd = -injectedError(Step::OpenDirectory, job.path);
    if (fd == 0 && parentFd >= 0) {
        const std::size_t slash = job.path.rfind('/');
        const char* name = job.path.c_str() + (slash == std::string::npos ? 0 : slash + 1);
        fd = ::openat(parentFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
        if (fd < 0)
            fd = -errno;
    } else if (fd == 0) {
        fd = DirectoryListing::openDirectory(m_rootFd, job.path);
    }
    job.parent.reset();
    if (fd < 0) {
        m_builder.setError(job.node, tr("Cannot open this folder: %1").arg(qt_error_string(-fd)));
        return -1;
    }
    // One component opened with O_NOFOLLOW | O_DIRECTORY can only be a folder that really is there; a path from the
    // root passes through components that may have been swapped for symlinks since they were listed: compare inodes.
    return parentFd >= 0 || checkIdentity(fd, job) ? fd : -1;
}

FolderWalker::SharedDirectory::SharedDirectory(int fd, std::atomic<int>& count)
    : fd(fd)
    , count(count)
{
    ++count;
}

FolderWalker::SharedDirectory::~SharedDirectory()
{
    ::close(fd);
    --count;
}

int FolderWalker::processDirectory(Job& job, int fd, Worker& worker, const CancellationToken& token)
{
    if (token.isCancelled()) {
        ::close(fd);
        stop();
        return -1;
    }
    const int readError = worker.listing.read(fd);
    if (readError != 0)
        m_builder.setError(job.node, tr("Cannot list this folder completely: %1").arg(qt_error_string(readError)));
    if (!statEntries(job, fd, worker, token)) {
        ::close(fd);
        stop();
        return -1;
    }
    worker.listing.sortByName();
    const NodeId first = addEntries(job, fd, worker);
    collectChildren(job, fd, first, worker);
    return continueLocally(job, fd, worker);
}

bool FolderWalker::statEntries(const Job& job, int fd, Worker& worker, const CancellationToken& token)
{
    int sinceCheck = 0;
    for (DirectoryListing::Item& item : worker.listing.items()) {
        if (++sinceCheck == CancelPollEntries) {
            sinceCheck = 0;
            if (token.isCancelled())
                return false;
        }
        if (m_faultHook) {
            if (const int error = injectedError(Step::StatEntry, childPath(job.path, worker.listing.name(item)))) {
                item.error = error;
                continue;
            }
        }
        worker.listing.stat(fd, item);
    }
    return true;
}

NodeId FolderWalker::addEntries(const Job& job, int fd, Worker& worker)
{
    DirectoryListing& listing = worker.listing;
    worker.entries.clear();
    const DirectoryListing::Item* current = nullptr;
    const std::function<quint32()> readMagic = [fd, &current, &listing]() -> quint32 {
        return current->size < 4 ? 0 : DirectoryListing::readMagic(fd, listing.cName(*current));
    };
    quint64 files = 0, bytes = 0;
    for (const DirectoryListing::Item& item : listing.items()) {
        BundleTreeBuilder::Entry entry;
        entry.name = listing.name(item);
        if (item.error != 0) {
            entry.kind = kindFromType(item.type);
            if (entry.kind == NodeKind::File)
                entry.category = FileClassifier::classify(entry.name, false, {});
            worker.entries.push_back(entry);
            continue;
        }
        entry.size = item.size;
        entry.allocated = item.allocated;
        entry.mtime = item.mtime;
        if (S_ISDIR(item.mode)) {
            entry.kind = NodeKind::Directory;
        } else if (S_ISREG(item.mode)) {
            entry.kind = NodeKind::File;
            const bool executable = (item.mode & 0111) != 0;
            entry.flags = executable ? ExecutableBit : NoFlags;
            current = &item;
            entry.category = FileClassifier::classify(entry.name, executable, readMagic);
            ++files;
            bytes += item.size;
        } else {
            entry.kind = S_ISLNK(item.mode) ? NodeKind::Symlink : NodeKind::Other; // sockets, fifos, devices
        }
        worker.entries.push_back(entry);
    }
    m_files.fetch_add(files, std::memory_order_relaxed);
    m_bytes.fetch_add(bytes, std::memory_order_relaxed);
    return m_builder.addChildren(job.node, worker.entries);
}

void FolderWalker::collectChildren(const Job& job, int fd, NodeId first, Worker& worker)
{
    DirectoryListing& listing = worker.listing;
    const QByteArrayView folderName(job.path.data(), qsizetype(job.path.size()));
    const bool metadataFolder = endsWith(folderName, ".dist-info") || endsWith(folderName, ".egg-info");
    std::vector<std::pair<NodeId, std::string>> metadata;
    worker.children.clear();
    NodeId id = first;
    for (const DirectoryListing::Item& item : listing.items()) {
        const NodeId node = id++;
        if (item.error != 0) {
            m_builder.setError(node,
                item.error == ENOENT ? tr("The entry vanished while the folder was being scanned.")
                                     : tr("Cannot read this entry: %1").arg(qt_error_string(item.error)));
        } else if (S_ISDIR(item.mode)) {
            worker.children.push_back(
                Job { node, childPath(job.path, listing.name(item)), item.device, item.inode, nullptr });
        } else if (S_ISLNK(item.mode)) {
            m_builder.setSymlinkTarget(node, DirectoryListing::readLink(fd, listing.cName(item), item.size));
        } else {
            if (item.links > 1)
                worker.hardLinks.push_back({ item.device, item.inode, childPath(job.path, listing.name(item)), node });
            if (metadataFolder && S_ISREG(item.mode))
                metadata.emplace_back(node, childPath(job.path, listing.name(item)));
        }
    }
    if (!metadata.empty()) {
        std::lock_guard lock(m_mutex);
        for (auto& [node, path] : metadata)
            m_metadataFiles.insert(node, std::move(path));
    }
}

int FolderWalker::continueLocally(Job& job, int fd, Worker& worker)
{
    // Keep the last subfolder for this thread (a chain of single folders of any depth costs one openat per level)
    // and share the others, with fd kept open for them while the descriptor budget allows. Takes fd over.
    int next = -1;
    while (next < 0 && !worker.children.empty()) {
        Job child = std::move(worker.children.back());
        worker.children.pop_back();
        next = openJob(child, fd);
        if (next >= 0)
            job = std::move(child);
    }
    if (worker.children.empty() || m_sharedDirectories.load(std::memory_order_relaxed) >= SharedDirectoryLimit) {
        ::close(fd);
    } else {
        const auto shared = std::make_shared<SharedDirectory>(fd, m_sharedDirectories);
        for (Job& child : worker.children)
            child.parent = shared;
    }
    std::lock_guard lock(m_mutex);
    if (!worker.children.empty()) {
        for (Job& child : worker.children)
            m_jobs.push_back(std::move(child));
        worker.children.clear();
        m_jobsChanged.notify_all();
    }
    if (next >= 0)
        m_currentPath = job.path;
    return next;
}

void FolderWalker::markHardLinkDuplicates()
{
    // The first name in path order keeps the bytes, so totals do not depend on which worker got there first.
    std::sort(m_hardLinks.begin(), m_hardLinks.end(), [](const HardLink& a, const HardLink& b) {
        return std::tie(a.device, a.inode, a.path) < std::tie(b.device, b.inode, b.path);
    });
    for (std::size_t i = 1; i < m_hardLinks.size(); ++i) {
        const HardLink& previous = m_hardLinks[i - 1];
        if (m_hardLinks[i].device == previous.device && m_hardLinks[i].inode == previous.inode)
            m_builder.addFlags(m_hardLinks[i].node, HardLinkDuplicate);
    }
}

std::string FolderWalker::childPath(const std::string& parent, QByteArrayView name)
{
    std::string path;
    path.reserve(parent.size() + std::size_t(name.size()) + 1);
    path = parent;
    if (!path.empty())
        path.push_back('/');
    path.append(name.data(), std::size_t(name.size()));
    return path;
}

} // namespace BundleScope
