// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate/estimatesample.h"
#include "estimate/estimatetypes.h"
#include "estimate/proxycalibration.h"
#include "estimate/strata.h"

namespace BundleScope {

// How the zip is sampled and put together. Its headers are counted exactly (ArchiveLimits' KZip sizes); each file is
// its own deflate stream, so files below 128 KiB are sampled whole (probability proportional to size, systematic;
// all of them when that would pick half) and larger ones side by side in one coordinate by 32 KiB windows, primed
// with the file's preceding bytes and calibrated like the tar stream. The estimate's thread.
class ZipSampling {
public:
    ZipSampling(const EstimateOptions& options, const ArchivePlan& plan);

    void plan(EstimateSamples& samples);
    // After plan(): the proxy twins and cells of the large files.
    void planProxies(EstimateSamples& samples);
    // After the samples are measured.
    void calibrate(const EstimateSamples& samples);
    // Every node's bytes (entries only, not yet summed into folders), indexed by NodeId of `nodeCount` nodes.
    std::vector<quint64> perNode(const EstimateSamples& samples, NodeId root, NodeId nodeCount) const;

private:
    void planSmallFiles(EstimateSamples& samples, quint64 smallBytes, quint64 squares);
    void planLargeFiles(EstimateSamples& samples, quint64 largeBytes);

    const EstimateOptions& m_options;
    const ArchivePlan& m_plan;
    Strata m_smallStrata; // small files, in the coordinate of their concatenated sizes
    std::vector<std::size_t> m_smallEntries;
    std::vector<quint64> m_smallStarts;
    bool m_smallExact = false; // every small file compressed whole, one sample each
    Strata m_largeStrata; // files >= 128 KiB, in the coordinate of their concatenated sizes
    std::vector<std::size_t> m_largeEntries;
    std::vector<quint64> m_largeStarts;
    ProxyCalibration m_calibration; // cells of the large files
};

} // namespace BundleScope
