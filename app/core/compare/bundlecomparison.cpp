// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlecomparison.h"

#include "model/layoutdetector.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace BundleScope {

namespace {
    struct FileInfo {
        quint64 bytes = 0;
        Category category = Category::Other;
        QString package;
        QString bundlePath; // relative to the bundle folder, past an archive's wrapper folders
    };

    bool countsAsFile(const BundleTree& tree, NodeId id)
    {
        return tree.kind(id) == NodeKind::File && !tree.hasFlag(id, HardLinkDuplicate);
    }

    QHash<QString, FileInfo> collectFiles(const BundleTree& tree)
    {
        QHash<QString, FileInfo> files;
        files.reserve(qsizetype(tree.totalFiles()));
        // "Moved" means moved inside the bundle (top level vs _internal/), not the archive's wrapper folder "app/".
        const NodeId bundleRoot = LayoutDetector::detect(tree).bundleRoot;
        const QString wrapper = bundleRoot == tree.root() ? QString() : tree.path(bundleRoot) + u'/';
        for (NodeId id = 1; id < tree.nodeCount(); ++id) {
            if (!countsAsFile(tree, id))
                continue;
            QString path = tree.path(id);
            if (!wrapper.isEmpty() && path.startsWith(wrapper))
                path.remove(0, wrapper.size());
            files.insert(BundleComparison::normalizedPath(tree, id),
                { tree.size(id), tree.category(id), tree.packageName(tree.package(id)), path });
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

BundleComparison BundleComparison::compare(const BundleTree& before, const BundleTree& after)
{
    BundleComparison result;
    result.before = { before.rootPath(), before.name(before.root()), before.totalSize(), before.totalFiles() };
    result.after = { after.rootPath(), after.name(after.root()), after.totalSize(), after.totalFiles() };
    const QHash<QString, FileInfo> a = collectFiles(before);
    const QHash<QString, FileInfo> b = collectFiles(after);
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const auto other = b.constFind(it.key());
        const bool present = other != b.cend();
        Entry entry { it.key(), it->bytes, present ? other->bytes : 0, Change::Unchanged,
            present ? other->category : it->category, present ? other->package : it->package };
        entry.change = classify(entry.before, entry.after, true, present);
        if (present && other->bundlePath != it->bundlePath)
            ++result.movedFiles;
        result.files.push_back(std::move(entry));
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key()))
            result.files.push_back({ it.key(), 0, it->bytes, Change::Added, it->category, it->package });
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
    case Change::Unchanged:
        break;
    }
    return tr("unchanged");
}

} // namespace BundleScope
