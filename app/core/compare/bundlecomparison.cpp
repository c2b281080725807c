// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlecomparison.h"

#include "compare/renamematcher.h"
#include "model/layoutdetector.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace BundleScope {

namespace {
    struct FileInfo {
        NodeId node = InvalidNode;
        quint64 bytes = 0;
        Category category = Category::Other;
        QString package;
        QString name; // the normalized path shown (BundleComparison::normalizedPath)
        QString bundlePath; // relative to the bundle folder, past an archive's wrapper folders
    };

    bool countsAsFile(const BundleTree& tree, NodeId id)
    {
        return tree.kind(id) == NodeKind::File && !tree.hasFlag(id, HardLinkDuplicate);
    }

    // A one-folder launcher is named after the app and its PKG is shown as members below it ("cext/PYZ-00.pyz/…"):
    // two builds of one program under other names ("cext", "cext-strip") must still pair those members up, so the
    // launcher's own name is replaced by a marker that no relative path can hold.
    const QString& launcherMarker()
    {
        static const QString marker = QStringLiteral("//launcher");
        return marker;
    }

    // `path` with the launcher's path (`launcher`, empty when there is none) at its start replaced by the marker.
    QString markLauncher(QString path, const QString& launcher)
    {
        if (!launcher.isEmpty() && (path == launcher || path.startsWith(launcher + u'/')))
            path.replace(0, launcher.size(), launcherMarker());
        return path;
    }

    QHash<QString, FileInfo> collectFiles(const BundleTree& tree)
    {
        QHash<QString, FileInfo> files;
        files.reserve(qsizetype(tree.totalFiles()));
        // "Moved" means moved inside the bundle (top level vs _internal/), not the archive's wrapper folder "app/".
        const LayoutDetector::Info layout = LayoutDetector::detect(tree);
        const NodeId bundleRoot = layout.bundleRoot;
        const QString wrapper = bundleRoot == tree.root() ? QString() : tree.path(bundleRoot) + u'/';
        const auto bundlePath = [&tree, &wrapper](NodeId id) {
            QString path = tree.path(id);
            if (!wrapper.isEmpty() && path.startsWith(wrapper))
                path.remove(0, wrapper.size());
            return path;
        };
        const bool launcher = layout.launcher != InvalidNode && layout.launcher != tree.root();
        const QString launcherName = launcher ? BundleComparison::normalizedPath(tree, layout.launcher) : QString();
        const QString launcherBundlePath = launcher ? bundlePath(layout.launcher) : QString();
        for (NodeId id = 1; id < tree.nodeCount(); ++id) {
            if (!countsAsFile(tree, id))
                continue;
            const QString name = BundleComparison::normalizedPath(tree, id);
            files.insert(markLauncher(name, launcherName),
                { id, tree.size(id), tree.category(id), tree.packageName(tree.package(id)), name,
                    markLauncher(bundlePath(id), launcherBundlePath) });
        }
        return files;
    }

    BundleComparison::Change classify(quint64 before, quint64 after, bool inBefore, bool inAfter)
    {
        using Change = BundleComparison::Change;
        if (!inBefore)
            return Change::Added;
        if (!inAfter)
            return Change::Removed;
        return after > before ? Change::Grown : after < before ? Change::Shrunk : Change::Unchanged;
    }

    void sortByChange(std::vector<BundleComparison::Entry>& entries)
    {
        std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
            const quint64 da = quint64(std::abs(a.delta()));
            const quint64 db = quint64(std::abs(b.delta()));
            if (da != db)
                return da > db;
            // Among equal deltas, changes (a rename changes no byte) before unchanged files.
            const bool ca = a.change != BundleComparison::Change::Unchanged;
            const bool cb = b.change != BundleComparison::Change::Unchanged;
            if (ca != cb)
                return ca;
            if (a.after != b.after)
                return a.after > b.after;
            return a.name < b.name;
        });
    }

    // Sums the files of both sides into buckets keyed by `key(info)`.
    template <typename KeyFn>
    std::vector<BundleComparison::Entry> bucketize(
        const QHash<QString, FileInfo>& before, const QHash<QString, FileInfo>& after, KeyFn key)
    {
        QHash<QString, std::array<quint64, 2>> sums;
        QHash<QString, std::array<bool, 2>> seen;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            sums[key(*it)][0] += it->bytes;
            seen[key(*it)][0] = true;
        }
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            sums[key(*it)][1] += it->bytes;
            seen[key(*it)][1] = true;
        }
        std::vector<BundleComparison::Entry> entries;
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            BundleComparison::Entry entry;
            entry.name = it.key();
            entry.before = (*it)[0];
            entry.after = (*it)[1];
            const auto present = seen.value(it.key());
            entry.change = classify(entry.before, entry.after, present[0], present[1]);
            entries.push_back(std::move(entry));
        }
        sortByChange(entries);
        return entries;
    }
} // namespace

std::optional<double> BundleComparison::Entry::fraction() const
{
    if (before == 0)
        return std::nullopt;
    return double(delta()) / double(before);
}

std::optional<double> BundleComparison::fraction() const
{
    if (before.bytes == 0)
        return std::nullopt;
    return double(delta()) / double(before.bytes);
}

int BundleComparison::count(Change change) const
{
    return int(std::count_if(files.begin(), files.end(), [change](const Entry& e) { return e.change == change; }));
}

QString BundleComparison::normalizedPath(const BundleTree& tree, NodeId id)
{
    const NodeId contents = tree.contentsRoot();
    const QString path = tree.path(id);
    if (contents == tree.root())
        return path;
    const QString prefix = tree.path(contents) + u'/';
    return path.startsWith(prefix) ? path.mid(prefix.size()) : path;
}

BundleComparison BundleComparison::compare(const BundleTree& before, const BundleTree& after,
    const ContentReader* beforeReader, const ContentReader* afterReader)
{
    BundleComparison result;
    result.before = { before.rootPath(), before.name(before.root()), before.totalSize(), before.totalFiles() };
    result.after = { after.rootPath(), after.name(after.root()), after.totalSize(), after.totalFiles() };
    const QHash<QString, FileInfo> a = collectFiles(before);
    const QHash<QString, FileInfo> b = collectFiles(after);
    std::vector<RenameMatcher::File> removed;
    std::vector<RenameMatcher::File> added;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.cend()) {
            removed.push_back({ it.key(), it->node, it->bytes });
            continue;
        }
        Entry entry { other->name, it->bytes, other->bytes, Change::Unchanged, other->category, other->package, {} };
        entry.change = classify(entry.before, entry.after, true, true);
        if (other->bundlePath != it->bundlePath)
            ++result.movedFiles;
        result.files.push_back(std::move(entry));
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key()))
            added.push_back({ it.key(), it->node, it->bytes });
    }
    std::vector<bool> renamedAway(removed.size(), false);
    std::vector<bool> renamedTo(added.size(), false);
    for (const RenameMatcher::Pair& pair : RenameMatcher(beforeReader, afterReader).match(removed, added)) {
        renamedAway[pair.removed] = true;
        renamedTo[pair.added] = true;
        const FileInfo& was = a[removed[pair.removed].path];
        const FileInfo& now = b[added[pair.added].path];
        result.files.push_back(
            { now.name, was.bytes, now.bytes, Change::Renamed, now.category, now.package, was.name });
    }
    for (std::size_t i = 0; i < removed.size(); ++i) {
        if (!renamedAway[i]) {
            const FileInfo& was = a[removed[i].path];
            result.files.push_back({ was.name, was.bytes, 0, Change::Removed, was.category, was.package, {} });
        }
    }
    for (std::size_t i = 0; i < added.size(); ++i) {
        if (!renamedTo[i]) {
            const FileInfo& now = b[added[i].path];
            result.files.push_back({ now.name, 0, now.bytes, Change::Added, now.category, now.package, {} });
        }
    }
    sortByChange(result.files);
    result.packages = bucketize(a, b, [](const FileInfo& f) { return f.package; });
    result.categories = bucketize(a, b, [](const FileInfo& f) { return CategoryInfo::id(f.category); });
    return result;
}

QString BundleComparison::changeId(Change change)
{
    switch (change) {
    case Change::Added:
        return QStringLiteral("added");
    case Change::Removed:
        return QStringLiteral("removed");
    case Change::Grown:
        return QStringLiteral("grown");
    case Change::Shrunk:
        return QStringLiteral("shrunk");
    case Change::Renamed:
        return QStringLiteral("renamed");
    case Change::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

QString BundleComparison::changeLabel(Change change)
{
    switch (change) {
    case Change::Added:
        return tr("added");
    case Change::Removed:
        return tr("removed");
    case Change::Grown:
        return tr("grown");
    case Change::Shrunk:
        return tr("shrunk");
    case Change::Renamed:
        return tr("renamed");
    case Change::Unchanged:
        break;
    }
    return tr("unchanged");
}

} // namespace BundleScope
