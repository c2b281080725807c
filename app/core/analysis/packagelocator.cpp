// SPDX-License-Identifier: GPL-3.0-or-later
#include "packagelocator.h"

#include "model/packageattributor.h"
#include "model/packagesizes.h"

#include <QSet>

#include <algorithm>

namespace BundleScope {

namespace {

    bool isMetadataDir(QStringView name)
    {
        return name.endsWith(u".dist-info") || name.endsWith(u".egg-info");
    }

    // "scikit_learn-1.4.0.dist-info" -> "scikit_learn"
    QStringView distributionOf(QStringView metadataDir)
    {
        const qsizetype dash = metadataDir.indexOf(u'-');
        if (dash > 0)
            return metadataDir.left(dash);
        return metadataDir.left(metadataDir.lastIndexOf(u'.'));
    }

    void addChildrenMatching(const BundleTree& tree, NodeId dir, const QString& module, std::vector<NodeId>& out)
    {
        const QString wanted = PackageLocator::normalizedName(module);
        for (NodeId child : tree.children(dir)) {
            const QString name = tree.name(child);
            bool match = false;
            if (tree.isDirectory(child))
                match = name == module || name == module + QStringLiteral(".libs")
                    || (isMetadataDir(name) && PackageLocator::normalizedName(distributionOf(name)) == wanted);
            else
                match = name.startsWith(module + u'.') && !name.endsWith(u".dist-info");
            if (match)
                PackageLocator::collectFiles(tree, child, out);
        }
    }

} // namespace

QString PackageLocator::contentsPath(const BundleTree& tree, NodeId id)
{
    const NodeId contents = tree.contentsRoot();
    const QString full = tree.path(id);
    if (contents == tree.root())
        return full;
    const QString prefix = tree.path(contents) + u'/';
    return full.startsWith(prefix) ? full.mid(prefix.size()) : full;
}

QString PackageLocator::packageKey(const BundleTree& tree, NodeId id)
{
    const PackageId package = tree.package(id);
    if (package != OtherPackage)
        return tree.packageName(package);
    const QString path = contentsPath(tree, id);
    const qsizetype slash = path.indexOf(u'/');
    if (slash < 0)
        return {};
    const QStringView first = QStringView(path).left(slash);
    return (isMetadataDir(first) ? distributionOf(first) : first).toString();
}

void PackageLocator::collectFiles(const BundleTree& tree, NodeId node, std::vector<NodeId>& out)
{
    switch (tree.kind(node)) {
    case NodeKind::File:
        out.push_back(node);
        break;
    case NodeKind::Directory:
        for (NodeId child : tree.children(node))
            collectFiles(tree, child, out);
        break;
    default:
        break;
    }
}

std::vector<NodeId> PackageLocator::moduleFiles(const BundleTree& tree, const QString& module)
{
    std::vector<NodeId> files;
    const NodeId contents = tree.contentsRoot();
    addChildrenMatching(tree, contents, module, files);
    const NodeId dynload = tree.findPath(QString(tree.path(contents) + QStringLiteral("/lib-dynload")));
    if (dynload != InvalidNode)
        addChildrenMatching(tree, dynload, module, files);
    const PackageId package = tree.packageId(module);
    if (package != OtherPackage) {
        for (NodeId id = 0; id < tree.nodeCount(); ++id) {
            if (tree.kind(id) == NodeKind::File && tree.package(id) == package)
                files.push_back(id);
        }
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return files;
}

std::vector<NodeId> PackageLocator::removableFiles(
    const BundleTree& tree, const std::vector<NodeId>& files, const QStringList& modules, std::vector<NodeId>& kept)
{
    kept.clear();
    if (!tree.hasPackageUsers())
        return files;
    std::vector<PackageId> excluded;
    for (const QString& module : modules) {
        for (const QString& name : { module, PackageAttributor::normalize(module) }) {
            if (const PackageId package = tree.packageId(name); package != OtherPackage)
                excluded.push_back(package);
        }
    }
    std::sort(excluded.begin(), excluded.end());
    excluded.erase(std::unique(excluded.begin(), excluded.end()), excluded.end());
    std::vector<NodeId> result;
    for (NodeId id : files) {
        if (tree.packageUsers(id).empty() || PackageSizes::goesWith(tree, id, excluded))
            result.push_back(id);
        else
            kept.push_back(id);
    }
    for (NodeId id = 0; id < tree.nodeCount(); ++id) { // libraries outside the group's folders that only it needs
        if (tree.kind(id) == NodeKind::File && !tree.packageUsers(id).empty()
            && PackageSizes::goesWith(tree, id, excluded))
            result.push_back(id);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

quint64 PackageLocator::countedBytes(const BundleTree& tree, const std::vector<NodeId>& files)
{
    quint64 total = 0;
    for (NodeId id : files) {
        if (!tree.hasFlag(id, HardLinkDuplicate))
            total += tree.size(id);
    }
    return total;
}

std::vector<Candidate::FileSaving> PackageLocator::removals(const BundleTree& tree, const std::vector<NodeId>& files)
{
    std::vector<Candidate::FileSaving> savings;
    savings.reserve(files.size());
    for (NodeId id : files)
        savings.push_back({ id, tree.hasFlag(id, HardLinkDuplicate) ? 0 : tree.size(id), true });
    return savings;
}

QString PackageLocator::normalizedName(QStringView name)
{
    QString result = name.toString().toLower();
    result.replace(u'-', u'_').replace(u'.', u'_');
    return result;
}

} // namespace BundleScope
