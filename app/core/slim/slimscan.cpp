// SPDX-License-Identifier: GPL-3.0-or-later
#include "slimscan.h"

#include "analysis/analysisrunner.h"
#include "scan/scanpipeline.h"
#include "scan/sourcefactory.h"

namespace BundleScope {

Result<SlimScan> SlimScan::run(const QString& bundleFolder, const CancellationToken& token)
{
    auto source = SourceFactory::create(bundleFolder);
    if (!source)
        return source.error();
    Result<ScanResult> scan = ScanPipeline::run(**source, token, {});
    if (!scan)
        return scan.error();
    AnalysisContext context { *scan->tree, *scan->reader, token };
    context.dependencies = scan->dependencies;
    context.imports = scan->imports;
    Result<AnalysisResult> analysis = AnalysisRunner().run(context);
    if (!analysis)
        return analysis.error();
    return SlimScan { std::move(*scan), std::move(analysis->candidates) };
}

} // namespace BundleScope
