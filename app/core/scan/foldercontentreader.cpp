// SPDX-License-Identifier: GPL-3.0-or-later
#include "foldercontentreader.h"

#include <QFile>

#include <algorithm>
#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace BundleScope {

FolderContentReader::FolderContentReader(BundleTreePtr tree, QByteArray rootPath)
    : m_tree(std::move(tree))
    , m_rootPath(std::move(rootPath))
{
}

std::unique_ptr<QIODevice> FolderContentReader::open(NodeId id) const
{
    if (!m_tree || !m_tree->isValid(id) || m_tree->kind(id) != NodeKind::File)
        return nullptr;
    return openPath(m_rootPath + '/' + m_tree->pathBytes(id));
}

std::optional<QByteArray> FolderContentReader::readContent(NodeId id, qint64 maxBytes) const
{
    if (!m_tree || !m_tree->isValid(id) || m_tree->kind(id) != NodeKind::File)
        return std::nullopt;
    const QByteArray path = m_rootPath + '/' + m_tree->pathBytes(id);
    // The same checks as openPath() (no symlink, a regular file; O_NONBLOCK so a FIFO put here cannot block the open)
    // in four calls instead of ten: QFile adds fcntl, statx, lseek and an end-of-file read.
    const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return std::nullopt;
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return std::nullopt;
    }
    QByteArray bytes(qsizetype(std::min<qint64>(st.st_size, maxBytes)), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t got = ::read(fd, bytes.data() + done, std::size_t(bytes.size() - done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break; // an error or a file that shrank: keep what was read
        done += got;
    }
    ::close(fd);
    bytes.truncate(done);
    return bytes;
}

QByteArray FolderContentReader::readPath(const QByteArray& path, qint64 maxBytes)
{
    const std::unique_ptr<QIODevice> device = openPath(path);
    return device ? device->read(maxBytes) : QByteArray();
}

std::unique_ptr<QIODevice> FolderContentReader::openPath(const QByteArray& path)
{
    // open(2) on the bytes, then hand the descriptor to QFile: QFile::open(QString) would re-encode the name.
    // O_NOFOLLOW: the tree recorded a regular file here; a symlink now would lead outside the bundle.
    const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return nullptr;
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return nullptr;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    auto file = std::make_unique<QFile>();
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return nullptr;
    }
    return file;
}

} // namespace BundleScope
