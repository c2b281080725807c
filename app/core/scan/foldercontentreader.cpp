// SPDX-License-Identifier: GPL-3.0-or-later
#include "foldercontentreader.h"

#include <QFile>

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
