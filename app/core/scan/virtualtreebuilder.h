// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletreebuilder.h"

#include <QByteArray>
#include <QVariantMap>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace BundleScope {

// Turns a flat list of container members ("a/b/c.so", in any order) into a BundleTree: implied folders are created,
// every folder's children are emitted as one sorted block, as BundleTreeBuilder requires. Used by the sources that
// read one-file executables and archives. Each member carries a `locator` (an index into the source's own table)
// that comes back per NodeId so the source's ContentReader can find the member's bytes. Single-threaded.
class VirtualTreeBuilder {
public:
    static constexpr qint64 NoLocator = -1;

    struct Member {
        QByteArray path; // '/'-separated; leading '/' and "./" are dropped (and flagged UnsafeName for '/' and "..")
        NodeKind kind = NodeKind::File;
        quint64 size = 0;
        quint64 storedSize = 0;
        qint64 mtime = 0;
        quint8 flags = NoFlags;
        QByteArray symlinkTarget;
        QString error;
        qint64 locator = NoLocator;
    };

    void add(Member member);
    // Copied into the tree's metadata() by build().
    void setMetadata(const QString& key, const QVariant& value) { m_metadata.insert(key, value); }
    const QVariantMap& metadata() const { return m_metadata; }
    qsizetype memberCount() const { return qsizetype(m_members.size()); }
    // The container is itself one file on disk (a one-file executable): its size and x bit, kept on the root by
    // build() (BundleTree::containerFileSize, ExecutableBit) so operations on the real file know them.
    void setRootFile(quint64 size, bool executable)
    {
        m_rootFileSize = size;
        m_rootExecutable = executable;
    }

    struct Built {
        std::shared_ptr<BundleTree> tree;
        std::vector<qint64> locators; // indexed by NodeId
    };
    // readFile, when given, lets the annotator read RECORD files (see BundleTreeBuilder::finish).
    Built build(const QString& rootPath, BundleTree::SourceKind kind, qint64 rootMtime,
        const std::function<QByteArray(qint64 locator, qint64 maxBytes)>& readMember = {}) const;
    // Adds the members below `parent` (an empty directory) of a tree being built elsewhere; returns the
    // (node, locator) pairs of the members that have a locator.
    std::vector<std::pair<NodeId, qint64>> emitInto(BundleTreeBuilder& builder, NodeId parent) const;

private:
    struct TrieNode {
        std::map<QByteArray, int> children;
        int member = -1; // index into m_members, -1 for an implied folder
    };
    int childOf(int parent, const QByteArray& name);
    BundleTreeBuilder::Entry entryFor(const QByteArray& name, const TrieNode& node) const;

    std::vector<Member> m_members;
    QVariantMap m_metadata;
    std::optional<quint64> m_rootFileSize;
    bool m_rootExecutable = false;
    std::vector<TrieNode> m_nodes { TrieNode {} };
};

} // namespace BundleScope
