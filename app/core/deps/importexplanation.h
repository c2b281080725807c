// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deps/importgraph.h"

#include <QCoreApplication>
#include <QStringList>

namespace BundleScope {

// Says in words who imports a Python package or module, from the ImportGraph: the chain from the entry script
// ("entry script app → torch → torch.fx → sympy"), whether only imports inside functions reach it, and which modules
// outside the package import it ("imported only by torch.testing._internal.*"). One wording for `bundlescope why`,
// the GUI's details pane and the candidates' reasons. Plain text; stateless, any thread.
class ImportExplanation {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ImportExplanation)
public:
    // What the graph knows about the top-level package or module `name` and what is below it.
    struct Evidence {
        std::vector<ImportGraph::ModuleId> modules; // with files in the bundle
        ImportGraph::ModuleId reached = ImportGraph::NoModule; // first module a static chain reaches
        ImportGraph::ModuleId reachedLazily = ImportGraph::NoModule; // else, through lazy imports
        QStringList importers; // modules outside `name` importing something in it, sorted
        bool onlyTests = false; // every importer is a test module (a "test", "tests", "testing" component)
        bool exists() const { return !modules.empty(); }
        bool isReachable() const { return reached != ImportGraph::NoModule; }
    };
    static Evidence evidence(const ImportGraph& graph, const QString& name);

    // "entry script app → torch → torch.fx (lazy) → sympy"; "(lazy)" marks an import inside a function.
    static QString chain(const ImportGraph& graph, const std::vector<ImportGraph::ModuleId>& chain);
    // "torch.testing._internal.* (12 modules)" or "a, b and 3 more".
    static QString importerSummary(const QStringList& importers);
    // One or two sentences: reachable or not, how, and who imports it. Empty when `name` has no module.
    static QString summary(const ImportGraph& graph, const Evidence& evidence);
    // Several lines for `why` and the details pane: the chain, the importers, the graph's notes.
    static QStringList details(const ImportGraph& graph, const QString& name);
    static bool isTestModule(const QString& module);
};

} // namespace BundleScope
