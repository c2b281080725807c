// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/bundlesource.h"

#include <QCoreApplication>

namespace BundleScope {

// The whole scan as the GUI and the command line run it: BundleSource::scan(), then the native dependency graph
// (DependencyGraphBuilder) and its package attribution applied to a private copy of the tree before that is shared
// (DependencyAttribution); the graph travels in ScanResult::dependencies. Every command that shows package sizes
// scans through here, so a report, a snapshot and a comparison of the same bundle agree. The Python import graph
// (ScanResult::imports) is built too unless Options::importGraph is false: only the analyzers and `why` use it, and on
// a torch bundle it costs more than the rest of the scan. Synchronous, any thread, cancellable.
class ScanPipeline {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ScanPipeline)
public:
    struct Options {
        bool importGraph = true;
    };
    [[nodiscard]] static Result<ScanResult> run(BundleSource& source, const CancellationToken& token,
        const BundleSource::ProgressCallback& progress, Options options);
    [[nodiscard]] static Result<ScanResult> run(
        BundleSource& source, const CancellationToken& token, const BundleSource::ProgressCallback& progress)
    {
        return run(source, token, progress, Options());
    }
    // The scan of `path` (SourceFactory) through run().
    [[nodiscard]] static Result<ScanResult> run(const QString& path, const CancellationToken& token, Options options);
    // The import graph of a scan: the one run() built, else built now (null for a bundle without entry scripts).
    static std::shared_ptr<const ImportGraph> importGraph(const ScanResult& scanned, const CancellationToken& token);
};

} // namespace BundleScope
