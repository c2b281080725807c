// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "export/archiveformat.h"
#include "model/bundletree.h"
#include "scan/diskentries.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <vector>

namespace BundleScope {

// What to leave out of an archive: nodes (and everything below them) and relative paths ("a/b.so").
struct ArchiveExclusions {
    QSet<NodeId> nodes;
    QStringList paths;
    bool isEmpty() const { return nodes.isEmpty() && paths.isEmpty(); }
};

struct ArchivePlanOptions {
    ArchiveFormat format = ArchiveFormat::TarGz;
    int level = 6; // 0-9 for gzip and zip deflate; ignored by xz (preset 6) and zstd (KArchive's default)
    QString topLevelName; // the one folder every entry lives under; empty: the bundle folder's name
    // Seconds since the epoch stamped on every entry. < 0: $SOURCE_DATE_EPOCH when set, else the newest mtime in the
    // tree (deterministic for a given tree), else 1980-01-01 (the zip epoch).
    qint64 mtime = -1;
    // Compression threads for tar.gz (pigz-style blocks) and tar.xz (liblzma's multithreaded encoder); <= 0: one per
    // core. The archive's bytes do not depend on it.
    int threads = 0;
};

// One entry in archive order. Paths are bytes as written (UTF-8 on Linux), always under the top-level folder.
struct ArchiveEntry {
    NodeId node = InvalidNode;
    NodeKind kind = NodeKind::File;
    QByteArray path; // "top/dir/file"; directories without a trailing slash
    quint64 size = 0; // file data bytes; 0 for directories and symlinks
    quint32 mode = 0100644; // full st_mode: type bits and permissions
    QString symlinkTarget;
};

// Which entries an archive holds, in which order, with which metadata: the files on disk (DiskEntries, never the
// viewing tree's virtual members: a launcher is one file, a one-file executable is the whole archive), sorted
// depth-first by name bytes (the tree's own order), directories 0755, files 0644 or 0755 when executable, owner
// root:root, one fixed mtime. Symlinks are kept as symlinks when they point inside the bundle and skipped with a
// warning otherwise; special files are skipped. An exclusion naming a virtual member (a PYZ module inside a
// launcher) cannot be applied by leaving a file out: it is skipped with a warning and the launcher is archived
// whole. Built on any thread from an immutable tree; a value, copied freely.
class ArchivePlan {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ArchivePlan)
public:
    static Result<ArchivePlan> build(
        const DiskEntries& disk, const ArchiveExclusions& exclusions, const ArchivePlanOptions& options);

    const std::vector<ArchiveEntry>& entries() const { return m_entries; }
    const ArchivePlanOptions& options() const { return m_options; }
    ArchiveFormat format() const { return m_options.format; }
    qint64 mtime() const { return m_mtime; }
    QByteArray topLevelName() const { return m_topLevel; }
    const QStringList& warnings() const { return m_warnings; }
    quint64 totalFileBytes() const { return m_totalFileBytes; }
    quint64 fileCount() const { return m_fileCount; }
    quint64 excludedBytes() const { return m_excludedBytes; }

    // Whether an in-bundle symlink at `linkPath` (relative, '/'-separated) pointing at `target` stays inside.
    static bool symlinkStaysInside(const QString& linkPath, const QString& target);

private:
    void addSubtree(const DiskEntries& disk, NodeId id, const QByteArray& prefix, const QSet<NodeId>& excluded);
    QSet<NodeId> resolveExclusions(const DiskEntries& disk, const ArchiveExclusions& exclusions);

    ArchivePlanOptions m_options;
    std::vector<ArchiveEntry> m_entries;
    QStringList m_warnings;
    QByteArray m_topLevel;
    qint64 m_mtime = 0;
    quint64 m_totalFileBytes = 0;
    quint64 m_fileCount = 0;
    quint64 m_excludedBytes = 0;
};

} // namespace BundleScope
