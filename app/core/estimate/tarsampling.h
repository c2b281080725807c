// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate/estimatesample.h"
#include "estimate/estimatetypes.h"
#include "estimate/proxycalibration.h"
#include "estimate/strata.h"
#include "estimate/tarlayout.h"

#include <QHash>

namespace BundleScope {

// How the tar formats (tar.gz, tar.xz, tar.zst) are sampled and put together: the exact tar stream (TarLayout) is cut
// into strata, one window each (32 KiB for deflate, primed with the 32 KiB before it; 256 KiB for xz/zstd; at least
// 64 / 12 windows), calibrated by proxy cells shared by every tar format; then each entry's share is the stream
// bytes it spans (header, data, padding) times the ratios of the strata they fall in, the trailing zero blocks go to
// the root, and the container's fixed bytes are added. The estimate's thread.
class TarSampling {
public:
    TarSampling(const EstimateOptions& options, const ArchivePlan& plan, const TarLayout& layout);

    void plan(ArchiveFormat format, EstimateSamples& samples);
    // After every plan(): the proxy twins and the cells the calibration needs.
    void planProxies(EstimateSamples& samples);
    // After the samples are measured.
    void calibrate(const EstimateSamples& samples);
    // Every node's bytes (files only, not yet summed into folders), indexed by NodeId of `nodeCount` nodes.
    std::vector<quint64> perNode(
        ArchiveFormat format, const EstimateSamples& samples, NodeId root, NodeId nodeCount) const;

private:
    const EstimateOptions& m_options;
    const ArchivePlan& m_plan;
    const TarLayout& m_layout;
    QHash<int, Strata> m_strata; // by ArchiveFormat
    ProxyCalibration m_calibration; // cells of the tar stream, for every tar format
};

} // namespace BundleScope
