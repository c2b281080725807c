// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencyattribution.h"

#include "model/packageattributor.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace BundleScope {

namespace {

    const QLatin1String s_sharedPrefix("shared: ");

    // The path gave `id` to `package` because the package holds it: a folder of its own (torch/lib/, numpy.libs/) or
    // a RECORD listing. Not because a rule guessed from a name at the top of the contents folder (the best-effort
    // libgfortran -> numpy); name families are checked separately (PackageAttributor::isFamilyLibrary).
    bool heldByPath(const BundleTree& tree, NodeId id, PackageId package)
    {
        if (tree.parent(id) != tree.contentsRoot())
            return true;
        const PackageAttributor::Match rule = PackageAttributor::matchTopLevel(tree.name(id), false);
        return rule.package != tree.packageName(package);
    }

    QStringList names(const BundleTree& tree, const std::vector<PackageId>& packages)
    {
        QStringList result;
        for (PackageId package : packages)
            result.append(tree.packageName(package));
        result.sort();
        return result;
    }

} // namespace

QString DependencyAttribution::sharedPackageName(const QStringList& packages)
{
    return s_sharedPrefix + packages.join(QLatin1String(", "));
}

bool DependencyAttribution::isSharedPackageName(const QString& name)
{
    return name.startsWith(s_sharedPrefix);
}

QStringList DependencyAttribution::sharedPackageNames(const QString& name)
{
    if (!isSharedPackageName(name))
        return {};
    return name.mid(s_sharedPrefix.size()).split(QLatin1String(", "), Qt::SkipEmptyParts);
}

PackageId DependencyAttribution::owner(
    const BundleTree& tree, NodeId id, const std::vector<PackageId>& users, PackageId pathPackage)
{
    auto isUser = [&users](PackageId package) { return std::binary_search(users.begin(), users.end(), package); };
    const PackageId runtime = tree.packageId(PackageAttributor::runtimePackage());
    if (runtime != OtherPackage && isUser(runtime))
        return runtime;
    if (pathPackage != OtherPackage && isUser(pathPackage) && heldByPath(tree, id, pathPackage))
        return pathPackage;
    // Name families: the longest matching name wins ("torch-tensorrt" before "torch").
    const QString fileName = tree.name(id);
    PackageId best = OtherPackage;
    for (PackageId package : users) {
        const QString name = tree.packageName(package);
        if (PackageAttributor::isFamilyLibrary(fileName, name)
            && (best == OtherPackage || name.size() > tree.packageName(best).size()))
            best = package;
    }
    return best;
}

void DependencyAttribution::attributeShared(
    BundleTreeBuilder& builder, NodeId id, const std::vector<PackageId>& users, PackageId pathPackage)
{
    const BundleTree& tree = builder.treeInProgress();
    builder.setPackageUsers(id, users);
    const PackageId owned = owner(tree, id, users, pathPackage);
    builder.setPackage(id, owned != OtherPackage ? owned : builder.addPackage(sharedPackageName(names(tree, users))));
}

namespace {

    // For libraries that several packages reach and none owns: the packages that reach each one other than through
    // a library another package already holds. Breadth-first from every package's roots and held libraries at once,
    // never entering a node another package holds: libdnnl, needed by functorch only through torch's libtorch_cpu,
    // is torch's alone here. Every open library gets at least one package (the last held node on any path to it).
    QHash<NodeId, std::vector<PackageId>> nearestPackages(
        const DependencyGraph& graph, const QHash<NodeId, PackageId>& held)
    {
        QMap<PackageId, std::vector<NodeId>> sources;
        for (auto it = held.cbegin(); it != held.cend(); ++it)
            sources[it.value()].push_back(it.key());
        QHash<NodeId, std::vector<PackageId>> result;
        for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
            QSet<NodeId> seen(it.value().cbegin(), it.value().cend());
            std::vector<NodeId> queue = it.value();
            for (std::size_t q = 0; q < queue.size(); ++q) {
                for (const DependencyGraph::Edge& edge : graph.needs(queue[q])) {
                    if (seen.contains(edge.node))
                        continue;
                    seen.insert(edge.node);
                    const auto holder = held.constFind(edge.node);
                    if (holder != held.cend() && holder.value() != it.key())
                        continue; // another package's library: what lies beyond is reached through it
                    if (holder == held.cend())
                        result[edge.node].push_back(it.key()); // keys ascend: lists stay sorted
                    queue.push_back(edge.node);
                }
            }
        }
        return result;
    }

} // namespace

void DependencyAttribution::apply(BundleTreeBuilder& builder, const DependencyGraph& graph)
{
    const BundleTree& tree = builder.treeInProgress();
    // Roots grouped by the package they speak for.
    QMap<PackageId, std::vector<NodeId>> rootsByPackage;
    for (NodeId root : graph.roots()) {
        PackageId package = tree.package(root);
        if (graph.rootKind(root) == DependencyGraph::RootKind::Runtime) {
            package = builder.addPackage(PackageAttributor::runtimePackage());
            builder.setPackage(root, package);
        }
        rootsByPackage[package].push_back(root);
    }
    QHash<NodeId, std::vector<PackageId>> reaching;
    QHash<NodeId, PackageId> held; // roots and the libraries whose package is settled
    for (auto it = rootsByPackage.cbegin(); it != rootsByPackage.cend(); ++it) {
        for (NodeId root : it.value())
            held.insert(root, it.key());
        for (NodeId id : graph.reachableFrom(it.value())) {
            if (!graph.isRoot(id))
                reaching[id].push_back(it.key()); // keys ascend: every list stays sorted and unique
        }
    }
    std::vector<NodeId> open; // several packages reach it and none owns it
    for (NodeId id : graph.nodes()) {
        if (graph.isRoot(id))
            continue;
        const std::vector<PackageId> packages = reaching.value(id);
        if (packages.empty()) {
            if (tree.package(id) == OtherPackage)
                builder.setPackage(id, builder.addPackage(unreferencedPackage()));
            continue;
        }
        PackageId package = packages.front();
        if (packages.size() > 1) {
            builder.setPackageUsers(id, packages); // every package that needs it, also through others' libraries
            package = owner(tree, id, packages, tree.package(id));
        }
        if (package == OtherPackage) {
            open.push_back(id);
        } else {
            builder.setPackage(id, package);
            held.insert(id, package);
        }
    }
    if (open.empty())
        return;
    const QHash<NodeId, std::vector<PackageId>> nearest = nearestPackages(graph, held);
    for (NodeId id : open) {
        const std::vector<PackageId> packages = nearest.value(id, reaching.value(id));
        const PackageId owned = packages.size() == 1 ? packages.front() : owner(tree, id, packages, tree.package(id));
        builder.setPackage(
            id, owned != OtherPackage ? owned : builder.addPackage(sharedPackageName(names(tree, packages))));
    }
}

} // namespace BundleScope
