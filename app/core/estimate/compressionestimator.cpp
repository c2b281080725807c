// SPDX-License-Identifier: GPL-3.0-or-later
#include "compressionestimator.h"

#include "common/logging.h"
#include "estimate/estimatecache.h"
#include "estimate/estimaterun.h"

#include <QElapsedTimer>

namespace BundleScope {

Result<EstimateResult> CompressionEstimator::estimate(const BundleTree& tree, const ContentReader& reader,
    const EstimateOptions& options, const CancellationToken& token, const EstimateProgressCallback& progress)
{
    if (options.level < 0 || options.level > 9)
        return makeError(Error::Code::InvalidArgument, tr("Compression level %1 is outside 0-9.").arg(options.level));
    if (!(options.sampleFraction > 0 && options.sampleFraction <= 1))
        return makeError(Error::Code::InvalidArgument, tr("The sample fraction must be in (0, 1]."));
    // A snapshot holds sizes, not contents: every sample would fail and the estimate would be the raw sizes.
    if (!reader.hasContent())
        return makeError(Error::Code::Unsupported,
            tr("A snapshot holds file sizes, not contents: no archive size can be estimated from it."));
    QElapsedTimer timer;
    timer.start();
    ArchivePlanOptions planOptions;
    planOptions.level = options.level;
    planOptions.topLevelName = options.topLevelName;
    // The plan and the samples see the files on disk, as the exporter does: a launcher is its raw bytes, a one-file
    // executable one file, never the members the tree shows inside them.
    const DiskEntries disk(tree, reader);
    Result<ArchivePlan> plan = ArchivePlan::build(disk, options.exclusions, planOptions);
    if (!plan)
        return plan.error();
    // Files on disk have a stable identity (absolute path, size, mtime) for a cache that outlives the process.
    const bool persist
        = options.useCache && options.persistCache && tree.sourceKind() == BundleTree::SourceKind::Folder;
    if (persist)
        EstimateCache::instance().loadPersistent();
    EstimateRun run(disk, options, *plan);
    run.plan();
    if (Result<void> ran = run.run(token, progress); !ran)
        return ran.error();
    if (persist)
        EstimateCache::instance().savePersistent();
    EstimateResult result;
    run.fill(result);
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    qCDebug(lcEstimate) << "estimated" << result.samples << "samples," << result.cacheHits << "cached,"
                        << result.sampledBytes << "bytes in" << result.seconds << "s";
    return result;
}

} // namespace BundleScope
