// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "deps/libraryresolver.h"
#include "model/nodetypes.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

#include <memory>
#include <vector>

namespace BundleScope {

// The native dependency graph of a bundle: one vertex per native file (ELF, PE, Mach-O), an edge from a file to each
// library it needs that was found inside the bundle (LibraryResolver), the names that were not found ("expected from
// the system"), and the roots: what the running app loads by itself, the launcher, libpython, extension modules,
// the libraries its Python code loads by name (ctypes) and the plugins a framework loads from its plugin folders (Qt's
// platforms/libqxcb.so, which libQt5XcbQpa and the xcb libraries are alive for). Other programs in the bundle (test
// binaries, helpers a package may run) are no roots: the app does not load them, so they keep no library alive and
// explain nothing; they are vertices like libraries, reported by unreferenced() when nothing reaches them. UPX-packed
// ELF files are opaque: their imports are unknown, so while the bundle has any, no library is called unreferenced.
// Built by DependencyGraphBuilder, then immutable and shared read-only across threads as
// std::shared_ptr<const DependencyGraph>. Queries are breadth-first searches, O(vertices + edges).
class DependencyGraph {
public:
    enum class RootKind : std::uint8_t {
        None, // a library: alive only when something needs it
        ExtensionModule, // *.cpython-*.so, *.abi3.so, *.pyd, lib-dynload modules: imported by Python code
        Runtime, // the launcher and libpython
        PythonCode, // a library (or program) the Python code names (ctypes.CDLL, subprocess…) and no other root
                    // reaches: pythonModule(); isRunFromPython() for a program
        Program, // not a root: another executable (a test program, a helper a package may run as a process)
        FrameworkPlugin, // a plugin its framework finds and loads at run time: Qt's plugins/<type>/lib*.so
    };
    static bool isRootKind(RootKind kind) { return kind != RootKind::None && kind != RootKind::Program; }
    struct Edge {
        NodeId node = InvalidNode;
        LibraryResolver::Confidence confidence = LibraryResolver::Confidence::Loader;
    };
    struct Orphans {
        std::vector<NodeId> nodes; // sorted by id
        quint64 bytes = 0;
    };

    const std::vector<NodeId>& nodes() const { return m_nodes; } // every native file, sorted by id
    bool contains(NodeId id) const { return m_index.contains(id); }
    RootKind rootKind(NodeId id) const;
    bool isRoot(NodeId id) const { return isRootKind(rootKind(id)); }
    bool isProgram(NodeId id) const { return rootKind(id) == RootKind::Program; }
    std::vector<NodeId> roots() const;
    // The module whose code names a PythonCode root ("torch"); empty for other vertices.
    QString pythonModule(NodeId id) const { return m_pythonModules.value(id); }
    bool isRunFromPython(NodeId id) const { return m_runFromPython.contains(id); } // a program, named in Python code
    bool isPacked(NodeId id) const { return m_packed.contains(id); }
    int packedCount() const { return int(m_packed.size()); }

    std::vector<Edge> needs(NodeId id) const; // direct dependencies inside the bundle, in DT_NEEDED order
    std::vector<NodeId> neededByDirectly(NodeId id) const; // files that list id, sorted by id
    // Shortest chain from id to a root: [id, …, root]; [id] for a root, empty when no root reaches id. A chain to an
    // extension module or the runtime wins over a shorter one to a PythonCode root, and a chain to such a root that
    // preferredRoot accepts wins over both (DependencyExplanation::chain() prefers the library's own package:
    // libtorch_cpu is loaded through torch/_C, not through functorch/_C, which links it more directly).
    std::vector<NodeId> neededBy(NodeId id, const std::function<bool(NodeId root)>& preferredRoot = {}) const;
    // Programs that need id directly or through other libraries, sorted by id (id itself excluded).
    std::vector<NodeId> programsNeeding(NodeId id) const;
    QStringList unresolved(NodeId id) const; // needed names not found in the bundle
    QString readError(NodeId id) const; // why the file's imports could not be read; empty when fine
    // Files that could not be read as scanned (vanished, changed since the scan, a read error; CheckedReadDevice):
    // native files whose imports are unknown and Python modules whose strings are unknown, sorted by path. Like a
    // packed file, each may need any library: while there is one, no library is called unreferenced.
    const std::vector<Error>& readFailures() const { return m_readFailures; }

    // Expected from the system: every needed name found nowhere in the bundle -> the files that need it.
    const QMap<QString, std::vector<NodeId>>& systemLibraries() const { return m_system; }

    bool isReachable(NodeId id) const; // some root reaches id (roots reach themselves)
    // Every vertex reachable from `sources` (sources included), sorted by id.
    std::vector<NodeId> reachableFrom(const std::vector<NodeId>& sources) const;
    // Libraries that only `id` keeps alive: reachable from the roots now, not once id is gone (id excluded).
    Orphans orphanedIfRemoved(NodeId id) const;
    // Libraries and programs no root reaches, sorted by id; packed files never, and nothing while any file is packed
    // or could not be read (readFailures()).
    std::vector<NodeId> unreferenced() const;
    quint64 size(NodeId id) const;

private:
    friend class DependencyGraphBuilder;
    struct IndexEdge {
        int target = 0;
        LibraryResolver::Confidence confidence = LibraryResolver::Confidence::Loader;
    };

    int indexOf(NodeId id) const { return m_index.value(id, -1); }
    std::vector<NodeId> shortestChain(NodeId id, const std::function<bool(int index)>& endsChain) const;
    std::vector<bool> reach(const std::vector<int>& sources, int removed) const;
    void finish(); // computes the incoming edges and the reachable set

    std::vector<NodeId> m_nodes;
    QHash<NodeId, int> m_index;
    std::vector<RootKind> m_rootKind;
    std::vector<quint64> m_sizes;
    std::vector<std::vector<IndexEdge>> m_out;
    std::vector<std::vector<int>> m_in;
    std::vector<QStringList> m_unresolved;
    QHash<NodeId, QString> m_errors;
    std::vector<Error> m_readFailures;
    QHash<NodeId, QString> m_pythonModules;
    QSet<NodeId> m_packed;
    QSet<NodeId> m_runFromPython;
    QMap<QString, std::vector<NodeId>> m_system;
    std::vector<bool> m_reachable;
};

using DependencyGraphPtr = std::shared_ptr<const DependencyGraph>;

} // namespace BundleScope
