// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencyattribution.h"

#include "model/packageattributor.h"

#include <QMap>

#include <algorithm>

namespace BundleScope {

QString DependencyAttribution::sharedPackageName(const QStringList& packages)
{
    return QStringLiteral("shared: %1").arg(packages.join(QLatin1String(", ")));
}

void DependencyAttribution::apply(BundleTree& tree, const DependencyGraph& graph)
{
    // Roots grouped by the package they speak for.
    QMap<PackageId, std::vector<NodeId>> rootsByPackage;
    for (NodeId root : graph.roots()) {
        PackageId package = tree.package(root);
        if (graph.rootKind(root) == DependencyGraph::RootKind::Runtime) {
            package = tree.addPackage(PackageAttributor::runtimePackage());
            tree.setPackage(root, package);
        }
        rootsByPackage[package].push_back(root);
    }
    QHash<NodeId, std::vector<PackageId>> reaching;
    for (auto it = rootsByPackage.cbegin(); it != rootsByPackage.cend(); ++it) {
        for (NodeId id : graph.reachableFrom(it.value())) {
            if (!graph.isRoot(id))
                reaching[id].push_back(it.key()); // keys ascend: every list stays sorted and unique
        }
    }
    for (NodeId id : graph.nodes()) {
        if (graph.isRoot(id))
            continue;
        const std::vector<PackageId> packages = reaching.value(id);
        if (packages.empty()) {
            if (tree.package(id) == OtherPackage)
                tree.setPackage(id, tree.addPackage(unreferencedPackage()));
        } else if (packages.size() == 1) {
            tree.setPackage(id, packages.front());
        } else {
            QStringList names;
            for (PackageId package : packages)
                names.append(tree.packageName(package));
            names.sort();
            tree.setPackage(id, tree.addPackage(sharedPackageName(names)));
            tree.m_packageShares.insert(id, packages);
        }
    }
}

} // namespace BundleScope
