// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiveplan.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace BundleScope {

namespace {
    constexpr qint64 s_zipEpoch = 315532800; // 1980-01-01T00:00:00Z, the earliest MS-DOS date zip can store

    qint64 resolveMtime(const BundleTree& tree, qint64 requested)
    {
        if (requested >= 0)
            return requested;
        bool ok = false;
        const qint64 fromEnv = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
        if (ok && fromEnv >= 0)
            return fromEnv;
        qint64 newest = 0;
        for (NodeId id = 0; id < tree.nodeCount(); ++id)
            newest = std::max(newest, tree.modificationTime(id));
        return newest > 0 ? newest : s_zipEpoch;
    }
} // namespace

Result<ArchivePlan> ArchivePlan::build(
    const BundleTree& tree, const ArchiveExclusions& exclusions, const ArchivePlanOptions& options)
{
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
    plan.m_mtime = resolveMtime(tree, options.mtime);
    if (options.format == ArchiveFormat::Zip)
        plan.m_mtime = std::max(plan.m_mtime, s_zipEpoch);
    // Paths become node ids once, so the walk tests a set instead of building every node's path.
    ArchiveExclusions resolved { exclusions.nodes, {} };
    for (const QString& path : exclusions.paths) {
        const NodeId node = tree.findPath(path);
        if (node == InvalidNode)
            plan.m_warnings.append(tr("Nothing to leave out at %1: no such path in the bundle.").arg(path));
        else
            resolved.nodes.insert(node);
    }
    plan.m_entries.reserve(tree.nodeCount());
    plan.addSubtree(tree, tree.root(), plan.m_topLevel, resolved);
    return plan;
}

bool ArchivePlan::isExcluded(const BundleTree&, NodeId id, const ArchiveExclusions& exclusions) const
{
    return exclusions.nodes.contains(id);
}

void ArchivePlan::addSubtree(
    const BundleTree& tree, NodeId id, const QByteArray& path, const ArchiveExclusions& exclusions)
{
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
        if (node != tree.root() && isExcluded(tree, node, exclusions)) {
            m_excludedBytes += tree.size(node);
            continue;
        }
        ArchiveEntry entry;
        entry.node = node;
        entry.kind = tree.kind(node);
        entry.path = item.path;
        switch (entry.kind) {
        case NodeKind::Directory: {
            entry.mode = 040755;
            m_entries.push_back(entry);
            const auto children = tree.children(node);
            // Reverse push so the children pop in name order.
            for (NodeId child = children.first + children.count; child > children.first; --child)
                stack.push_back({ child - 1, item.path + '/' + tree.nameBytes(child - 1).toByteArray() });
            break;
        }
        case NodeKind::File:
            entry.size = tree.size(node);
            entry.mode = tree.hasFlag(node, ExecutableBit) ? 0100755 : 0100644;
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
