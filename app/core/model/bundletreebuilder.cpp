// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundletreebuilder.h"

#include "bundleannotator.h"

#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>
#include <type_traits>

namespace BundleScope {

namespace {
    quint32 clampToU32(quint64 value)
    {
        return quint32(std::min<quint64>(value, std::numeric_limits<quint32>::max()));
    }
} // namespace

BundleTreeBuilder::BundleTreeBuilder(QString rootPath, BundleTree::SourceKind kind, qint64 rootMtime)
    : m_tree(std::make_unique<BundleTree>())
{
    m_tree->m_rootPath = rootPath;
    m_tree->m_rootName = QFileInfo(rootPath).fileName();
    if (m_tree->m_rootName.isEmpty())
        m_tree->m_rootName = rootPath;
    m_tree->m_sourceKind = kind;
    Entry rootEntry;
    rootEntry.kind = NodeKind::Directory;
    rootEntry.mtime = rootMtime;
    appendNode(InvalidNode, rootEntry);
}

BundleTreeBuilder::BundleTreeBuilder(const BundleTree& finished)
    : m_tree(std::make_unique<BundleTree>(finished))
    , m_annotated(true)
{
}

NodeId BundleTreeBuilder::appendNode(NodeId parent, const Entry& entry)
{
    BundleTree& t = *m_tree;
    const NodeId id = NodeId(t.m_parent.size());
    t.m_parent.push_back(parent);
    t.m_nameOffset.push_back(quint32(t.m_names.size()));
    const auto length = std::min<qsizetype>(entry.name.size(), std::numeric_limits<quint16>::max());
    t.m_names.append(entry.name.data(), length);
    t.m_nameLength.push_back(quint16(length));
    if (entry.kind == NodeKind::Directory) {
        t.m_aux.push_back(quint32(t.m_dirs.size()));
        t.m_dirs.push_back({});
    } else {
        t.m_aux.push_back(0);
    }
    t.m_size.push_back(entry.kind == NodeKind::Directory ? 0 : entry.size);
    t.m_blocks.push_back(clampToU32((entry.allocated + 511) / 512));
    t.m_mtime.push_back(quint32(std::clamp<qint64>(entry.mtime, 0, std::numeric_limits<quint32>::max())));
    t.m_package.push_back(OtherPackage);
    t.m_kind.push_back(std::uint8_t(entry.kind));
    t.m_category.push_back(std::uint8_t(entry.kind == NodeKind::File ? entry.category : Category::None));
    t.m_flags.push_back(entry.flags);
    if (entry.kind == NodeKind::Symlink)
        ++t.m_symlinkCount;
    return id;
}

NodeId BundleTreeBuilder::addChildren(NodeId parent, std::span<const Entry> entries)
{
    std::lock_guard lock(m_mutex);
    BundleTree& t = *m_tree;
    Q_ASSERT(parent < t.m_parent.size() && t.m_kind[parent] == std::uint8_t(NodeKind::Directory));
    const NodeId first = NodeId(t.m_parent.size());
    BundleTree::DirInfo& dir = t.m_dirs[t.m_aux[parent]];
    Q_ASSERT(dir.childCount == 0);
    dir.firstChild = first;
    dir.childCount = quint32(entries.size());
    for (const Entry& entry : entries)
        appendNode(parent, entry);
    return first;
}

namespace {
    // A block of children: `count` consecutive old ids from `oldFirst`, which keep their order.
    struct Block {
        NodeId oldFirst;
        quint32 count;
    };

    // `values` in the new order: block after block, each copied whole (a folder's children were appended together,
    // so this is a few thousand range copies, not a gather per node), through `scratch` and back, so no array is
    // allocated (and page-faulted) anew.
    template <typename T>
    void permute(std::vector<T>& values, const std::vector<Block>& blocks, std::vector<quint64>& scratch)
    {
        static_assert(sizeof(T) <= sizeof(quint64) && std::is_trivially_copyable_v<T>);
        auto* out = reinterpret_cast<unsigned char*>(scratch.data());
        for (const Block& block : blocks) {
            std::memcpy(out, values.data() + block.oldFirst, block.count * sizeof(T));
            out += block.count * sizeof(T);
        }
        std::memcpy(values.data(), scratch.data(), values.size() * sizeof(T));
    }

    template <typename T> void rekey(QHash<NodeId, T>& table, const std::vector<NodeId>& newId)
    {
        QHash<NodeId, T> rekeyed;
        rekeyed.reserve(table.size());
        for (auto it = table.cbegin(); it != table.cend(); ++it)
            rekeyed.insert(newId[it.key()], it.value());
        table = std::move(rekeyed);
    }
} // namespace

std::vector<NodeId> BundleTreeBuilder::renumberBreadthFirst()
{
    std::lock_guard lock(m_mutex);
    Q_ASSERT(!m_annotated);
    BundleTree& t = *m_tree;
    const std::size_t count = t.m_parent.size();
    std::vector<NodeId> newId(count, InvalidNode);
    // Breadth-first over the directories: a directory's new id is known when its block is placed, before its own
    // children are; the new parent of a whole block is that id.
    std::vector<Block> blocks { { root(), 1 } };
    std::vector<NodeId> parents { InvalidNode }; // the new parent of each block
    newId[root()] = root();
    NodeId next = 1;
    bool unchanged = true;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        for (quint32 c = 0; c < blocks[b].count; ++c) {
            const NodeId old = blocks[b].oldFirst + c;
            if (NodeKind(t.m_kind[old]) != NodeKind::Directory)
                continue;
            const BundleTree::DirInfo& dir = t.m_dirs[t.m_aux[old]];
            if (dir.childCount == 0)
                continue;
            unchanged = unchanged && dir.firstChild == next;
            for (quint32 k = 0; k < dir.childCount; ++k)
                newId[dir.firstChild + k] = next + k;
            next += dir.childCount;
            blocks.push_back({ dir.firstChild, dir.childCount });
            parents.push_back(newId[old]);
        }
    }
    Q_ASSERT(next == count); // every node but the root is some directory's child
    if (unchanged || next != count) {
        std::iota(newId.begin(), newId.end(), NodeId(0));
        return newId;
    }
    NodeId* parent = t.m_parent.data();
    for (std::size_t b = 0; b < blocks.size(); ++b)
        parent = std::fill_n(parent, blocks[b].count, parents[b]);
    std::vector<quint64> scratch(count);
    permute(t.m_nameOffset, blocks, scratch);
    permute(t.m_aux, blocks, scratch);
    permute(t.m_size, blocks, scratch);
    permute(t.m_blocks, blocks, scratch);
    permute(t.m_mtime, blocks, scratch);
    permute(t.m_nameLength, blocks, scratch);
    permute(t.m_package, blocks, scratch);
    permute(t.m_kind, blocks, scratch);
    permute(t.m_category, blocks, scratch);
    permute(t.m_flags, blocks, scratch);
    for (BundleTree::DirInfo& dir : t.m_dirs) {
        if (dir.childCount > 0)
            dir.firstChild = newId[dir.firstChild]; // a block stays consecutive: its first child leads it
    }
    rekey(t.m_symlinkTargets, newId);
    rekey(t.m_errors, newId);
    rekey(t.m_storedSizes, newId);
    rekey(t.m_containerFileSizes, newId);
    rekey(t.m_packageUsers, newId);
    t.m_contentsRoot = newId[t.m_contentsRoot];
    return newId;
}

void BundleTreeBuilder::setSymlinkTarget(NodeId id, QByteArray target)
{
    std::lock_guard lock(m_mutex);
    m_tree->m_symlinkTargets.insert(id, std::move(target));
}

void BundleTreeBuilder::setError(NodeId id, QString message)
{
    std::lock_guard lock(m_mutex);
    m_tree->m_errors.insert(id, std::move(message));
    m_tree->m_flags[id] |= HasError;
}

void BundleTreeBuilder::setStoredSize(NodeId id, quint64 storedSize)
{
    std::lock_guard lock(m_mutex);
    if (storedSize != m_tree->m_size[id]) {
        m_tree->m_storedSizes.insert(id, storedSize);
        m_tree->m_flags[id] |= Compressed;
    }
}

void BundleTreeBuilder::addFlags(NodeId id, quint8 flags)
{
    std::lock_guard lock(m_mutex);
    m_tree->m_flags[id] |= flags;
}

void BundleTreeBuilder::setMetadata(const QString& key, const QVariant& value)
{
    std::lock_guard lock(m_mutex);
    m_tree->m_metadata.insert(key, value);
}

void BundleTreeBuilder::setOwnAllocatedSize(NodeId id, quint64 bytes)
{
    std::lock_guard lock(m_mutex);
    Q_ASSERT(!m_annotated);
    m_tree->m_blocks[id] = clampToU32((bytes + 511) / 512);
}

PackageId BundleTreeBuilder::addPackage(const QString& name)
{
    BundleTree& t = *m_tree;
    if (name.isEmpty() || name == t.m_packageNames.first())
        return OtherPackage;
    const auto it = t.m_packageIds.constFind(name);
    if (it != t.m_packageIds.constEnd())
        return *it;
    if (t.m_packageNames.size() >= 0xffff)
        return OtherPackage; // table full: the remaining bytes stay "(other)" rather than wrapping ids
    const PackageId id = PackageId(t.m_packageNames.size());
    t.m_packageNames.append(name);
    t.m_packageIds.insert(name, id);
    return id;
}

void BundleTreeBuilder::setPackageTable(const QStringList& names)
{
    BundleTree& t = *m_tree;
    t.m_packageNames = names;
    t.m_packageIds.clear();
    for (qsizetype i = 0; i < names.size(); ++i)
        t.m_packageIds.insert(names.at(i), PackageId(i));
}

void BundleTreeBuilder::convertToContainer(NodeId id)
{
    std::lock_guard lock(m_mutex);
    BundleTree& t = *m_tree;
    Q_ASSERT(t.m_kind[id] == std::uint8_t(NodeKind::File));
    t.m_kind[id] = std::uint8_t(NodeKind::Directory);
    t.m_flags[id] |= Expandable;
    t.m_aux[id] = quint32(t.m_dirs.size());
    t.m_dirs.push_back({});
    t.m_containerFileSizes.insert(id, t.m_size[id]);
    t.m_size[id] = 0;
}

void BundleTreeBuilder::setContainerFileSize(NodeId id, quint64 size)
{
    std::lock_guard lock(m_mutex);
    m_tree->m_containerFileSizes.insert(id, size);
}

quint32 BundleTreeBuilder::nodeCount() const
{
    std::lock_guard lock(m_mutex);
    return m_tree->nodeCount();
}

void BundleTreeBuilder::aggregate()
{
    BundleTree& t = *m_tree;
    // Children always have larger ids than their parent, so one pass from the back sums every subtree.
    for (NodeId id = t.nodeCount(); id-- > 1;) {
        const NodeId parent = t.m_parent[id];
        BundleTree::DirInfo& p = t.m_dirs[t.m_aux[parent]];
        const bool counted = !(t.m_flags[id] & HardLinkDuplicate);
        switch (NodeKind(t.m_kind[id])) {
        case NodeKind::Directory: {
            const BundleTree::DirInfo& d = t.m_dirs[t.m_aux[id]];
            p.totalSize += d.totalSize;
            p.totalAllocated += d.totalAllocated + quint64(t.m_blocks[id]) * 512;
            if (t.m_flags[id] & Expandable) {
                p.fileCount += 1; // on disk a container is one file; its members are not files of the bundle
            } else {
                p.fileCount += d.fileCount;
                p.dirCount += d.dirCount + 1;
            }
            break;
        }
        case NodeKind::File:
            p.fileCount += 1;
            [[fallthrough]];
        case NodeKind::Symlink:
        case NodeKind::Other:
            if (counted) {
                p.totalSize += t.m_size[id];
                p.totalAllocated += quint64(t.m_blocks[id]) * 512;
            }
            break;
        }
    }
    BundleTree::DirInfo& rootDir = t.m_dirs[t.m_aux[0]];
    rootDir.totalAllocated += quint64(t.m_blocks[0]) * 512;
}

void BundleTreeBuilder::annotate(const FileReader& readFile)
{
    Q_ASSERT(!m_annotated);
    {
        std::lock_guard lock(m_mutex);
        aggregate();
    }
    m_annotated = true;
    BundleAnnotator::annotate(*this, readFile);
}

std::shared_ptr<BundleTree> BundleTreeBuilder::finish(const FileReader& readFile)
{
    if (!m_annotated)
        annotate(readFile);
    std::lock_guard lock(m_mutex);
    BundleTree& t = *m_tree;
    t.m_parent.shrink_to_fit();
    t.m_nameOffset.shrink_to_fit();
    t.m_aux.shrink_to_fit();
    t.m_size.shrink_to_fit();
    t.m_blocks.shrink_to_fit();
    t.m_mtime.shrink_to_fit();
    t.m_nameLength.shrink_to_fit();
    t.m_package.shrink_to_fit();
    t.m_kind.shrink_to_fit();
    t.m_category.shrink_to_fit();
    t.m_flags.shrink_to_fit();
    t.m_dirs.shrink_to_fit();
    t.m_names.squeeze();
    return std::shared_ptr<BundleTree>(m_tree.release());
}

} // namespace BundleScope
