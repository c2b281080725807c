// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "model/nodetypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace BundleScope {

// Which Python module of a bundle imports which, read from bytecode (PYZ members, .pyc files) and sources (.py):
// the app's entry scripts (the PKG's 's' entries) are the roots; a static edge is an import at module or class level,
// which runs when the module is imported; a lazy edge is an import inside a function, which runs only when it is
// called. Imported names that no file in the bundle provides (extension modules, the frozen stdlib) are modules too,
// without files. Built once by ImportGraphBuilder (finish() computes reachability), then immutable and shared across
// threads as shared_ptr<const ImportGraph>.
class ImportGraph {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ImportGraph)

public:
    using ModuleId = quint32;
    static constexpr ModuleId NoModule = ~ModuleId(0);

    struct Edge {
        ModuleId target = NoModule;
        bool lazy = false;
    };
    struct Module {
        QString name; // dotted; an entry script's PKG name
        std::vector<NodeId> files; // PYZ member, .pyc, .py
        std::vector<Edge> imports;
        bool isEntry = false;
    };

    // Building (ImportGraphBuilder).
    ModuleId addModule(const QString& name); // finds or creates
    void addFile(ModuleId module, NodeId file);
    void setEntry(ModuleId module) { m_modules[module].isEntry = true; }
    void addImport(ModuleId from, ModuleId to, bool lazy);
    void addNote(const QString& note) { m_notes.append(note); }
    void addReadFailure(Error failure) { m_readFailures.push_back(std::move(failure)); }
    void setPythonVersion(int version) { m_pythonVersion = version; }
    // Computes reachability and importers; call once when every edge is in.
    void finish();

    // Queries.
    std::size_t moduleCount() const { return m_modules.size(); }
    const Module& module(ModuleId id) const { return m_modules[id]; }
    ModuleId find(const QString& name) const { return m_byName.value(name, NoModule); }
    ModuleId moduleOfFile(NodeId file) const { return m_byFile.value(file, NoModule); }
    std::vector<ModuleId> entries() const;
    bool hasEntries() const;
    // Through static imports from an entry script.
    bool isReachable(ModuleId id) const { return m_staticParent[id] != NoModule; }
    // Through any import, lazy ones included.
    bool isReachableLazily(ModuleId id) const { return m_anyParent[id] != NoModule; }
    // The shortest chain entry script -> … -> id (static imports only, or any when `lazy`); empty when none.
    std::vector<ModuleId> chainTo(ModuleId id, bool lazy) const;
    // Modules that import id directly.
    const std::vector<ModuleId>& importers(ModuleId id) const { return m_importers[id]; }
    bool isLazyEdge(ModuleId from, ModuleId to) const;
    // Modules named `name` or `name.*` that have files in the bundle.
    std::vector<ModuleId> packageModules(const QString& name) const;
    // "torch" for "torch.fx.graph".
    static QString topLevel(const QString& module) { return module.section(u'.', 0, 0); }
    // Top-level names of the modules that have files, sorted.
    QStringList topLevelPackages() const;
    // Version of the bytecode read (311); 0 when there was none.
    int pythonVersion() const { return m_pythonVersion; }
    // What limits the graph: unsupported bytecode versions, unreadable modules. Plain sentences.
    const QStringList& notes() const { return m_notes; }
    // Module files that could not be read as scanned (vanished, changed since the scan, a read error;
    // CheckedReadDevice), in the order read: what they import is unknown, so any package may be imported.
    const std::vector<Error>& readFailures() const { return m_readFailures; }
    // True when the bytecode could be read and entry scripts exist: reachability means something.
    bool isUsable() const { return m_usable; }

private:
    std::vector<ModuleId> walk(bool lazy) const;
    bool appScriptsImport(); // false (with a note) when the app's own entry scripts import nothing readable
    std::vector<Module> m_modules;
    QHash<QString, ModuleId> m_byName;
    QHash<NodeId, ModuleId> m_byFile;
    std::vector<ModuleId> m_staticParent; // an entry is its own parent
    std::vector<ModuleId> m_anyParent;
    std::vector<std::vector<ModuleId>> m_importers;
    QStringList m_notes;
    std::vector<Error> m_readFailures;
    int m_pythonVersion = 0;
    bool m_usable = false;
};

using ImportGraphPtr = std::shared_ptr<const ImportGraph>;

} // namespace BundleScope
