// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "estimate/estimatesample.h"
#include "estimate/estimatetypes.h"
#include "estimate/tarlayout.h"
#include "export/archiveplan.h"
#include "scan/diskentries.h"

#include <QByteArray>

namespace BundleScope {

// Turns one planned sample into its measured size: answers it from EstimateCache, or reads its bytes (a slice of the
// tar stream through TarLayout, or of one file) and compresses them (SampleCompressor) or measures them
// (CompressibilityProxy, in 1/ProxyScale bytes), then caches the result. A slice that cannot be read completely is
// the sample's readError, counts as incompressible and is never cached. measure() is called on the run's pool
// threads, one sample each; const and thread-safe. Holds references to what EstimateRun owns.
class SampleMeasurer {
public:
    static constexpr double ProxyScale = 16; // proxy costs are kept in 1/16 bytes

    SampleMeasurer(
        const DiskEntries& disk, const EstimateOptions& options, const ArchivePlan& plan, const TarLayout& layout);

    void measure(EstimateSample& sample) const;

private:
    Result<QByteArray> read(const EstimateSample& sample) const;
    // What the sample is made of: format, level, window, the bundle's absolute path, every (path, size, mtime).
    QByteArray cacheKey(const EstimateSample& sample) const;

    const DiskEntries& m_disk;
    const EstimateOptions& m_options;
    const ArchivePlan& m_plan;
    const TarLayout& m_layout;
    QByteArray m_rootKey; // the bundle's absolute path: cache keys hold for a new process in another folder
};

} // namespace BundleScope
