// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyzer.h"

#include <QCoreApplication>

namespace BundleScope {

// Native libraries that no extension module, launcher or libpython reaches in the dependency graph
// (DependencyGraph::unreferenced(), from AnalysisContext::dependencies or built here when absent). Low confidence:
// packages dlopen() libraries by name at run time, typically CUDA libraries (libcuda*, libcudnn*, libnv*) and plugin
// folders (plugins/, platforms/, imageformats/, …): those are listed but not advised. Stateless, any thread.
class UnreferencedLibrariesAnalyzer : public Analyzer {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::UnreferencedLibrariesAnalyzer)
public:
    Candidate::Kind kind() const override { return Candidate::Kind::Unreferenced; }
    std::vector<Candidate> analyze(const AnalysisContext& context) const override;

    // A name or folder that is usually loaded with dlopen(): CUDA, plugins.
    static bool isTypicalDlopen(const QString& path);
};

} // namespace BundleScope
