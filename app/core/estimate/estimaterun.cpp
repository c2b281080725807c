// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimaterun.h"

#include "common/logging.h"
#include "estimate/compressionestimator.h"

#include <QElapsedTimer>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <mutex>
#include <tuple>

namespace BundleScope {

namespace {
    constexpr std::chrono::milliseconds s_progressInterval { 50 };
} // namespace

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
    // on a global-pool thread (EstimateController), and with every global thread held by such a waiting caller
    // nothing would ever run the work. Measuring a sample never waits for anything, so this pool always drains.
    // Each thread takes the next sample until none is left: a deflate window costs ten times a proxy cell, and the
    // earlier batches of four samples, each waited for, kept the second core idle a fifth of the time (hello:
    // 159 ms CPU in 99 ms). The token is checked before every sample; progress is reported from this thread.
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock(); // all threads
    const std::size_t count = m_samples.size();
    std::atomic<std::size_t> next { 0 };
    std::atomic<int> measured { 0 };
    std::mutex mutex;
    std::condition_variable finished;
    QThreadPool pool; // after what its threads use: destroyed first, it waits for them
    const int threads = int(std::min<std::size_t>(std::size_t(std::max(1, pool.maxThreadCount())), count));
    int running = threads;
    for (int t = 0; t < threads; ++t) {
        pool.start([&] {
            for (std::size_t i = next++; i < count && !token.isCancelled(); i = next++) {
                m_measurer.measure(m_samples[i]);
                measured.fetch_add(1, std::memory_order_relaxed);
            }
            const std::lock_guard lock(mutex);
            if (--running == 0)
                finished.notify_one();
        });
    }
    {
        std::unique_lock lock(mutex);
        while (!finished.wait_for(lock, s_progressInterval, [&running] { return running == 0; })) {
            if (progress) {
                lock.unlock();
                progress({ measured.load(std::memory_order_relaxed), int(count) });
                lock.lock();
            }
        }
    }
    if (token.isCancelled())
        return makeError(Error::Code::Cancelled, CompressionEstimator::tr("Estimate cancelled."));
    if (progress)
        progress({ int(count), int(count) });
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
