// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreachabilityanalyzer.h"

#include "analysis/excludablepackagesanalyzer.h"
#include "analysis/packagelocator.h"
#include "common/sizeformat.h"
#include "deps/importexplanation.h"
#include "deps/importgraphbuilder.h"
#include "model/pythonstdlib.h"

#include <algorithm>

namespace BundleScope {

namespace {
    // PyInstaller's own modules, and the hooks `site` imports by name on purpose.
    bool isInfrastructure(const QString& name)
    {
        return name.startsWith(QLatin1String("pyimod")) || name.startsWith(QLatin1String("pyi_"))
            || name.startsWith(QLatin1String("_pyi")) || name == QLatin1String("sitecustomize")
            || name == QLatin1String("usercustomize");
    }

    // The package's PYZ members and module files, plus what PackageLocator finds on disk for it.
    std::vector<NodeId> packageFiles(const BundleTree& tree, const ImportGraph& graph,
        const std::vector<ImportGraph::ModuleId>& modules, const QString& name)
    {
        std::vector<NodeId> files = PackageLocator::moduleFiles(tree, name);
        for (ImportGraph::ModuleId id : modules) {
            const auto& own = graph.module(id).files;
            files.insert(files.end(), own.begin(), own.end());
        }
        std::sort(files.begin(), files.end());
        files.erase(std::unique(files.begin(), files.end()), files.end());
        return files;
    }

    Candidate makeCandidate(const BundleTree& tree, const ImportGraph& graph, const QString& name,
        const ImportExplanation::Evidence& evidence)
    {
        const QStringList modules { name };
        std::vector<NodeId> kept;
        const std::vector<NodeId> going
            = PackageLocator::removableFiles(tree, packageFiles(tree, graph, evidence.modules, name), modules, kept);
        Candidate candidate;
        candidate.kind = Candidate::Kind::ExcludePackage;
        candidate.id = QStringLiteral("exclude_package:") + name;
        candidate.title = ImportReachabilityAnalyzer::tr("Exclude %1 (never imported by the app)").arg(name);
        candidate.files = PackageLocator::removals(tree, going);
        candidate.bytes = PackageLocator::countedBytes(tree, going);
        candidate.saving = candidate.bytes;
        candidate.confidence = Candidate::Confidence::Medium;
        candidate.excludes = modules;
        candidate.why = ImportExplanation::summary(graph, evidence) + u' '
            + ImportReachabilityAnalyzer::tr("%n module(s), %1 with its files.", nullptr, int(evidence.modules.size()))
                  .arg(SizeFormat::format(candidate.bytes))
            + u' '
            + ImportReachabilityAnalyzer::tr("Dynamic imports exist (importlib, __import__, extension modules), which "
                                             "bytecode does not show; verified slimming (`bundlescope slim`) proves "
                                             "it.");
        candidate.action = ImportReachabilityAnalyzer::tr("Add excludes=['%1'] to Analysis(...) in the .spec file (or "
                                                          "pass --exclude-module %1).")
                               .arg(name);
        return candidate;
    }
} // namespace

std::vector<Candidate> ImportReachabilityAnalyzer::analyze(const AnalysisContext& context) const
{
    ImportGraphPtr graph = context.imports;
    if (!graph && ImportGraphBuilder::hasEntryScripts(context.tree))
        graph = ImportGraphBuilder::build(context.tree, context.reader, context.token);
    std::vector<Candidate> candidates;
    if (!graph)
        return candidates;
    // A module that could not be read may import any package: none is called "never imported", and the user sees
    // which files are missing (whether the graph was read now or during the scan).
    for (const Error& failure : graph->readFailures())
        context.readFailed(context.tree.findPath(failure.path), failure);
    if (!graph->isUsable() || !graph->readFailures().empty())
        return candidates;
    const QStringList covered = ExcludablePackagesAnalyzer::namedModules();
    for (const QString& name : graph->topLevelPackages()) {
        if (context.token.isCancelled())
            return {};
        if (PythonStdlib::isStandardModule(name) || isInfrastructure(name) || covered.contains(name))
            continue;
        const ImportExplanation::Evidence evidence = ImportExplanation::evidence(*graph, name);
        if (!evidence.exists() || evidence.isReachable())
            continue;
        Candidate candidate = makeCandidate(context.tree, *graph, name, evidence);
        if (candidate.saving > 0)
            candidates.push_back(std::move(candidate));
    }
    return candidates;
}

} // namespace BundleScope
