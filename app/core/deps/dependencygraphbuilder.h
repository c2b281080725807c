// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "common/result.h"
#include "deps/dependencygraph.h"
#include "deps/nativeimports.h"
#include "model/bundletree.h"
#include "scan/contentreader.h"

#include <QCoreApplication>

namespace BundleScope {

// Builds the DependencyGraph of a scanned tree: picks the native files (Category NativeLibrary / Executable, and
// files with an x bit that no rule classified), reads their imports in parallel (QtConcurrent::blockingMapped on a pool
// of its own, over the files, headers and dynamic tables only, ImportReader), classifies the roots, resolves every
// needed name (LibraryResolver), then makes the libraries still unreached that the Python code names roots of kind
// PythonCode (PythonLibraryReferences). Files whose imports cannot be read stay in the graph without edges and with
// readError() set; UPX-packed files stay without edges and are marked packed. Synchronous and cancellable (checked per
// file); called on a scanning thread, e.g. by ScanPipeline.
class DependencyGraphBuilder {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::DependencyGraphBuilder)
public:
    [[nodiscard]] static Result<DependencyGraphPtr> build(
        const BundleTree& tree, const ContentReader& reader, const CancellationToken& token);

    // Root classification by name and location (see DependencyGraph::RootKind). An executable with a SONAME or a
    // library file name (libc.so.6, libQt5Core.so.5: ET_DYN with a PT_INTERP) is a library, not a program.
    static DependencyGraph::RootKind classify(const BundleTree& tree, NodeId id, const NativeImports& imports);

    static bool isNativeCandidate(const BundleTree& tree, NodeId id);

private:
    static void addPythonCodeRoots(DependencyGraph& graph, const BundleTree& tree, const ContentReader& reader,
        const QHash<NodeId, QString>& sonames, const CancellationToken& token);
};

} // namespace BundleScope
