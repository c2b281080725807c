// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "common/result.h"
#include "estimate/estimatetypes.h"
#include "model/bundletree.h"
#include "scan/contentreader.h"

#include <QCoreApplication>

namespace BundleScope {

class TarLayout;

// Estimates the size of the archives ArchiveExporter writes, per format, per node and in total, by compressing a
// few percent of the bytes:
// What is archived is what is on disk (DiskEntries): a launcher's or a one-file executable's raw bytes, never the
// members the view shows inside them.
//  - tar.gz/.xz/.zst: the exact uncompressed tar stream (TarLayout: headers, GNU long names, padding) is cut into
//    equal strata; one window per stratum (32 KiB for deflate, 256 KiB for xz/zstd; at least 64 / 12), at a
//    deterministic random place (EstimateOptions::seed draws another), is compressed as the real stream would see it
//    (SampleCompressor: deflate primed with the 32 KiB before it, zstd with the 1 MiB before it), and its ratio stands
//    for the stratum. Runs of small files are sampled together with their tar headers, as tar concatenates them, which
//    is what per-file sampling got wrong (+4..8%).
//  - xz is an upper bound: priming a window with xz's 8 MiB dictionary costs 2/3 of compressing those bytes, so its
//    windows start cold and miss the long matches the real stream finds (0..+17% on the corpus, bench_estimate_corpus;
//    1 MiB of history made the estimate 5x slower and left numsci at +8..12%). The report says so.
//  - calibration: one window speaking for a whole stratum was the remaining error (sd ~3.6% with 110 windows on a
//    copy of Debian's numpy + scipy, +-6% on real bundles). CompressibilityProxy measures half to all of every
//    stratum cheaply; each window's ratio is corrected by the regression on the proxy (ProxyCalibration).
//  - zip: headers are counted exactly as KZip 6.13 writes them (ArchiveLimits::ZipLocalHeaderBytes and the others);
//    each file is its own deflate stream, so small files are sampled whole (probability proportional to size,
//    systematic) and files >= 128 KiB by windows, calibrated like the tar stream's.
// Samples are compressed in short batches (cancel is seen within ~100 ms) on a thread pool owned by the call, never
// the global pool (see EstimateRun::run: safe to call from a global-pool thread), and cached in EstimateCache (across
// processes with EstimateOptions::persistCache, folder bundles only). Synchronous for the caller; EstimateController
// runs it on a worker.
class CompressionEstimator {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::CompressionEstimator)
public:
    static Result<EstimateResult> estimate(const BundleTree& tree, const ContentReader& reader,
        const EstimateOptions& options, const CancellationToken& token = {},
        const EstimateProgressCallback& progress = {});
};

} // namespace BundleScope
