// SPDX-License-Identifier: GPL-3.0-or-later
#include "foldersource.h"

#include "common/logging.h"
#include "scan/foldercontentreader.h"
#include "scan/launcherexpander.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace BundleScope {

FolderSource::FolderSource(QString rootPath)
    : m_rootPath(QDir::cleanPath(QFileInfo(rootPath).absoluteFilePath()))
    , m_threadCount(std::clamp(int(std::thread::hardware_concurrency()), 2, 8))
{
}

Result<int> FolderSource::openRoot(qint64& mtime, dev_t& device, ino_t& inode) const
{
    const QByteArray path = QFile::encodeName(m_rootPath);
    struct stat st;
    if (::stat(path.constData(), &st) != 0) {
        const int error = errno;
        if (error == EACCES)
            return makeError(
                Error::Code::PermissionDenied, tr("Permission denied: cannot open this folder."), m_rootPath);
        return makeError(
            Error::Code::NotFound, tr("The folder does not exist: %1.").arg(qt_error_string(error)), m_rootPath);
    }
    if (!S_ISDIR(st.st_mode))
        return makeError(Error::Code::NotABundle, tr("This is not a folder."), m_rootPath);
    const int fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        return makeError(error == EACCES ? Error::Code::PermissionDenied : Error::Code::Io,
            tr("Cannot open the folder: %1").arg(qt_error_string(error)), m_rootPath);
    }
    mtime = qint64(st.st_mtim.tv_sec);
    device = st.st_dev;
    inode = st.st_ino;
    return fd;
}

Result<ScanResult> FolderSource::scan(const CancellationToken& token, const ProgressCallback& progress)
{
    QElapsedTimer timer;
    timer.start();
    qint64 mtime = 0;
    dev_t device = 0;
    ino_t inode = 0;
    const Result<int> rootFd = openRoot(mtime, device, inode);
    if (!rootFd)
        return rootFd.error();

    BundleTreeBuilder builder(m_rootPath, BundleTree::SourceKind::Folder, mtime);
    FolderWalker walker(builder, *rootFd, device, inode);
    walker.setFaultHook(m_faultHook);
    const bool completed = walker.run(m_threadCount, token, progress);
    const qint64 walkMs = timer.elapsed();
    ::close(*rootFd);
    if (!completed)
        return makeError(Error::Code::Cancelled, tr("The scan was cancelled."), m_rootPath);

    // Package attribution reads *.dist-info/RECORD and friends; the walker noted where they are.
    const QByteArray rootBytes = QFile::encodeName(m_rootPath);
    LauncherExpander::Members launcherMembers = LauncherExpander::expand(builder, rootBytes, token);
    const QHash<NodeId, std::string>& metadata = walker.metadataFiles();
    auto readFile = [&rootBytes, &metadata](NodeId id, qint64 maxBytes) {
        const auto it = metadata.constFind(id);
        if (it == metadata.constEnd())
            return QByteArray();
        return FolderContentReader::readPath(rootBytes + '/' + QByteArray::fromStdString(*it), maxBytes);
    };
    std::shared_ptr<const BundleTree> tree = builder.finish(readFile);
    qCDebug(lcScan) << "scanned" << m_rootPath << tree->nodeCount() << "nodes: walk" << walkMs << "ms, finish"
                    << timer.elapsed() - walkMs << "ms";
    auto reader = LauncherExpander::wrapReader(
        std::make_shared<const FolderContentReader>(tree, rootBytes), std::move(launcherMembers));
    ScanResult scanned;
    scanned.tree = std::move(tree);
    scanned.reader = std::move(reader);
    return scanned;
}

} // namespace BundleScope
