// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencyexplanation.h"

namespace BundleScope {

std::vector<NodeId> DependencyExplanation::chain(const BundleTree& tree, const DependencyGraph& graph, NodeId id)
{
    const PackageId package = tree.package(id);
    return graph.neededBy(id, [&](NodeId root) { return tree.package(root) == package; });
}

QString DependencyExplanation::neededBy(const BundleTree& tree, const DependencyGraph& graph, NodeId id)
{
    switch (graph.rootKind(id)) {
    case DependencyGraph::RootKind::ExtensionModule:
        return tr("nothing: it is a root, an extension module that Python imports");
    case DependencyGraph::RootKind::Runtime:
        return tr("nothing: it is a root, the launcher or the Python runtime");
    case DependencyGraph::RootKind::PythonCode:
        if (graph.isRunFromPython(id))
            return tr("nothing links it: it is a program that Python code runs (module %1)")
                .arg(graph.pythonModule(id));
        return tr("nothing links it: it is loaded from Python code (module %1)").arg(graph.pythonModule(id));
    case DependencyGraph::RootKind::FrameworkPlugin:
        return tr("nothing links it: it is a plugin that Qt loads at run time from its plugin folder (%1)")
            .arg(tree.name(tree.parent(id)));
    case DependencyGraph::RootKind::Program:
        if (!graph.isReachable(id))
            return tr("nothing: it is a program, which the app does not load (a package may run it as a process); "
                      "programs keep no library alive");
        return {};
    case DependencyGraph::RootKind::None:
        break;
    }
    if (graph.isReachable(id))
        return {};
    if (graph.isPacked(id))
        return tr("unknown: it is UPX-packed, so its imports cannot be read (packed libraries crash when loaded on "
                  "Linux)");
    const std::vector<NodeId> programs = graph.programsNeeding(id);
    if (!programs.empty()) {
        QStringList paths;
        for (NodeId program : programs)
            paths.append(tree.path(program));
        return tr("nothing the app loads; only %n program(s) in the bundle need it: %1. Programs are not loaded by "
                  "the app and keep no library alive, but removing it breaks them.",
            nullptr, int(programs.size()))
            .arg(paths.join(QLatin1String(", ")));
    }
    return tr("nothing in the bundle (unreferenced; it may still be loaded with dlopen())");
}

QString DependencyExplanation::opaqueNote(const DependencyGraph& graph)
{
    QStringList notes;
    if (graph.packedCount() > 0)
        notes.append(
            tr("%n binary file(s) in the bundle are UPX-packed: their imports cannot be read, so no library is "
               "called unreferenced.",
                nullptr, graph.packedCount()));
    if (const int unread = int(graph.readFailures().size()); unread > 0)
        notes.append(tr("%n file(s) of the bundle could not be read as scanned: what they need is unknown, so no "
                        "library is called unreferenced.",
            nullptr, unread));
    return notes.join(u' ');
}

} // namespace BundleScope
