// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "category.h"
#include "nodetypes.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <vector>

namespace BundleScope {

class BundleTreeBuilder;

// The scanned bundle: an immutable tree of files, folders and symlinks, stored as flat arrays indexed by NodeId with
// every name in one byte arena (~35 bytes per node plus its name, plus 32 per directory). Built by a
// BundleTreeBuilder, then shared read-only across threads as std::shared_ptr<const BundleTree>.
//
// Sizes: size() of a file is its apparent size (st_size, or the uncompressed size inside a container);
// allocatedSize() is st_blocks * 512. For a directory both are totals of the subtree, with every inode counted once
// (further hard links add nothing) and directories' own entries counted in allocatedSize() only, as du does.
class BundleTree {
public:
    enum class SourceKind : std::uint8_t { Folder, OneFileExecutable, Archive, Snapshot };

    // Children of a directory occupy consecutive ids, sorted by name (byte order).
    struct ChildRange {
        NodeId first = 0;
        quint32 count = 0;
        struct Iterator {
            NodeId id;
            NodeId operator*() const { return id; }
            Iterator& operator++()
            {
                ++id;
                return *this;
            }
            bool operator!=(const Iterator& other) const { return id != other.id; }
        };
        Iterator begin() const { return { first }; }
        Iterator end() const { return { first + count }; }
        quint32 size() const { return count; }
    };

    NodeId root() const { return 0; }
    quint32 nodeCount() const { return quint32(m_parent.size()); }
    bool isValid(NodeId id) const { return id < nodeCount(); }

    NodeKind kind(NodeId id) const { return NodeKind(m_kind[id]); }
    bool isDirectory(NodeId id) const { return kind(id) == NodeKind::Directory; }
    NodeId parent(NodeId id) const { return m_parent[id]; }
    ChildRange children(NodeId id) const;
    quint32 childCount(NodeId id) const { return children(id).count; }
    // Ancestors from the root's child down to id, excluding the root.
    std::vector<NodeId> ancestry(NodeId id) const;
    int depth(NodeId id) const;

    // The name exactly as the file system or container has it (not necessarily UTF-8).
    QByteArrayView nameBytes(NodeId id) const
    {
        return QByteArrayView(m_names.constData() + m_nameOffset[id], m_nameLength[id]);
    }
    QString name(NodeId id) const; // decoded like QFile::decodeName; the root's name is the bundle folder's
    QString path(NodeId id) const; // relative to the root, '/'-separated; "" for the root
    QByteArray pathBytes(NodeId id) const;
    QString absolutePath(NodeId id) const; // on disk for folder sources; "<container>/<path>" for virtual ones
    NodeId findPath(QStringView relativePath) const; // InvalidNode when absent

    quint64 size(NodeId id) const { return isDirectory(id) ? m_dirs[m_aux[id]].totalSize : m_size[id]; }
    quint64 allocatedSize(NodeId id) const;
    // The node's own blocks (st_blocks * 512): for a directory its entry, not its subtree (what snapshots save).
    quint64 ownAllocatedSize(NodeId id) const { return quint64(m_blocks[id]) * 512; }
    // Bytes inside the container (compressed size in an archive or a one-file PKG); size() elsewhere.
    quint64 storedSize(NodeId id) const;
    // The size on disk of a file the view shows as a folder (a launcher opened in place, the one-file executable at
    // the root of its tree): size() of such a node is its members' total. 0 for every other node.
    quint64 containerFileSize(NodeId id) const { return m_containerFileSizes.value(id, 0); }
    // Regular files (not symlinks) in the subtree; 1 for a file.
    quint32 fileCount(NodeId id) const;
    quint32 dirCount(NodeId id) const; // directories below id, not counting id itself
    qint64 modificationTime(NodeId id) const { return qint64(m_mtime[id]); } // seconds since the epoch, 0 when unknown
    quint8 flags(NodeId id) const { return m_flags[id]; }
    bool hasFlag(NodeId id, NodeFlag flag) const { return (m_flags[id] & flag) != 0; }

    Category category(NodeId id) const { return Category(m_category[id]); }
    PackageId package(NodeId id) const { return m_package[id]; }
    QString packageName(PackageId package) const { return m_packageNames.value(package); }
    const QStringList& packageNames() const { return m_packageNames; }
    PackageId packageId(const QString& name) const; // OtherPackage when unknown
    // The packages whose extension modules (or the Python runtime) need this native library when there are several,
    // sorted by id; empty when at most one does. package() is then the one among them that owns the library (its
    // folder or name family) or, when none does, a "shared: a, b" package (DependencyAttribution). The bytes are never
    // split: PackageSizes tells what each package would take with it.
    std::vector<PackageId> packageUsers(NodeId id) const { return m_packageUsers.value(id); }
    bool hasPackageUsers() const { return !m_packageUsers.isEmpty(); }

    QString symlinkTarget(NodeId id) const; // empty for non-symlinks
    QString error(NodeId id) const; // why a node could not be read completely; empty when fine
    const QHash<NodeId, QString>& errors() const { return m_errors; }

    // Facts about the container that are not nodes, e.g. "pyinstaller.python_version" = 311,
    // "pyinstaller.bootloader_bytes", "pyinstaller.pkg_bytes", "pyinstaller.pyz_bytes", "pyinstaller.options".
    const QVariantMap& metadata() const { return m_metadata; }

    QString rootPath() const { return m_rootPath; } // what the user opened
    SourceKind sourceKind() const { return m_sourceKind; }
    // The folder that holds the bundle's contents: "_internal" for PyInstaller >= 6 one-folder bundles, else root.
    NodeId contentsRoot() const { return m_contentsRoot; }

    // Totals of the whole tree.
    quint64 totalSize() const { return size(root()); }
    quint32 totalFiles() const { return fileCount(root()); }
    quint32 totalDirectories() const { return dirCount(root()); }
    quint32 totalSymlinks() const { return m_symlinkCount; }

    // Heap bytes held by the tree (arrays, arena, side tables): what the memory benchmark reports.
    std::size_t memoryUsage() const;

private:
    // The one writer: nodes, side tables and annotations (categories, packages, contents folder) all go through
    // BundleTreeBuilder, which the scanner, the virtual readers, the annotator, dependency attribution and the
    // snapshot reader share. A tree handed out by BundleTreeBuilder::finish() is never written again.
    friend class BundleTreeBuilder;

    struct DirInfo {
        NodeId firstChild = 0;
        quint32 childCount = 0;
        quint64 totalSize = 0;
        quint64 totalAllocated = 0;
        quint32 fileCount = 0;
        quint32 dirCount = 0;
    };

    // Structure of arrays: one entry per node in each.
    std::vector<NodeId> m_parent;
    std::vector<quint32> m_nameOffset;
    std::vector<quint32> m_aux; // directories: index into m_dirs
    std::vector<quint64> m_size;
    std::vector<quint32> m_blocks; // 512-byte blocks, saturating at 2 TiB per file
    std::vector<quint32> m_mtime;
    std::vector<quint16> m_nameLength;
    std::vector<PackageId> m_package;
    std::vector<std::uint8_t> m_kind;
    std::vector<std::uint8_t> m_category;
    std::vector<std::uint8_t> m_flags;
    std::vector<DirInfo> m_dirs;
    QByteArray m_names;

    // Sparse side tables.
    QHash<NodeId, QByteArray> m_symlinkTargets;
    QHash<NodeId, QString> m_errors;
    QHash<NodeId, quint64> m_storedSizes; // only nodes whose stored size differs from size()
    QHash<NodeId, quint64> m_containerFileSizes; // see containerFileSize(); one entry per container
    QStringList m_packageNames { QStringLiteral("(other)") };
    QHash<QString, PackageId> m_packageIds;
    QHash<NodeId, std::vector<PackageId>> m_packageUsers;

    QVariantMap m_metadata;
    QString m_rootPath;
    QString m_rootName;
    SourceKind m_sourceKind = SourceKind::Folder;
    NodeId m_contentsRoot = 0;
    quint32 m_symlinkCount = 0;
};

using BundleTreePtr = std::shared_ptr<const BundleTree>;

} // namespace BundleScope
