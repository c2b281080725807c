// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyzer.h"

#include <QCoreApplication>

namespace BundleScope {

// Packages the app's entry script never reaches through top-level imports, read from the bundle's import graph
// (ImportGraph: PYZ and .pyc bytecode, .py sources). Each becomes one ExcludePackage candidate of medium confidence
// (importlib, __import__ and extension modules import by name, which bytecode does not show; `bundlescope slim` proves
// it), saving the package's PYZ members and its files on disk, and saying who imports it ("imported only by
// torch.testing._internal.*"). The standard library, PyInstaller's own modules and the packages
// ExcludablePackagesAnalyzer already names (build tools, test frameworks: it adds the same evidence there) are left
// out. Uses AnalysisContext::imports, or builds the graph when it is null. Nothing while a module file could not be
// read (ImportGraph::readFailures(), each reported on the context). Stateless; any thread.
class ImportReachabilityAnalyzer : public Analyzer {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ImportReachabilityAnalyzer)
public:
    Candidate::Kind kind() const override { return Candidate::Kind::ExcludePackage; }
    std::vector<Candidate> analyze(const AnalysisContext& context) const override;
};

} // namespace BundleScope
