// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deps/dependencygraph.h"
#include "model/bundletree.h"

#include <QCoreApplication>

namespace BundleScope {

// Says in words why a native file is in the bundle when there is no chain of libraries to show: what kind of root it
// is, or why nothing the app loads reaches it. One wording for `bundlescope why` and the GUI's details pane. The rule
// it explains: roots are the launcher, the Python runtime, extension modules and the libraries Python code loads by
// name; programs are not loaded by the app, keep no library alive, and a library only programs need says so. Plain
// text; stateless, any thread.
class DependencyExplanation {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::DependencyExplanation)
public:
    // The chain that explains id ([id, …, root], see DependencyGraph::neededBy()), preferring a root of id's own
    // package: what the app imports to use that package.
    static std::vector<NodeId> chain(const BundleTree& tree, const DependencyGraph& graph, NodeId id);
    // For a root or a file no root reaches; empty when a chain of two or more files explains it (chain()).
    static QString neededBy(const BundleTree& tree, const DependencyGraph& graph, NodeId id);
    // "N binaries are UPX-packed…" when the graph has packed files, "N files could not be read…" when it has read
    // failures (both: no library is called unreferenced); else empty.
    static QString opaqueNote(const DependencyGraph& graph);
};

} // namespace BundleScope
