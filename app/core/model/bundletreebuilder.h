// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundletree.h"

#include <QByteArrayView>

#include <memory>
#include <mutex>
#include <span>
#include <vector>

namespace BundleScope {

// The one way to write a BundleTree. Sources (folder walker, archive and one-file readers, the snapshot reader)
// collect nodes with addChildren() and the node set*() calls, which are thread-safe: scanner workers call them
// concurrently, one call per directory. annotate() then aggregates totals and runs BundleAnnotator; the annotation
// calls below (categories, packages, contents folder) come after it, on one thread and unlocked (they run once per
// node on the scanning thread). finish() hands the tree out, read-only from then on. A finished tree is annotated
// further (DependencyAttribution) through a builder made from a copy of it.
class BundleTreeBuilder {
public:
    // One directory entry as a source sees it; name points into the caller's buffer and is copied.
    struct Entry {
        QByteArrayView name;
        NodeKind kind = NodeKind::File;
        quint64 size = 0; // apparent size (uncompressed inside containers)
        quint64 allocated = 0; // bytes on disk (st_blocks * 512); for containers, the stored size is fine
        qint64 mtime = 0;
        quint8 flags = NoFlags;
        Category category = Category::None; // set by the source through FileClassifier, None for dirs/symlinks
    };

    BundleTreeBuilder(QString rootPath, BundleTree::SourceKind kind, qint64 rootMtime = 0);
    // Continues on a copy of a finished tree: only the annotation calls make sense, finish() does not aggregate again.
    explicit BundleTreeBuilder(const BundleTree& finished);
    Q_DISABLE_COPY_MOVE(BundleTreeBuilder)

    NodeId root() const { return 0; }
    // Appends the children of `parent` (a directory with no children yet) as one consecutive block, in the order
    // given; sources sort by name first. Returns the id of the first child.
    NodeId addChildren(NodeId parent, std::span<const Entry> entries);
    // Renumbers the nodes breadth-first (the root, its children, then each directory's children in the order the
    // directories got their ids), keeping every block of children in its order. A parallel source (the folder
    // walker) appends blocks in whatever order its threads finish folders; afterwards ids, and everything that
    // breaks ties by id (the chain `why` shows, the first module naming a library), are the same on every scan.
    // Returns the new id of each old one. Before annotate(), while no worker is adding nodes; ids the caller kept
    // must be mapped through the result.
    std::vector<NodeId> renumberBreadthFirst();
    void setSymlinkTarget(NodeId id, QByteArray target);
    void setError(NodeId id, QString message);
    void setStoredSize(NodeId id, quint64 storedSize);
    void addFlags(NodeId id, quint8 flags);
    void setMetadata(const QString& key, const QVariant& value);
    // The node's own blocks (a source that learns them after addChildren, e.g. the root of a snapshot). Before
    // annotate().
    void setOwnAllocatedSize(NodeId id, quint64 bytes);
    // Turns a file with an inner tree (a launcher carrying a PyInstaller archive) into a directory flagged
    // Expandable whose children the caller then adds with addChildren(); its own blocks stay counted once and its
    // size on disk stays known (BundleTree::containerFileSize).
    void convertToContainer(NodeId id);
    // Records the size on disk of a file shown as a folder that was not converted by convertToContainer (the root of
    // a one-file executable's tree).
    void setContainerFileSize(NodeId id, quint64 size);
    // Read access to the nodes added so far (names, kinds, flags; directory totals are not computed yet).
    // Only while no worker is adding nodes.
    const BundleTree& treeInProgress() const { return *m_tree; }
    quint32 nodeCount() const;

    // Aggregates directory totals, finds the contents folder, applies path-based categories (tests/ folders …)
    // and package attribution. `readFile` returns up to maxBytes of a file's content (used for *.dist-info/RECORD);
    // it may be empty, then RECORD files are not consulted.
    using FileReader = std::function<QByteArray(NodeId id, qint64 maxBytes)>;
    void annotate(const FileReader& readFile = {});
    // annotate() first when it has not run; then the tree, read-only from now on.
    std::shared_ptr<BundleTree> finish(const FileReader& readFile = {});

    // Annotations: after annotate(), on one thread.
    void setCategory(NodeId id, Category category) { m_tree->m_category[id] = std::uint8_t(category); }
    void setPackage(NodeId id, PackageId package) { m_tree->m_package[id] = package; }
    PackageId addPackage(const QString& name); // returns the existing id when known
    // Replaces the package table (ids are indices into `names`, the first is "(other)"); node packages stay as set.
    void setPackageTable(const QStringList& names);
    void setPackageUsers(NodeId id, std::vector<PackageId> users)
    {
        m_tree->m_packageUsers.insert(id, std::move(users));
    }
    void setContentsRoot(NodeId id) { m_tree->m_contentsRoot = id; }
    void setRootPath(const QString& path) { m_tree->m_rootPath = path; }
    void setRootName(const QString& name) { m_tree->m_rootName = name; }

private:
    NodeId appendNode(NodeId parent, const Entry& entry);
    void aggregate();

    mutable std::mutex m_mutex;
    std::unique_ptr<BundleTree> m_tree;
    bool m_annotated = false;
};

} // namespace BundleScope
