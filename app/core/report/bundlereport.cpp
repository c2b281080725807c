// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlereport.h"

#include "deps/dependencyexplanation.h"
#include "deps/dependencygraph.h"
#include "model/packagesizes.h"

#include <algorithm>
#include <array>
#include <queue>

namespace BundleScope {

namespace {

    // Bytes and entry counts per category over every non-directory node (hard links once).
    std::array<BundleReport::CategoryEntry, CategoryCount> addUpCategories(const BundleTree& tree)
    {
        std::array<BundleReport::CategoryEntry, CategoryCount> categories {};
        for (NodeId id = 0; id < tree.nodeCount(); ++id) {
            if (tree.isDirectory(id))
                continue;
            const Category category = tree.kind(id) == NodeKind::File ? tree.category(id) : Category::None;
            BundleReport::CategoryEntry& c = categories[std::size_t(category)];
            c.bytes += tree.hasFlag(id, HardLinkDuplicate) ? 0 : tree.size(id);
            c.files += 1;
        }
        return categories;
    }

    std::vector<BundleReport::PackageEntry> packageEntries(const BundleTree& tree)
    {
        std::vector<BundleReport::PackageEntry> entries;
        const std::vector<PackageSizes::Entry> sizes = PackageSizes::compute(tree);
        for (std::size_t i = 0; i < sizes.size(); ++i) {
            const PackageSizes::Entry& size = sizes[i];
            if (size.files == 0)
                continue;
            QStringList sharedWith;
            for (PackageId other : size.sharedWith)
                sharedWith.append(tree.packageName(other));
            sharedWith.sort();
            entries.push_back({ tree.packageName(PackageId(i)), size.bytes, size.files, size.exclusiveBytes,
                size.bytes - size.exclusiveBytes, sharedWith });
        }
        return entries;
    }

    // The `top` largest regular files with a bounded heap: O(n log top), paths built only to break ties, so the result
    // does not depend on the order a parallel scanner gave ids in.
    std::vector<NodeId> largestFiles(const BundleTree& tree, int top)
    {
        auto better = [&tree](NodeId a, NodeId b) {
            if (tree.size(a) != tree.size(b))
                return tree.size(a) > tree.size(b);
            return tree.pathBytes(a) < tree.pathBytes(b);
        };
        std::priority_queue<NodeId, std::vector<NodeId>, decltype(better)> heap(better); // top(): the worst kept
        for (NodeId id = 1; id < tree.nodeCount() && top > 0; ++id) {
            if (tree.kind(id) != NodeKind::File || tree.hasFlag(id, HardLinkDuplicate))
                continue;
            if (heap.size() == std::size_t(top) && tree.size(id) < tree.size(heap.top()))
                continue;
            heap.push(id);
            if (heap.size() > std::size_t(top))
                heap.pop();
        }
        std::vector<NodeId> result;
        for (; !heap.empty(); heap.pop())
            result.push_back(heap.top());
        return result;
    }

    BundleReport::PyInstallerInfo pyInstallerInfo(const BundleTree& tree)
    {
        const QVariantMap& meta = tree.metadata();
        BundleReport::PyInstallerInfo info;
        info.pythonVersion = meta.value(QStringLiteral("pyinstaller.python_version")).toInt();
        if (!info.isPresent())
            return {};
        info.pythonLibrary = meta.value(QStringLiteral("pyinstaller.python_library")).toString();
        info.bootloaderBytes = meta.value(QStringLiteral("pyinstaller.bootloader_bytes")).toULongLong();
        info.pkgBytes = meta.value(QStringLiteral("pyinstaller.pkg_bytes")).toULongLong();
        info.pyzBytes = meta.value(QStringLiteral("pyinstaller.pyz_bytes")).toULongLong();
        info.oneFile = tree.sourceKind() == BundleTree::SourceKind::OneFileExecutable;
        return info;
    }

    template <typename Entry> void sortByBytesThenName(std::vector<Entry>& entries, auto nameOf)
    {
        std::sort(entries.begin(), entries.end(), [&nameOf](const Entry& a, const Entry& b) {
            if (a.bytes != b.bytes)
                return a.bytes > b.bytes;
            return nameOf(a) < nameOf(b);
        });
    }

} // namespace

BundleReport BundleReport::fromTree(const BundleTree& tree, int top)
{
    return fromTree(tree, top, nullptr);
}

BundleReport BundleReport::fromTree(const BundleTree& tree, int top, const DependencyGraph* dependencies)
{
    BundleReport report;
    report.top = std::max(top, 0);
    report.root = tree.rootPath();
    report.rootName = tree.name(tree.root());
    report.layout = LayoutDetector::detect(tree).layout;
    report.source = sourceId(tree.sourceKind());
    report.contentsPath = tree.path(tree.contentsRoot());
    report.totals = { tree.totalSize(), tree.allocatedSize(tree.root()), tree.totalFiles(), tree.totalDirectories(),
        tree.totalSymlinks(), quint32(tree.errors().size()) };
    report.pyinstaller = pyInstallerInfo(tree);

    const std::array<CategoryEntry, CategoryCount> categories = addUpCategories(tree);
    for (int i = 0; i < CategoryCount; ++i) {
        if (categories[std::size_t(i)].files > 0)
            report.categories.push_back(
                { Category(i), categories[std::size_t(i)].bytes, categories[std::size_t(i)].files });
    }
    sortByBytesThenName(report.categories, [](const CategoryEntry& e) { return CategoryInfo::id(e.category); });
    report.packages = packageEntries(tree);
    sortByBytesThenName(report.packages, [](const PackageEntry& e) { return e.name; });

    for (NodeId id : largestFiles(tree, report.top)) {
        QStringList chain;
        for (NodeId link : dependencies ? DependencyExplanation::chain(tree, *dependencies, id) : std::vector<NodeId>())
            chain.append(tree.path(link));
        report.largest.push_back(
            { tree.path(id), tree.size(id), tree.category(id), tree.packageName(tree.package(id)), chain });
    }
    sortByBytesThenName(report.largest, [](const FileEntry& e) { return e.path; });

    for (auto it = tree.errors().cbegin(); it != tree.errors().cend(); ++it)
        report.errors.push_back({ tree.path(it.key()), it.value() });
    std::sort(report.errors.begin(), report.errors.end(),
        [](const ErrorEntry& a, const ErrorEntry& b) { return a.path < b.path; });
    return report;
}

void BundleReport::addErrors(const std::vector<Error>& more)
{
    for (const Error& error : more)
        errors.push_back({ error.path, error.message });
    std::stable_sort(
        errors.begin(), errors.end(), [](const ErrorEntry& a, const ErrorEntry& b) { return a.path < b.path; });
    totals.errors = quint32(errors.size());
}

QString BundleReport::PyInstallerInfo::pythonVersionText() const
{
    return QStringLiteral("%1.%2").arg(pythonVersion / 100).arg(pythonVersion % 100);
}

QString BundleReport::categoryLabel(Category category)
{
    if (category == Category::None)
        return tr("Symlinks and special files");
    return CategoryInfo::displayName(category);
}

QString BundleReport::sourceId(BundleTree::SourceKind kind)
{
    switch (kind) {
    case BundleTree::SourceKind::Folder:
        return QStringLiteral("folder");
    case BundleTree::SourceKind::OneFileExecutable:
        return QStringLiteral("onefile");
    case BundleTree::SourceKind::Archive:
        return QStringLiteral("archive");
    case BundleTree::SourceKind::Snapshot:
        return QStringLiteral("snapshot");
    }
    return {};
}

} // namespace BundleScope
