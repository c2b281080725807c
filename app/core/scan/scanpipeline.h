// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/bundlesource.h"

#include <QCoreApplication>

namespace BundleScope {

// The whole scan as the GUI and the command line run it: BundleSource::scan(), then the native dependency graph
// (DependencyGraphBuilder) and its package attribution applied to a private copy of the tree before that is shared
// (DependencyAttribution); the graph travels in ScanResult::dependencies. Synchronous, any thread, cancellable.
class ScanPipeline {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ScanPipeline)
public:
    [[nodiscard]] static Result<ScanResult> run(
        BundleSource& source, const CancellationToken& token, const BundleSource::ProgressCallback& progress);
};

} // namespace BundleScope
