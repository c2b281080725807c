// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderfixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <set>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace BundleScope::ScanFixtures {

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly)
        && file.write(content) == content.size();
}

DiskTotals walkWithStdFilesystem(const QString& root)
{
    DiskTotals totals;
    std::set<std::pair<dev_t, ino_t>> seen;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(root.toStdString(), ec);
         it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        struct stat st;
        if (::lstat(it->path().c_str(), &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            ++totals.directories;
            totals.allocated += quint64(st.st_blocks) * 512;
            continue;
        }
        totals.files += S_ISREG(st.st_mode) ? 1 : 0;
        totals.symlinks += S_ISLNK(st.st_mode) ? 1 : 0;
        if (seen.insert({ st.st_dev, st.st_ino }).second) {
            totals.size += quint64(st.st_size);
            totals.allocated += quint64(st.st_blocks) * 512;
        }
    }
    return totals;
}

Result<ScanResult> scanFolder(const QString& root, FolderWalker::FaultHook hook, int threads)
{
    FolderSource source(root);
    source.setThreadCount(threads);
    source.setFaultHook(std::move(hook));
    return source.scan(CancellationToken(), {});
}

bool makeFile(const QString& path, qint64 size)
{
    return writeFile(path, QByteArray(size, 'x'));
}

NodeId find(const BundleTree& tree, const char* path)
{
    return tree.findPath(QString::fromUtf8(path));
}

// Creates root/d/d/…/d (depth levels) and a file at the bottom, with openat so paths may exceed PATH_MAX. At level
// siblingLevel, an empty "s" next to "d" makes the scanner share "d" with the other worker, which then reopens it
// from the root in chunks.
bool makeDeepChain(const QString& root, int depth, int siblingLevel)
{
    int fd = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY);
    for (int i = 0; i < depth && fd >= 0; ++i) {
        if (i == siblingLevel && ::mkdirat(fd, "s", 0755) != 0) {
            ::close(fd);
            return false;
        }
        if (::mkdirat(fd, "d", 0755) != 0) {
            ::close(fd);
            return false;
        }
        const int next = ::openat(fd, "d", O_RDONLY | O_DIRECTORY);
        ::close(fd);
        fd = next;
    }
    if (fd < 0)
        return false;
    const int file = ::openat(fd, "bottom.txt", O_WRONLY | O_CREAT, 0644);
    const bool ok = file >= 0 && ::write(file, "deep", 4) == 4;
    ::close(file);
    ::close(fd);
    return ok;
}

// Removes the chain again without long paths: each level is renamed to the top before its parent is removed.
void removeDeepChain(const QString& root)
{
    const int rootFd = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY);
    const char* names[2] = { "d", "e" };
    for (int i = 0;; ++i) {
        const char* current = names[i % 2];
        const char* moved = names[(i + 1) % 2];
        const int fd = ::openat(rootFd, current, O_RDONLY | O_DIRECTORY);
        if (fd < 0)
            break;
        ::unlinkat(fd, "bottom.txt", 0);
        ::unlinkat(fd, "s", AT_REMOVEDIR);
        const bool hasChild = ::renameat(fd, "d", rootFd, moved) == 0;
        ::close(fd);
        ::unlinkat(rootFd, current, AT_REMOVEDIR);
        if (!hasChild)
            break;
    }
    ::close(rootFd);
}

// root/dNN/fNNNN: folders x filesPerFolder empty files, made with raw syscalls to stay fast.
bool makeManyFiles(const QString& root, int folders, int filesPerFolder)
{
    const QByteArray base = QFile::encodeName(root);
    for (int d = 0; d < folders; ++d) {
        const QByteArray dir = base + "/d" + QByteArray::number(d);
        if (::mkdir(dir.constData(), 0755) != 0)
            return false;
        const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY);
        for (int f = 0; f < filesPerFolder; ++f) {
            const int fd = ::openat(
                dirFd, QByteArray("f" + QByteArray::number(f) + ".py").constData(), O_WRONLY | O_CREAT, 0644);
            if (fd < 0)
                return false;
            ::close(fd);
        }
        ::close(dirFd);
    }
    return true;
}

// A QTemporaryDir template on tmpfs when there is one: creating 100k files or 5,000 nested folders on a busy ext4
// /tmp takes far longer than scanning them.
QString tmpfsTemplate()
{
    return QFileInfo(QStringLiteral("/dev/shm")).isWritable()
        ? QStringLiteral("/dev/shm/tst_folderscanner-XXXXXX")
        : QDir::temp().filePath(QStringLiteral("tst_folderscanner-XXXXXX"));
}

} // namespace BundleScope::ScanFixtures
