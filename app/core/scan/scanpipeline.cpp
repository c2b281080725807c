// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanpipeline.h"

#include "common/logging.h"
#include "deps/dependencyattribution.h"
#include "deps/dependencygraphbuilder.h"
#include "deps/importgraphbuilder.h"
#include "model/bundletreebuilder.h"
#include "scan/sourcefactory.h"

#include <QElapsedTimer>

#include <ctime>

namespace BundleScope {

Result<ScanResult> ScanPipeline::run(BundleSource& source, const CancellationToken& token,
    const BundleSource::ProgressCallback& progress, Options options)
{
    Result<ScanResult> scanned = source.scan(token, progress);
    if (!scanned)
        return scanned;
    QElapsedTimer timer;
    timer.start();
    Result<DependencyGraphPtr> graph = DependencyGraphBuilder::build(*scanned->tree, *scanned->reader, token);
    if (!graph)
        return graph.error();
    // The scanned tree is already const and may be referenced by the reader: attribute on a copy (the node ids are
    // the same), then share the copy.
    BundleTreeBuilder attributed(*scanned->tree);
    DependencyAttribution::apply(attributed, **graph);
    scanned->tree = attributed.finish();
    scanned->dependencies = std::move(*graph);
    qCDebug(lcScan) << "dependency graph:" << scanned->dependencies->nodes().size() << "native files in"
                    << timer.elapsed() << "ms";
    if (options.importGraph)
        scanned->imports = importGraph(*scanned, token);
    return scanned;
}

Result<ScanResult> ScanPipeline::run(const QString& path, const CancellationToken& token, Options options)
{
    Result<std::unique_ptr<BundleSource>> source = SourceFactory::create(path);
    if (!source)
        return source.error();
    return run(**source, token, {}, options);
}

std::shared_ptr<const ImportGraph> ScanPipeline::importGraph(const ScanResult& scanned, const CancellationToken& token)
{
    if (scanned.imports || !ImportGraphBuilder::hasEntryScripts(*scanned.tree))
        return scanned.imports;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock(); // all threads: the modules are read in parallel
    std::shared_ptr<const ImportGraph> imports = ImportGraphBuilder::build(*scanned.tree, *scanned.reader, token);
    qCDebug(lcScan) << "import graph:" << (imports ? imports->moduleCount() : 0) << "modules in" << timer.elapsed()
                    << "ms," << (std::clock() - cpu) * 1000 / CLOCKS_PER_SEC << "ms CPU";
    return imports;
}

} // namespace BundleScope
