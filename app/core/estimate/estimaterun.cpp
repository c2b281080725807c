// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimaterun.h"

#include "common/logging.h"
#include "estimate/compressionestimator.h"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <ctime>
#include <tuple>

namespace BundleScope {

EstimateRun::EstimateRun(const DiskEntries& disk, const EstimateOptions& options, const ArchivePlan& plan)
    : m_tree(disk.tree())
    , m_options(options)
    , m_plan(plan)
    , m_layout(plan)
    , m_measurer(disk, options, plan, m_layout)
    , m_tar(options, plan, m_layout)
    , m_zip(options, plan)
{
}

void EstimateRun::plan()
{
    for (ArchiveFormat format : m_options.formats) {
        if (format == ArchiveFormat::Zip)
            m_zip.plan(m_samples);
        else
            m_tar.plan(format, m_samples);
    }
    m_tar.planProxies(m_samples);
    m_zip.planProxies(m_samples);
}

Result<void> EstimateRun::run(const CancellationToken& token, const EstimateProgressCallback& progress)
{
    // The samples are measured on a pool of this run's own, never the global one: estimate() itself usually runs
    // on a global-pool thread (EstimateController), and Qt 6's blockingMap only queues its work on the pool it is
    // given and then waits. With every global thread held by such a waiting caller (analysis + estimate on 2 cores)
    // nothing would ever run the queued work. Measuring a sample never waits for anything, so this pool always
    // drains. Batches of a few samples per thread: the token is checked between batches, well within 100 ms.
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock(); // all threads
    QThreadPool pool;
    const std::size_t batch = std::size_t(std::max(1, pool.maxThreadCount())) * 2;
    for (std::size_t start = 0; start < m_samples.size(); start += batch) {
        if (token.isCancelled())
            return makeError(Error::Code::Cancelled, CompressionEstimator::tr("Estimate cancelled."));
        const auto first = m_samples.begin() + qsizetype(start);
        const auto last = m_samples.begin() + qsizetype(std::min(m_samples.size(), start + batch));
        QtConcurrent::blockingMap(&pool, first, last, [this](EstimateSample& sample) { m_measurer.measure(sample); });
        if (progress)
            progress({ int(last - m_samples.begin()), int(m_samples.size()) });
    }
    m_tar.calibrate(m_samples);
    m_zip.calibrate(m_samples);
    if (!lcEstimate().isDebugEnabled())
        return {};
    quint64 windowBytes = 0, proxyBytes = 0;
    for (const EstimateSample& sample : m_samples)
        (sample.proxy ? proxyBytes : windowBytes) += sample.length + sample.dictionary;
    qCDebug(lcEstimate) << "measured" << m_samples.size() << "samples:" << windowBytes << "bytes compressed,"
                        << proxyBytes << "bytes through the proxy (histories included) in" << timer.elapsed() << "ms,"
                        << (std::clock() - cpu) * 1000 / CLOCKS_PER_SEC << "ms CPU";
    return {};
}

void EstimateRun::sumDirectories(std::vector<quint64>& perNode) const
{
    for (NodeId id = m_tree.nodeCount() - 1; id > 0; --id)
        perNode[m_tree.parent(id)] += perNode[id];
}

void EstimateRun::fill(EstimateResult& result) const
{
    result.tarStreamBytes = m_layout.length();
    result.inputBytes = m_plan.totalFileBytes();
    for (const EstimateSample& sample : m_samples) {
        if (sample.readError)
            result.errors.push_back(*sample.readError);
        qCDebug(lcEstimate) << (sample.proxy ? "proxy" : "sample") << ArchiveFormats::id(sample.format)
                            << int(sample.source) << sample.entry << sample.offset << sample.length << sample.dictionary
                            << sample.compressed;
        if (sample.proxy)
            continue; // measured, not compressed: counted in neither
        ++result.samples;
        if (sample.cached)
            ++result.cacheHits;
        else
            result.sampledBytes += sample.length;
    }
    // Many samples read the same entry: one error per entry (the first by message).
    std::sort(result.errors.begin(), result.errors.end(),
        [](const Error& a, const Error& b) { return std::tie(a.path, a.message) < std::tie(b.path, b.message); });
    result.errors.erase(std::unique(result.errors.begin(), result.errors.end(),
                            [](const Error& a, const Error& b) { return a.path == b.path; }),
        result.errors.end());
    for (ArchiveFormat format : m_options.formats) {
        FormatEstimate estimate { format, 0, {} };
        estimate.perNode = format == ArchiveFormat::Zip
            ? m_zip.perNode(m_samples, m_tree.root(), m_tree.nodeCount())
            : m_tar.perNode(format, m_samples, m_tree.root(), m_tree.nodeCount());
        sumDirectories(estimate.perNode);
        estimate.totalBytes = estimate.perNode[m_tree.root()];
        result.formats.push_back(std::move(estimate));
    }
}

} // namespace BundleScope
