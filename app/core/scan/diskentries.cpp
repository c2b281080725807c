// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskentries.h"

#include "scan/foldercontentreader.h"

#include <QFile>

namespace BundleScope {

DiskEntries::DiskEntries(const BundleTree& tree, const ContentReader& reader)
    : m_tree(tree)
    , m_reader(reader)
{
}

NodeId DiskEntries::realEntry(NodeId id) const
{
    if (m_tree.sourceKind() == BundleTree::SourceKind::OneFileExecutable)
        return m_tree.root();
    // Ancestors have smaller ids; the outermost container wins (a launcher inside an opened archive member).
    NodeId real = id;
    for (NodeId node = id; node != m_tree.root(); node = m_tree.parent(node)) {
        const NodeId parent = m_tree.parent(node);
        if (m_tree.hasFlag(parent, Expandable))
            real = parent;
    }
    return real;
}

bool DiskEntries::isContainer(NodeId id) const
{
    if (m_tree.sourceKind() == BundleTree::SourceKind::OneFileExecutable)
        return id == m_tree.root();
    return id != m_tree.root() && m_tree.hasFlag(id, Expandable) && m_tree.isDirectory(id);
}

NodeKind DiskEntries::kind(NodeId id) const
{
    return isContainer(id) ? NodeKind::File : m_tree.kind(id);
}

quint64 DiskEntries::size(NodeId id) const
{
    if (isContainer(id))
        return m_tree.containerFileSize(id);
    return m_tree.isDirectory(id) ? 0 : m_tree.size(id);
}

BundleTree::ChildRange DiskEntries::children(NodeId id) const
{
    if (isContainer(id) || !m_tree.isDirectory(id))
        return { 0, 0 };
    return m_tree.children(id);
}

std::unique_ptr<QIODevice> DiskEntries::open(NodeId id) const
{
    if (!isContainer(id))
        return isReal(id) ? m_reader.open(id) : nullptr;
    switch (m_tree.sourceKind()) {
    case BundleTree::SourceKind::OneFileExecutable:
        return FolderContentReader::openPath(QFile::encodeName(m_tree.rootPath()));
    case BundleTree::SourceKind::Folder:
        return FolderContentReader::openPath(QFile::encodeName(m_tree.rootPath()) + '/' + m_tree.pathBytes(id));
    case BundleTree::SourceKind::Archive:
    case BundleTree::SourceKind::Snapshot:
        break;
    }
    return m_reader.open(id); // an archive member's own bytes, if its source can read a container as one file
}

Result<void> DiskEntries::readAt(NodeId id, quint64 offset, char* to, quint64 length) const
{
    const QString path = m_tree.path(id);
    const auto ioError = [&path](const QString& message) { return makeError(Error::Code::Io, message, path); };
    const std::unique_ptr<QIODevice> device = open(id);
    if (!device)
        return ioError(tr("The file could not be opened for reading (it vanished, is unreadable or is no longer a "
                          "regular file)."));
    // A file on disk knows its size: any change since the scan shows here, wherever the range lies.
    if (!device->isSequential() && quint64(device->size()) != size(id))
        return ioError(tr("The file has %1 bytes, the scan found %2: it changed since the scan.")
                           .arg(device->size())
                           .arg(size(id)));
    if (!device->seek(qint64(offset)))
        return ioError(tr("Seeking to byte %1 failed: %2").arg(offset).arg(device->errorString()));
    quint64 done = 0;
    while (done < length) {
        const qint64 got = device->read(to + done, qint64(length - done));
        if (got < 0)
            return ioError(tr("Reading failed: %1").arg(device->errorString()));
        if (got == 0)
            return ioError(tr("The file ended at byte %1 although the scan found %2 bytes: it changed since the scan.")
                               .arg(offset + done)
                               .arg(size(id)));
        done += quint64(got);
    }
    if (offset + length >= size(id) && !device->read(1).isEmpty())
        return ioError(
            tr("The file is larger than the %1 bytes the scan found: it changed since the scan.").arg(size(id)));
    return {};
}

} // namespace BundleScope
