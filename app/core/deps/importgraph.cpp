// SPDX-License-Identifier: GPL-3.0-or-later
#include "importgraph.h"

#include <algorithm>
#include <deque>

namespace BundleScope {

ImportGraph::ModuleId ImportGraph::addModule(const QString& name)
{
    if (const ModuleId found = find(name); found != NoModule)
        return found;
    const ModuleId id = ModuleId(m_modules.size());
    m_modules.push_back(Module { name, {}, {}, false });
    m_byName.insert(name, id);
    return id;
}

void ImportGraph::addFile(ModuleId module, NodeId file)
{
    m_modules[module].files.push_back(file);
    m_byFile.insert(file, module);
}

void ImportGraph::addImport(ModuleId from, ModuleId to, bool lazy)
{
    if (from == to)
        return;
    for (Edge& edge : m_modules[from].imports) {
        if (edge.target == to) {
            edge.lazy = edge.lazy && lazy; // one static import of it is enough to make it static
            return;
        }
    }
    m_modules[from].imports.push_back({ to, lazy });
}

std::vector<ImportGraph::ModuleId> ImportGraph::walk(bool lazy) const
{
    // Breadth-first from every entry at once: the parent links give the shortest chains.
    std::vector<ModuleId> parent(m_modules.size(), NoModule);
    std::deque<ModuleId> queue;
    for (ModuleId id = 0; id < m_modules.size(); ++id) {
        if (m_modules[id].isEntry) {
            parent[id] = id;
            queue.push_back(id);
        }
    }
    while (!queue.empty()) {
        const ModuleId current = queue.front();
        queue.pop_front();
        for (const Edge& edge : m_modules[current].imports) {
            if ((lazy || !edge.lazy) && parent[edge.target] == NoModule) {
                parent[edge.target] = current;
                queue.push_back(edge.target);
            }
        }
    }
    return parent;
}

void ImportGraph::finish()
{
    for (Module& module : m_modules) {
        std::sort(module.imports.begin(), module.imports.end(),
            [this](const Edge& a, const Edge& b) { return m_modules[a.target].name < m_modules[b.target].name; });
    }
    m_staticParent = walk(false);
    m_anyParent = walk(true);
    m_importers.assign(m_modules.size(), {});
    for (ModuleId id = 0; id < m_modules.size(); ++id) {
        for (const Edge& edge : m_modules[id].imports)
            m_importers[edge.target].push_back(id);
    }
    for (auto& list : m_importers) {
        std::sort(
            list.begin(), list.end(), [this](ModuleId a, ModuleId b) { return m_modules[a].name < m_modules[b].name; });
    }
    m_usable = m_pythonVersion != 0 && hasEntries() && appScriptsImport();
}

bool ImportGraph::appScriptsImport()
{
    // PyInstaller collected every package because something imports it. When the app's own entry scripts (not the
    // bootstrap "pyiboot*" nor the run-time hooks "pyi_rth_*") import nothing we can read, their code is not plain
    // bytecode (obfuscated, or generated like the demo's): judging reachability from them would call every package
    // unused.
    bool hasAppScript = false;
    for (const Module& module : m_modules) {
        if (!module.isEntry || module.name.startsWith(QLatin1String("pyiboot"))
            || module.name.startsWith(QLatin1String("pyi_rth_")))
            continue;
        hasAppScript = true;
        if (!module.imports.empty())
            return true;
    }
    if (hasAppScript)
        addNote(tr("The app's entry script imports nothing that can be read (obfuscated or generated code?): which "
                   "packages it reaches is not judged."));
    return false;
}

std::vector<ImportGraph::ModuleId> ImportGraph::entries() const
{
    std::vector<ModuleId> result;
    for (ModuleId id = 0; id < m_modules.size(); ++id) {
        if (m_modules[id].isEntry)
            result.push_back(id);
    }
    return result;
}

bool ImportGraph::hasEntries() const
{
    return std::any_of(m_modules.cbegin(), m_modules.cend(), [](const Module& module) { return module.isEntry; });
}

std::vector<ImportGraph::ModuleId> ImportGraph::chainTo(ModuleId id, bool lazy) const
{
    const std::vector<ModuleId>& parent = lazy ? m_anyParent : m_staticParent;
    std::vector<ModuleId> chain;
    if (id >= parent.size() || parent[id] == NoModule)
        return chain;
    for (ModuleId current = id;; current = parent[current]) {
        chain.push_back(current);
        if (parent[current] == current)
            break;
    }
    std::reverse(chain.begin(), chain.end());
    return chain;
}

bool ImportGraph::isLazyEdge(ModuleId from, ModuleId to) const
{
    for (const Edge& edge : m_modules[from].imports) {
        if (edge.target == to)
            return edge.lazy;
    }
    return false;
}

std::vector<ImportGraph::ModuleId> ImportGraph::packageModules(const QString& name) const
{
    std::vector<ModuleId> result;
    const QString prefix = name + u'.';
    for (ModuleId id = 0; id < m_modules.size(); ++id) {
        const Module& module = m_modules[id];
        if (!module.files.empty() && !module.isEntry && (module.name == name || module.name.startsWith(prefix)))
            result.push_back(id);
    }
    return result;
}

QStringList ImportGraph::topLevelPackages() const
{
    QStringList names;
    for (const Module& module : m_modules) {
        if (!module.files.empty() && !module.isEntry)
            names.append(topLevel(module.name));
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

} // namespace BundleScope
