// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyzer.h"

#include <QCoreApplication>

namespace BundleScope {

// Native libraries and programs that no root reaches in the dependency graph: no extension module, launcher or
// libpython links them and no Python module names them (DependencyGraph::unreferenced(), from
// AnalysisContext::dependencies or built here when absent). Low confidence, so not advised by default: packages
// dlopen() libraries by computed names at run time, typically CUDA libraries (libcuda*, libcudnn*, libnv*) and plugin
// folders (plugins/, platforms/, imageformats/, …), and those are never advised. Programs keep no library alive, but a
// library only programs need is reported with them: inside the program's candidate when one program needs it, as
// "needed only by programs" naming them (not advised) when several do. Nothing while the bundle has UPX-packed files
// or files the graph could not read (DependencyGraph::readFailures(): each is reported on the context, whether the
// graph was read now or during the scan). Stateless, any thread.
class UnreferencedLibrariesAnalyzer : public Analyzer {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::UnreferencedLibrariesAnalyzer)
public:
    Candidate::Kind kind() const override { return Candidate::Kind::Unreferenced; }
    std::vector<Candidate> analyze(const AnalysisContext& context) const override;

    // A name or folder that is usually loaded with dlopen(): CUDA, plugins.
    static bool isTypicalDlopen(const QString& path);

private:
    static Candidate libraryCandidate(const BundleTree& tree, NodeId id, const std::vector<NodeId>& programs);
    static Candidate programCandidate(const BundleTree& tree, NodeId id, const std::vector<NodeId>& libraries);
};

} // namespace BundleScope
