// SPDX-License-Identifier: GPL-3.0-or-later
#include "virtualtreebuilder.h"

#include "model/fileclassifier.h"

#include <deque>

namespace BundleScope {

int VirtualTreeBuilder::childOf(int parent, const QByteArray& name)
{
    const auto it = m_nodes[std::size_t(parent)].children.find(name);
    if (it != m_nodes[std::size_t(parent)].children.end())
        return it->second;
    const int index = int(m_nodes.size());
    m_nodes.push_back({});
    m_nodes[std::size_t(parent)].children.emplace(name, index);
    return index;
}

void VirtualTreeBuilder::add(Member member)
{
    bool unsafe = member.path.startsWith('/');
    const QList<QByteArray> parts = member.path.split('/');
    int node = 0;
    QList<QByteArray> kept;
    for (const QByteArray& part : parts) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..")
            unsafe = true; // kept as a visible ".." folder: shown as it is, never resolved
        kept.append(part);
    }
    if (kept.isEmpty())
        return; // the container's root itself
    for (qsizetype i = 0; i + 1 < kept.size(); ++i)
        node = childOf(node, kept[i]);
    node = childOf(node, kept.last());
    if (unsafe)
        member.flags |= UnsafeName;
    TrieNode& leaf = m_nodes[std::size_t(node)];
    if (leaf.member >= 0 && m_members[std::size_t(leaf.member)].kind == NodeKind::Directory
        && member.kind != NodeKind::Directory)
        return; // a file entry cannot replace a folder that already has children
    if (leaf.member >= 0 && member.kind == NodeKind::Directory)
        return; // repeated folder entry
    leaf.member = int(m_members.size());
    m_members.push_back(std::move(member));
}

std::vector<std::pair<NodeId, qint64>> VirtualTreeBuilder::emitInto(BundleTreeBuilder& builder, NodeId parent) const
{
    std::vector<std::pair<NodeId, qint64>> located;
    // Breadth first: a folder's children become one consecutive block of ids.
    std::deque<std::pair<int, NodeId>> queue { { 0, parent } };
    std::vector<BundleTreeBuilder::Entry> entries;
    std::vector<int> childNodes;
    while (!queue.empty()) {
        const auto [trieIndex, parentId] = queue.front();
        queue.pop_front();
        entries.clear();
        childNodes.clear();
        for (const auto& [name, childIndex] : m_nodes[std::size_t(trieIndex)].children) {
            entries.push_back(entryFor(name, m_nodes[std::size_t(childIndex)]));
            childNodes.push_back(childIndex);
        }
        if (entries.empty())
            continue;
        const NodeId first = builder.addChildren(parentId, entries);
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const NodeId id = first + NodeId(i);
            const TrieNode& child = m_nodes[std::size_t(childNodes[i])];
            if (child.member >= 0) {
                const Member& member = m_members[std::size_t(child.member)];
                if (entries[i].kind != NodeKind::Directory)
                    builder.setStoredSize(id, member.storedSize);
                if (!member.symlinkTarget.isEmpty())
                    builder.setSymlinkTarget(id, member.symlinkTarget);
                if (!member.error.isEmpty())
                    builder.setError(id, member.error);
                if (member.locator != NoLocator)
                    located.emplace_back(id, member.locator);
            }
            if (entries[i].kind == NodeKind::Directory)
                queue.emplace_back(childNodes[i], id);
        }
    }
    return located;
}

BundleTreeBuilder::Entry VirtualTreeBuilder::entryFor(const QByteArray& name, const TrieNode& node) const
{
    const Member* member = node.member >= 0 ? &m_members[std::size_t(node.member)] : nullptr;
    BundleTreeBuilder::Entry entry;
    entry.name = name;
    entry.kind = !node.children.empty() ? NodeKind::Directory : (member ? member->kind : NodeKind::Directory);
    if (!member)
        return entry;
    entry.mtime = member->mtime;
    entry.flags = member->flags;
    if (entry.kind == NodeKind::Directory)
        return entry;
    entry.size = member->size;
    entry.allocated = member->storedSize;
    if (entry.kind == NodeKind::File) {
        const bool executable = member->flags & ExecutableBit;
        entry.category = FileClassifier::classify(name, executable, [] { return quint32(0); });
    }
    return entry;
}

VirtualTreeBuilder::Built VirtualTreeBuilder::build(const QString& rootPath, BundleTree::SourceKind kind,
    qint64 rootMtime, const std::function<QByteArray(qint64, qint64)>& readMember) const
{
    BundleTreeBuilder builder(rootPath, kind, rootMtime);
    for (auto it = m_metadata.constBegin(); it != m_metadata.constEnd(); ++it)
        builder.setMetadata(it.key(), it.value());
    if (m_rootFileSize) {
        builder.setContainerFileSize(builder.root(), *m_rootFileSize);
        if (m_rootExecutable)
            builder.addFlags(builder.root(), ExecutableBit);
    }
    std::vector<qint64> locators(1, NoLocator);
    for (const auto& [id, locator] : emitInto(builder, builder.root())) {
        if (id >= locators.size())
            locators.resize(std::size_t(id) + 1, NoLocator);
        locators[id] = locator;
    }
    locators.resize(builder.nodeCount(), NoLocator);
    BundleTreeBuilder::FileReader reader;
    if (readMember) {
        reader = [&locators, &readMember](NodeId id, qint64 maxBytes) {
            return id < locators.size() && locators[id] != NoLocator ? readMember(locators[id], maxBytes)
                                                                     : QByteArray();
        };
    }
    Built built;
    built.tree = builder.finish(reader);
    built.locators = std::move(locators);
    return built;
}

} // namespace BundleScope
