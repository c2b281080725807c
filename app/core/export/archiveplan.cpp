// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiveplan.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace BundleScope {

namespace {
    constexpr qint64 s_zipEpoch = 315532800; // 1980-01-01T00:00:00Z, the earliest MS-DOS date zip can store

    // The newest mtime of the entries archived: virtual members' times are not the files'.
    qint64 resolveMtime(const BundleTree& tree, const std::vector<ArchiveEntry>& entries, qint64 requested)
    {
        if (requested >= 0)
            return requested;
        bool ok = false;
        const qint64 fromEnv = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
        if (ok && fromEnv >= 0)
            return fromEnv;
        qint64 newest = 0;
        for (const ArchiveEntry& entry : entries)
            newest = std::max(newest, tree.modificationTime(entry.node));
        return newest > 0 ? newest : s_zipEpoch;
    }
} // namespace

Result<ArchivePlan> ArchivePlan::build(
    const DiskEntries& disk, const ArchiveExclusions& exclusions, const ArchivePlanOptions& options)
{
    const BundleTree& tree = disk.tree();
    if (tree.nodeCount() == 0)
        return makeError(Error::Code::InvalidArgument, tr("The bundle is empty."));
    if (options.level < 0 || options.level > 9)
        return makeError(Error::Code::InvalidArgument, tr("Compression level %1 is outside 0-9.").arg(options.level));
    ArchivePlan plan;
    plan.m_options = options;
    QString top = options.topLevelName.isEmpty() ? tree.name(tree.root()) : options.topLevelName;
    if (top.isEmpty() || top == u"." || top == u".." || top.contains(u'/'))
        return makeError(Error::Code::InvalidArgument, tr("\"%1\" cannot be the archive's top-level folder.").arg(top));
    plan.m_topLevel = QFile::encodeName(top);
    const QSet<NodeId> excluded = plan.resolveExclusions(disk, exclusions);
    plan.m_entries.reserve(tree.nodeCount());
    plan.addSubtree(disk, tree.root(), plan.m_topLevel, excluded);
    plan.m_mtime = resolveMtime(tree, plan.m_entries, options.mtime);
    if (options.format == ArchiveFormat::Zip)
        plan.m_mtime = std::max(plan.m_mtime, s_zipEpoch);
    return plan;
}

QSet<NodeId> ArchivePlan::resolveExclusions(const DiskEntries& disk, const ArchiveExclusions& exclusions)
{
    const BundleTree& tree = disk.tree();
    // Paths become node ids once, so the walk tests a set instead of building every node's path.
    QSet<NodeId> wanted = exclusions.nodes;
    for (const QString& path : exclusions.paths) {
        const NodeId node = tree.findPath(path);
        if (node == InvalidNode)
            m_warnings.append(tr("Nothing to leave out at %1: no such path in the bundle.").arg(path));
        else
            wanted.insert(node);
    }
    // A virtual member is part of a file on disk: leaving it out would mean rewriting that file. Say so, once per
    // file, and archive the file whole.
    QSet<NodeId> real;
    QHash<NodeId, int> skipped; // container -> members that could not be left out
    for (NodeId node : std::as_const(wanted)) {
        if (!tree.isValid(node))
            continue;
        const NodeId holder = disk.realEntry(node);
        if (holder == node)
            real.insert(node);
        else
            ++skipped[holder];
    }
    std::vector<NodeId> holders(skipped.keyBegin(), skipped.keyEnd());
    std::sort(holders.begin(), holders.end());
    for (NodeId holder : holders) {
        const QString name = holder == tree.root() ? tree.name(holder) : tree.path(holder);
        m_warnings.append(tr("Cannot leave out %n item(s) inside %1: it is one file on disk and is archived whole.",
            nullptr, skipped.value(holder))
                              .arg(name));
        qCInfo(lcExport) << "not leaving out" << skipped.value(holder) << "virtual members of" << name;
    }
    return real;
}

void ArchivePlan::addSubtree(const DiskEntries& disk, NodeId id, const QByteArray& path, const QSet<NodeId>& excluded)
{
    const BundleTree& tree = disk.tree();
    // Explicit stack: bundles nest deeply enough (site-packages/…/tests/data/…) to make recursion a risk.
    struct Item {
        NodeId id;
        QByteArray path;
    };
    std::vector<Item> stack { { id, path } };
    while (!stack.empty()) {
        Item item = std::move(stack.back());
        stack.pop_back();
        const NodeId node = item.id;
        if (node != tree.root() && excluded.contains(node)) {
            m_excludedBytes += disk.kind(node) == NodeKind::Directory ? tree.size(node) : disk.size(node);
            continue;
        }
        ArchiveEntry entry;
        entry.node = node;
        entry.kind = disk.kind(node);
        entry.path = item.path;
        switch (entry.kind) {
        case NodeKind::Directory: {
            entry.mode = 040755;
            m_entries.push_back(entry);
            const auto children = disk.children(node);
            // Reverse push so the children pop in name order.
            for (NodeId child = children.first + children.count; child > children.first; --child)
                stack.push_back({ child - 1, item.path + '/' + tree.nameBytes(child - 1).toByteArray() });
            break;
        }
        case NodeKind::File:
            entry.size = disk.size(node);
            entry.mode = disk.isExecutable(node) ? 0100755 : 0100644;
            m_totalFileBytes += entry.size;
            ++m_fileCount;
            m_entries.push_back(entry);
            break;
        case NodeKind::Symlink:
            entry.symlinkTarget = tree.symlinkTarget(node);
            entry.mode = 0120777;
            if (!symlinkStaysInside(tree.path(node), entry.symlinkTarget)) {
                m_warnings.append(tr("Skipped symlink %1: its target %2 is outside the bundle.")
                                      .arg(tree.path(node), entry.symlinkTarget));
                qCWarning(lcExport) << "skipping symlink leaving the bundle" << tree.path(node);
                break;
            }
            m_entries.push_back(entry);
            break;
        case NodeKind::Other:
            m_warnings.append(tr("Skipped %1: not a regular file, folder or symlink.").arg(tree.path(node)));
            break;
        }
    }
}

bool ArchivePlan::symlinkStaysInside(const QString& linkPath, const QString& target)
{
    if (target.isEmpty() || target.startsWith(u'/'))
        return false;
    // Resolve lexically from the link's folder; never touch the file system (links are never followed).
    int depth = int(linkPath.count(u'/')); // folders above the link inside the bundle
    for (QStringView part : QStringView(target).split(u'/', Qt::SkipEmptyParts)) {
        if (part == u".")
            continue;
        if (part == u"..") {
            if (--depth < 0)
                return false;
        } else {
            ++depth;
        }
    }
    return true;
}

} // namespace BundleScope
