// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundletree.h"

#include <QFile>

#include <algorithm>

namespace BundleScope {

BundleTree::ChildRange BundleTree::children(NodeId id) const
{
    if (!isDirectory(id))
        return {};
    const DirInfo& d = m_dirs[m_aux[id]];
    return { d.firstChild, d.childCount };
}

std::vector<NodeId> BundleTree::ancestry(NodeId id) const
{
    std::vector<NodeId> chain;
    for (NodeId n = id; n != root() && n != InvalidNode; n = m_parent[n])
        chain.push_back(n);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

int BundleTree::depth(NodeId id) const
{
    int d = 0;
    for (NodeId n = id; n != root(); n = m_parent[n])
        ++d;
    return d;
}

QString BundleTree::name(NodeId id) const
{
    if (id == root())
        return m_rootName;
    return QFile::decodeName(nameBytes(id).toByteArray());
}

QByteArray BundleTree::pathBytes(NodeId id) const
{
    if (id == root())
        return {};
    const std::vector<NodeId> chain = ancestry(id);
    qsizetype length = 0;
    for (NodeId n : chain)
        length += m_nameLength[n] + 1;
    QByteArray path;
    path.reserve(length);
    for (NodeId n : chain) {
        if (!path.isEmpty())
            path.append('/');
        path.append(nameBytes(n));
    }
    return path;
}

QString BundleTree::path(NodeId id) const
{
    return QFile::decodeName(pathBytes(id));
}

QString BundleTree::absolutePath(NodeId id) const
{
    if (id == root())
        return m_rootPath;
    return m_rootPath + u'/' + path(id);
}

NodeId BundleTree::findPath(QStringView relativePath) const
{
    NodeId current = root();
    for (QStringView part : relativePath.split(u'/', Qt::SkipEmptyParts)) {
        const QByteArray wanted = QFile::encodeName(part.toString());
        const ChildRange range = children(current);
        // Children are sorted by name bytes: binary search.
        NodeId lo = range.first, hi = range.first + range.count;
        while (lo < hi) {
            const NodeId mid = lo + (hi - lo) / 2;
            if (nameBytes(mid) < QByteArrayView(wanted))
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo == range.first + range.count || nameBytes(lo) != QByteArrayView(wanted))
            return InvalidNode;
        current = lo;
    }
    return current;
}

quint64 BundleTree::allocatedSize(NodeId id) const
{
    if (isDirectory(id))
        return m_dirs[m_aux[id]].totalAllocated;
    return quint64(m_blocks[id]) * 512;
}

quint64 BundleTree::storedSize(NodeId id) const
{
    if (isDirectory(id)) {
        if (m_storedSizes.isEmpty())
            return size(id);
        quint64 total = 0;
        for (NodeId child : children(id))
            total += storedSize(child);
        return total;
    }
    return m_storedSizes.value(id, m_size[id]);
}

quint32 BundleTree::fileCount(NodeId id) const
{
    switch (kind(id)) {
    case NodeKind::Directory:
        return m_dirs[m_aux[id]].fileCount;
    case NodeKind::File:
        return 1;
    default:
        return 0;
    }
}

quint32 BundleTree::dirCount(NodeId id) const
{
    return isDirectory(id) ? m_dirs[m_aux[id]].dirCount : 0;
}

PackageId BundleTree::packageId(const QString& name) const
{
    return m_packageIds.value(name, OtherPackage);
}

QString BundleTree::symlinkTarget(NodeId id) const
{
    return QFile::decodeName(m_symlinkTargets.value(id));
}

QString BundleTree::error(NodeId id) const
{
    return m_errors.value(id);
}

std::size_t BundleTree::memoryUsage() const
{
    auto bytes = [](const auto& v) { return v.capacity() * sizeof(typename std::decay_t<decltype(v)>::value_type); };
    std::size_t total = bytes(m_parent) + bytes(m_nameOffset) + bytes(m_aux) + bytes(m_size) + bytes(m_blocks)
        + bytes(m_mtime) + bytes(m_nameLength) + bytes(m_package) + bytes(m_kind) + bytes(m_category) + bytes(m_flags)
        + bytes(m_dirs) + std::size_t(m_names.capacity());
    // Side tables: hash nodes are roughly key + value + two pointers.
    for (const QByteArray& target : m_symlinkTargets)
        total += sizeof(NodeId) + sizeof(QByteArray) + 16 + std::size_t(target.capacity());
    for (const QString& message : m_errors)
        total += sizeof(NodeId) + sizeof(QString) + 16 + std::size_t(message.capacity()) * 2;
    total += std::size_t(m_storedSizes.size()) * (sizeof(NodeId) + sizeof(quint64) + 16);
    total += std::size_t(m_containerFileSizes.size()) * (sizeof(NodeId) + sizeof(quint64) + 16);
    return total;
}

} // namespace BundleScope
