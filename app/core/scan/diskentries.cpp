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

} // namespace BundleScope
