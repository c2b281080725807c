// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "common/result.h"
#include "estimate/estimatesample.h"
#include "estimate/estimatetypes.h"
#include "estimate/tarlayout.h"
#include "model/bundletree.h"
#include "scan/diskentries.h"

#include <QFileInfo>
#include <QHash>

#include <functional>
#include <vector>

namespace BundleScope {

// The state of one CompressionEstimator::estimate() call: all samples are planned first (planTar / planZip), then
// compressed in parallel on a pool of the run's own (run), then aggregated per node and format (fill). Lives on the
// caller's thread for the duration of estimate(); the method comment of CompressionEstimator describes the sampling.
class EstimateRun {
public:
    // `plan` was built from `disk`: the samples read the files that will be archived.
    EstimateRun(const DiskEntries& disk, const EstimateOptions& options, const ArchivePlan& plan)
        : m_tree(disk.tree())
        , m_disk(disk)
        , m_options(options)
        , m_plan(plan)
        , m_layout(plan)
        , m_rootKey(QFileInfo(disk.tree().rootPath()).absoluteFilePath().toUtf8())
    {
    }

    void planTar(ArchiveFormat format);
    void planZip();
    void planLargeFiles(quint64 largeBytes);
    // After planning: the proxy measurements the calibration needs (CompressibilityProxy over every byte of the
    // sampled coordinates, in cells shared by all tar formats, plus each window's own).
    void planProxies();
    Result<void> run(const CancellationToken& token, const EstimateProgressCallback& progress);
    FormatEstimate aggregateTar(ArchiveFormat format) const;
    FormatEstimate aggregateZip() const;
    void fill(EstimateResult& result) const;

private:
    // Strata [bounds[k], bounds[k+1]) of a coordinate space, each represented by sample firstSample + k.
    // windowProxies[k]: the proxy sample of that window; ratios[k]: the calibrated ratio (empty: the raw ones).
    struct Strata {
        std::vector<quint64> bounds;
        std::size_t firstSample = 0;
        std::vector<std::size_t> windowProxies;
        std::vector<double> ratios;
    };
    // A stretch of a coordinate measured by one proxy sample.
    struct Cell {
        quint64 start = 0;
        quint64 length = 0;
        std::size_t sample = 0;
    };

    Strata spread(quint64 length, quint64 window, quint64 minimum, quint64 salt,
        const std::function<void(quint64, quint64)>& add);
    void compress(EstimateSample& sample) const;
    Result<QByteArray> readSample(const EstimateSample& sample) const;
    QByteArray cacheKey(const EstimateSample& sample) const;
    double ratio(std::size_t index, quint64 subtract = 0) const;
    double stratumRatio(const Strata& strata, std::size_t k, quint64 subtract = 0) const;
    void addCells(std::vector<Cell>& cells, quint64 coordinate, EstimateSample::Source source, std::size_t entry,
        quint64 offset, quint64 length, quint64 stride);
    void addWindowProxies(Strata& strata);
    double cellProxy(const std::vector<Cell>& cells, quint64 from, quint64 to) const;
    void calibrate(Strata& strata, const std::vector<Cell>& cells);
    double spreadRatios(const Strata& strata, quint64 from, quint64 length, quint64 subtract) const;
    void sumDirectories(std::vector<quint64>& perNode) const;

    const BundleTree& m_tree;
    const DiskEntries& m_disk;
    const EstimateOptions& m_options;
    const ArchivePlan& m_plan;
    TarLayout m_layout;
    QByteArray m_rootKey; // the bundle's absolute path: cache keys hold for a new process in another folder
    std::vector<EstimateSample> m_samples;
    QHash<int, Strata> m_tarStrata; // by ArchiveFormat
    Strata m_smallStrata; // zip: small files, in the coordinate of their concatenated sizes
    std::vector<std::size_t> m_smallEntries;
    std::vector<quint64> m_smallStarts;
    Strata m_largeStrata; // zip: files >= 128 KiB (s_largeFile), in the coordinate of their concatenated sizes
    std::vector<std::size_t> m_largeEntries;
    std::vector<quint64> m_largeStarts;
    bool m_smallExact = false;
    std::vector<Cell> m_tarCells; // the tar stream, for every tar format
    std::vector<Cell> m_largeCells; // zip: large files, in the coordinate of their concatenated sizes
};

} // namespace BundleScope
