// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "common/result.h"
#include "estimate/estimatesample.h"
#include "estimate/estimatetypes.h"
#include "estimate/samplemeasurer.h"
#include "estimate/tarlayout.h"
#include "estimate/tarsampling.h"
#include "estimate/zipsampling.h"
#include "scan/diskentries.h"

namespace BundleScope {

// The state of one CompressionEstimator::estimate() call: every format's samples are planned first (TarSampling,
// ZipSampling, then their proxies), then measured in parallel on a pool of the run's own (run: SampleMeasurer), then
// calibrated and put together per node and format (fill). Lives on the caller's thread for the duration of
// estimate(); CompressionEstimator's comment describes the sampling, the classes above each part of it.
class EstimateRun {
public:
    // `plan` was built from `disk`: the samples read the files that will be archived.
    EstimateRun(const DiskEntries& disk, const EstimateOptions& options, const ArchivePlan& plan);

    void plan();
    Result<void> run(const CancellationToken& token, const EstimateProgressCallback& progress);
    void fill(EstimateResult& result) const;

private:
    // A child's id is always greater than its parent's: one backwards pass sums every subtree.
    void sumDirectories(std::vector<quint64>& perNode) const;

    const BundleTree& m_tree;
    const EstimateOptions& m_options;
    const ArchivePlan& m_plan;
    TarLayout m_layout;
    SampleMeasurer m_measurer;
    TarSampling m_tar;
    ZipSampling m_zip;
    EstimateSamples m_samples;
};

} // namespace BundleScope
