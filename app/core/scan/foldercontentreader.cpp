// SPDX-License-Identifier: GPL-3.0-or-later
#include "foldercontentreader.h"

#include "scan/regularfiledevice.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>

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
    return regularFile(openInFolder(id));
}

std::optional<QByteArray> FolderContentReader::readContent(NodeId id, qint64 maxBytes) const
{
    if (!m_tree || !m_tree->isValid(id) || m_tree->kind(id) != NodeKind::File)
        return std::nullopt;
    // Three calls, no fstat(): the scan's size sizes the buffer, and what is no regular file any more reads as nothing
    // (a FIFO put here: O_NONBLOCK, no writer; a folder: EISDIR), which the caller tells from the scan's size. A read
    // that brings all the scan found and comes back short (the buffer holds a byte more) has met the file's end: no
    // second read() returning 0 (/usr's 26,000 Python modules: 26,000 system calls fewer). One that comes back short
    // of the scan's size goes on, as some network and FUSE file systems return less than asked before the end.
    const int fd = openInFolder(id);
    if (fd < 0)
        return std::nullopt;
    const qint64 scanned = qint64(m_tree->size(id));
    QByteArray bytes(qsizetype(std::min<qint64>(scanned + 1, maxBytes)), Qt::Uninitialized);
    qsizetype done = 0;
    for (;;) {
        if (done == bytes.size()) { // a file larger than the scan found: the rest, up to maxBytes
            if (done >= maxBytes)
                break;
            bytes.resize(qsizetype(std::min<qint64>(qint64(done) * 2 + 4096, maxBytes)));
        }
        const ssize_t got = ::read(fd, bytes.data() + done, std::size_t(bytes.size() - done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break; // an error or the end: keep what was read
        done += got;
        if (done < bytes.size() && done >= scanned)
            break; // short after all the scan found: the end
    }
    ::close(fd);
    bytes.truncate(done);
    return bytes;
}

int FolderContentReader::openInFolder(NodeId id) const
{
    constexpr int flags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY;
    const NodeId parent = m_tree->parent(id);
    const QByteArrayView name = m_tree->nameBytes(id);
    char buffer[256]; // NAME_MAX + 1
    if (name.size() >= qsizetype(sizeof buffer))
        return -1;
    std::memcpy(buffer, name.data(), std::size_t(name.size()));
    buffer[name.size()] = '\0';
    Folder* folder = nullptr;
    {
        // Held for the lookup only, never across a system call: with openat() inside it, the two threads of /usr's
        // Python phase waited for each other at every module (a futex call per module).
        std::lock_guard lock(m_foldersMutex);
        const auto it = m_folders.find(std::this_thread::get_id());
        if (it != m_folders.end())
            folder = &it->second;
        else if (m_folders.size() < s_maxFolders)
            folder = &m_folders[std::this_thread::get_id()]; // nodes of an unordered_map never move
    }
    if (!folder) { // a 17th thread: resolve the whole path
        const QByteArray path = m_rootPath + '/' + m_tree->pathBytes(id);
        return ::open(path.constData(), flags);
    }
    // Only this thread uses its entry (a thread that reuses a finished thread's id takes the entry over): no lock.
    if (folder->node != parent || folder->fd < 0) {
        if (folder->fd >= 0)
            ::close(folder->fd);
        const QByteArray path = parent == m_tree->root() ? m_rootPath : m_rootPath + '/' + m_tree->pathBytes(parent);
        folder->fd = ::open(path.constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
        folder->node = parent;
        if (folder->fd < 0)
            return -1;
    }
    return ::openat(folder->fd, buffer, flags);
}

FolderContentReader::~FolderContentReader()
{
    for (const auto& [thread, folder] : m_folders) {
        if (folder.fd >= 0)
            ::close(folder.fd);
    }
}

QByteArray FolderContentReader::readPath(const QByteArray& path, qint64 maxBytes)
{
    const std::unique_ptr<QIODevice> device = openPath(path);
    return device ? device->read(maxBytes) : QByteArray();
}

std::unique_ptr<QIODevice> FolderContentReader::openPath(const QByteArray& path)
{
    // open(2) on the bytes: QFile::open(QString) would re-encode the name.
    // O_NOFOLLOW: the tree recorded a regular file here; a symlink now would lead outside the bundle.
    return regularFile(::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
}

std::unique_ptr<QIODevice> FolderContentReader::regularFile(int fd)
{
    if (fd < 0)
        return nullptr;
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return nullptr;
    }
    // O_NONBLOCK stays: it kept a FIFO put here from blocking the open, and pread() of a regular file ignores it.
    return std::make_unique<RegularFileDevice>(fd, qint64(st.st_size));
}

} // namespace BundleScope
