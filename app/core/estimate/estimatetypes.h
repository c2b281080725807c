// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "export/archiveformat.h"
#include "export/archiveplan.h"
#include "model/nodetypes.h"

#include <QMetaType>

#include <functional>
#include <memory>
#include <vector>

namespace BundleScope {

// What to estimate: the archives ArchiveExporter would write for the same exclusions and level.
struct EstimateOptions {
    std::vector<ArchiveFormat> formats = ArchiveFormats::all();
    int level = 6; // gzip level 1-9 (zip is always deflate 6 in KZip, 0 stores)
    double sampleFraction = 0.03; // share of the input bytes actually compressed
    // Where the sampled windows fall inside their strata: another seed draws another sample of the same design
    // (bench_estimate_corpus --seeds shows the spread of errors that the choice of sample alone makes).
    quint64 seed = 0;
    ArchiveExclusions exclusions;
    QString topLevelName;
    bool useCache = true;
    // Folder bundles only: also keep the cache across processes (EstimateCache::persistentFile()).
    bool persistCache = false;
};

struct EstimateProgress {
    int samplesDone = 0;
    int samplesTotal = 0;
};

// One format's estimate: the archive's bytes and every node's share of them (directories summed, NodeId-indexed).
struct FormatEstimate {
    ArchiveFormat format = ArchiveFormat::TarGz;
    quint64 totalBytes = 0;
    std::vector<quint64> perNode;
};

struct EstimateResult {
    std::vector<FormatEstimate> formats;
    quint64 inputBytes = 0; // file bytes that go into the archives
    quint64 sampledBytes = 0; // bytes compressed to get there (cache hits excluded)
    quint64 tarStreamBytes = 0; // exact size of the uncompressed tar stream
    int samples = 0;
    int cacheHits = 0;
    double seconds = 0;
    // Entries that could not be read completely (vanished, shrank, grew, unreadable since the scan), one per entry
    // and reason, sorted by path. Their sampled bytes count as incompressible (an upper bound) and nothing read from
    // them is cached; a non-empty list means the figures are not an estimate of the files as they are now.
    std::vector<Error> errors;

    const FormatEstimate* find(ArchiveFormat format) const
    {
        for (const FormatEstimate& estimate : formats)
            if (estimate.format == format)
                return &estimate;
        return nullptr;
    }
    quint64 total(ArchiveFormat format) const
    {
        const FormatEstimate* estimate = find(format);
        return estimate ? estimate->totalBytes : 0;
    }
};

using EstimateProgressCallback = std::function<void(const EstimateProgress&)>;
using EstimateResultPtr = std::shared_ptr<const EstimateResult>;

} // namespace BundleScope

Q_DECLARE_METATYPE(BundleScope::EstimateProgress)
Q_DECLARE_METATYPE(BundleScope::EstimateResultPtr)
