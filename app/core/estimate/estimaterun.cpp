// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimaterun.h"

#include "common/logging.h"
#include "estimate/compressibilityproxy.h"
#include "estimate/compressionestimator.h"
#include "estimate/estimatecache.h"
#include "estimate/samplecompressor.h"

#include <QCryptographicHash>
#include <QFile>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace BundleScope {

namespace {
    constexpr quint64 s_deflateWindow = 32 * 1024; // deflate's whole window, primed by a 32 KiB dictionary
    constexpr quint64 s_filterWindow = 256 * 1024;
    // Fewer windows than this make the estimate of a small bundle a lottery; they cost little there.
    constexpr quint64 s_minDeflateWindows = 64;
    constexpr quint64 s_minFilterWindows = 12;
    constexpr quint64 s_largeFile = 128 * 1024; // zip: smaller files are sampled whole, larger ones by windows
    constexpr quint32 s_dictionary = 32 * 1024;
    constexpr quint64 s_emptyDeflate = 2; // raw deflate of nothing: one empty final fixed block (03 00)
    constexpr quint64 s_cell = 64 * 1024; // proxy cells: a stratum's proxy ratio is measured on those inside it
    constexpr quint64 s_cellsPerStratum = 8; // half of a 1 MiB stratum; 4 cost 0.8% more error, 8 cost 40% more time
    constexpr double s_proxyScale = 16; // proxy costs are kept in 1/16 bytes
    constexpr quint64 s_seedStep = 0x10000001ull; // seeds shift every stratum's draw; seed 0 keeps the default sample

    quint64 mix(quint64 x) // splitmix64: deterministic placement of windows inside their strata
    {
        x += 0x9e3779b97f4a7c15ull;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
        return x ^ (x >> 31);
    }

} // namespace

EstimateRun::Strata EstimateRun::spread(
    quint64 length, quint64 window, quint64 minimum, quint64 salt, const std::function<void(quint64, quint64)>& add)
{
    Strata strata;
    strata.firstSample = m_samples.size();
    const quint64 wanted
        = std::max(minimum, quint64(std::ceil(double(length) * m_options.sampleFraction / double(window))));
    const quint64 count = std::max<quint64>(1, std::min(wanted, length / std::max<quint64>(window, 1) / 2));
    if (length <= 4 * window) {
        strata.bounds = { 0, length };
        add(0, length);
        return strata;
    }
    for (quint64 k = 0; k < count; ++k) {
        const quint64 a = quint64(double(length) * double(k) / double(count));
        const quint64 b = k + 1 == count ? length : quint64(double(length) * double(k + 1) / double(count));
        strata.bounds.push_back(a);
        const quint64 room = b - a > window ? b - a - window : 0;
        add(a + (room ? mix(k * 0x100 + salt + m_options.seed * s_seedStep) % (room + 1) : 0), std::min(window, b - a));
    }
    strata.bounds.push_back(length);
    return strata;
}

void EstimateRun::planTar(ArchiveFormat format)
{
    const bool deflate = format == ArchiveFormat::TarGz;
    const quint64 window = deflate ? s_deflateWindow : s_filterWindow;
    m_tarStrata.insert(int(format),
        spread(m_layout.length(), window, deflate ? s_minDeflateWindows : s_minFilterWindows, quint64(format) + 1,
            [&](quint64 offset, quint64 length) {
                const quint32 dictionary = deflate ? quint32(std::min<quint64>(s_dictionary, offset)) : 0;
                m_samples.push_back(
                    { format, EstimateSample::Source::TarStream, 0, offset, length, dictionary, 0, false, false, {} });
            }));
}

void EstimateRun::planZip()
{
    if (m_options.level == 0)
        return; // stored: exact, nothing to sample
    const auto& entries = m_plan.entries();
    quint64 smallBytes = 0, squares = 0, largeBytes = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const ArchiveEntry& entry = entries[i];
        if (entry.kind != NodeKind::File || entry.size == 0)
            continue;
        if (entry.size >= s_largeFile) {
            m_largeEntries.push_back(i);
            m_largeStarts.push_back(largeBytes);
            largeBytes += entry.size;
            continue;
        }
        m_smallEntries.push_back(i);
        m_smallStarts.push_back(smallBytes);
        smallBytes += entry.size;
        squares += entry.size * entry.size;
    }
    if (largeBytes > 0)
        planLargeFiles(largeBytes);
    if (m_smallEntries.empty())
        return;
    // Probability proportional to size: a pick costs the size-weighted mean file size on average.
    const double budget = double(smallBytes) * m_options.sampleFraction;
    const double picks
        = std::max(double(s_minDeflateWindows), std::ceil(budget / (double(squares) / double(smallBytes))));
    m_smallExact = smallBytes <= s_largeFile || picks >= double(m_smallEntries.size()) / 2;
    m_smallStrata.firstSample = m_samples.size();
    if (m_smallExact) {
        for (std::size_t i : m_smallEntries)
            m_samples.push_back(
                { ArchiveFormat::Zip, EstimateSample::Source::File, i, 0, entries[i].size, 0, 0, false, false, {} });
        return;
    }
    const quint64 count = quint64(std::max(1.0, picks));
    for (quint64 k = 0; k < count; ++k) {
        const quint64 a = smallBytes * k / count;
        const quint64 b = smallBytes * (k + 1) / count;
        m_smallStrata.bounds.push_back(a);
        const quint64 position
            = a + mix((k ^ 0x5a5a5a5aull) + m_options.seed * s_seedStep) % std::max<quint64>(1, b - a);
        const auto it = std::upper_bound(m_smallStarts.cbegin(), m_smallStarts.cend(), position);
        const std::size_t entry = m_smallEntries[std::size_t(it - m_smallStarts.cbegin()) - 1];
        m_samples.push_back({ ArchiveFormat::Zip, EstimateSample::Source::File, entry, 0, entries[entry].size, 0, 0,
            false, false, {} });
    }
    m_smallStrata.bounds.push_back(smallBytes);
}

void EstimateRun::planLargeFiles(quint64 largeBytes)
{
    // Large files side by side in one coordinate, sampled like the tar stream; a window stays inside the file its
    // start falls in (each zip entry is its own deflate stream) and is primed with that file's preceding bytes.
    const auto& entries = m_plan.entries();
    m_largeStrata = spread(largeBytes, s_deflateWindow, s_minDeflateWindows, 0x1a6e, [&](quint64 offset, quint64) {
        const auto it = std::upper_bound(m_largeStarts.cbegin(), m_largeStarts.cend(), offset);
        const std::size_t n = std::size_t(it - m_largeStarts.cbegin()) - 1;
        const std::size_t entry = m_largeEntries[n];
        const quint64 size = entries[entry].size;
        const quint64 inFile = std::min(offset - m_largeStarts[n], size - std::min(size, s_deflateWindow));
        const quint64 length = std::min(s_deflateWindow, size - inFile);
        const quint32 dictionary = quint32(std::min<quint64>(s_dictionary, inFile));
        m_samples.push_back({ ArchiveFormat::Zip, EstimateSample::Source::File, entry, inFile, length, dictionary, 0,
            false, false, {} });
    });
}

Result<QByteArray> EstimateRun::readSample(const EstimateSample& sample) const
{
    if (sample.source == EstimateSample::Source::TarStream)
        return m_layout.read(m_disk, sample.offset - sample.dictionary, sample.length + sample.dictionary);
    QByteArray data(qsizetype(sample.length + sample.dictionary), Qt::Uninitialized);
    const Result<void> read = m_disk.readAt(
        m_plan.entries()[sample.entry].node, sample.offset - sample.dictionary, data.data(), quint64(data.size()));
    if (!read)
        return read.error();
    return data;
}

QByteArray EstimateRun::cacheKey(const EstimateSample& sample) const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto addNumber = [&hash](quint64 value) {
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&value), sizeof(value)));
    };
    hash.addData(ArchiveFormats::id(sample.format).toLatin1());
    hash.addData(m_rootKey);
    for (quint64 value : { quint64(m_options.level), quint64(sample.source), sample.offset, sample.length,
             quint64(sample.dictionary), quint64(m_plan.mtime()), quint64(sample.proxy) })
        addNumber(value);
    const auto addEntry = [&](std::size_t index) {
        const ArchiveEntry& entry = m_plan.entries()[index];
        hash.addData(entry.path);
        addNumber(entry.size);
        addNumber(quint64(m_tree.modificationTime(entry.node)));
    };
    if (sample.source == EstimateSample::Source::File) {
        addEntry(sample.entry);
    } else {
        const quint64 from = sample.offset - sample.dictionary, to = sample.offset + sample.length;
        const auto& spans = m_layout.spans();
        for (std::size_t i = m_layout.spanAt(from); i < spans.size() && spans[i].headerOffset < to; ++i)
            addEntry(i);
    }
    return hash.result();
}

void EstimateRun::compress(EstimateSample& sample) const
{
    const QByteArray key = m_options.useCache ? cacheKey(sample) : QByteArray();
    if (m_options.useCache) {
        if (const std::optional<quint64> cached = EstimateCache::instance().lookup(key)) {
            sample.compressed = *cached;
            sample.cached = true;
            return;
        }
    }
    Result<QByteArray> read = readSample(sample);
    if (!read) {
        // Not a number from zeros, and nothing cached: the bytes count as stored and the entry as an error.
        sample.readError = read.error();
        sample.compressed = sample.proxy ? quint64(double(sample.length) * s_proxyScale) : sample.length;
        return;
    }
    const QByteArray data = std::move(*read);
    const QByteArrayView all(data);
    if (sample.proxy)
        sample.compressed = quint64(std::llround(CompressibilityProxy::cost(all, sample.dictionary) * s_proxyScale));
    else
        sample.compressed = SampleCompressor::compressedSize(
            sample.format, m_options.level, all.sliced(sample.dictionary), all.first(sample.dictionary));
    if (m_options.useCache)
        EstimateCache::instance().insert(key, sample.compressed);
}

Result<void> EstimateRun::run(const CancellationToken& token, const EstimateProgressCallback& progress)
{
    // The samples are compressed on a pool of this run's own, never the global one: estimate() itself usually runs
    // on a global-pool thread (EstimateController), and Qt 6's blockingMap only queues its work on the pool it is
    // given and then waits. With every global thread held by such a waiting caller (analysis + estimate on 2 cores)
    // nothing would ever run the queued work. Compressing a sample never waits for anything, so this pool always
    // drains. Batches of a few samples per thread: the token is checked between batches, well within 100 ms.
    QThreadPool pool;
    const std::size_t batch = std::size_t(std::max(1, pool.maxThreadCount())) * 2;
    for (std::size_t start = 0; start < m_samples.size(); start += batch) {
        if (token.isCancelled())
            return makeError(Error::Code::Cancelled, CompressionEstimator::tr("Estimate cancelled."));
        const auto first = m_samples.begin() + qsizetype(start);
        const auto last = m_samples.begin() + qsizetype(std::min(m_samples.size(), start + batch));
        QtConcurrent::blockingMap(&pool, first, last, [this](EstimateSample& sample) { compress(sample); });
        if (progress)
            progress({ int(last - m_samples.begin()), int(m_samples.size()) });
    }
    for (auto it = m_tarStrata.begin(); it != m_tarStrata.end(); ++it)
        calibrate(it.value(), m_tarCells);
    calibrate(m_largeStrata, m_largeCells);
    return {};
}

void EstimateRun::planProxies()
{
    // Cells are only needed where the estimate samples; a single stratum is the whole coordinate, compressed.
    // They cover every stride-th stretch of the coordinate: a few per stratum of the finest sampled format.
    const auto strideFor = [](const Strata& strata) {
        const quint64 length = strata.bounds.back() / (strata.bounds.size() - 1);
        return std::clamp<quint64>(length / s_cellsPerStratum / s_cell * s_cell, s_cell, 64 * s_cell);
    };
    quint64 tarStride = 0;
    for (auto it = m_tarStrata.begin(); it != m_tarStrata.end(); ++it) {
        if (it->bounds.size() > 2) {
            addWindowProxies(it.value());
            tarStride = tarStride ? std::min(tarStride, strideFor(*it)) : strideFor(*it);
        }
    }
    if (tarStride)
        addCells(m_tarCells, 0, EstimateSample::Source::TarStream, 0, 0, m_layout.length(), tarStride);
    if (m_largeStrata.bounds.size() > 2) {
        addWindowProxies(m_largeStrata);
        const auto& entries = m_plan.entries();
        const quint64 stride = strideFor(m_largeStrata);
        for (std::size_t n = 0; n < m_largeEntries.size(); ++n)
            addCells(m_largeCells, m_largeStarts[n], EstimateSample::Source::File, m_largeEntries[n], 0,
                entries[m_largeEntries[n]].size, stride);
    }
}

void EstimateRun::addWindowProxies(Strata& strata)
{
    const std::size_t count = strata.bounds.size() - 1;
    strata.windowProxies.reserve(count);
    for (std::size_t k = 0; k < count; ++k) {
        EstimateSample twin = m_samples[strata.firstSample + k];
        twin.proxy = true;
        strata.windowProxies.push_back(m_samples.size());
        m_samples.push_back(twin);
    }
}

void EstimateRun::addCells(std::vector<Cell>& cells, quint64 coordinate, EstimateSample::Source source,
    std::size_t entry, quint64 offset, quint64 length, quint64 stride)
{
    // Every cell sees up to 32 KiB of its own history, as the stream (or the file's deflate stream) would. Cells
    // sit at the same place in each stride (systematic sampling); a file shorter than a stride gets one cell.
    for (quint64 at = 0; at < length; at += stride) {
        const quint64 n = std::min(s_cell, length - at);
        const quint32 dictionary = quint32(std::min<quint64>(s_dictionary, offset + at));
        cells.push_back({ coordinate + at, n, m_samples.size() });
        m_samples.push_back({ ArchiveFormat::TarGz, source, entry, offset + at, n, dictionary, 0, false, true, {} });
    }
}

double EstimateRun::cellProxy(const std::vector<Cell>& cells, quint64 from, quint64 to) const
{
    // The proxy ratio of [from, to) as measured by the cells inside it (a cell straddling an end counts for its
    // overlap); < 0 when no cell falls inside.
    auto it = std::upper_bound(
        cells.cbegin(), cells.cend(), from, [](quint64 value, const Cell& cell) { return value < cell.start; });
    if (it != cells.cbegin())
        --it;
    double cost = 0, measured = 0;
    for (; it != cells.cend() && it->start < to; ++it) {
        const quint64 a = std::max(from, it->start), b = std::min(to, it->start + it->length);
        if (b > a && it->length > 0) {
            cost += double(m_samples[it->sample].compressed) * double(b - a) / double(it->length);
            measured += double(b - a);
        }
    }
    return measured > 0 ? cost / s_proxyScale / measured : -1;
}

void EstimateRun::calibrate(Strata& strata, const std::vector<Cell>& cells)
{
    // Regression estimator (Cochran, Sampling Techniques, 3rd ed., 7.1 and 7.9, "combined"): a stratum's window ratio r
    // is corrected by b (Q - q), where q is the proxy ratio of the window, Q the proxy ratio of the whole stratum
    // (every byte, measured cheaply) and b the slope of r on q over all windows. With R² ~0.96 between proxy and
    // deflate this cuts the sampling variance ~20-fold: a window that happens to land on a zero table or a string
    // section no longer speaks for the whole stratum.
    const std::size_t count = strata.windowProxies.size();
    if (count < 3 || cells.empty())
        return;
    std::vector<double> r(count), q(count), Q(count), w(count);
    double sw = 0, mr = 0, mq = 0;
    for (std::size_t k = 0; k < count; ++k) {
        const EstimateSample& window = m_samples[strata.firstSample + k];
        const quint64 length = std::max<quint64>(1, window.length);
        r[k] = ratio(strata.firstSample + k);
        q[k] = double(m_samples[strata.windowProxies[k]].compressed) / s_proxyScale / double(length);
        const quint64 from = strata.bounds[k], to = strata.bounds[k + 1];
        w[k] = double(to - from);
        Q[k] = to > from ? cellProxy(cells, from, to) : -1;
        if (Q[k] < 0)
            Q[k] = q[k]; // nothing measured beside the window: no correction
        sw += w[k];
        mr += w[k] * r[k];
        mq += w[k] * q[k];
    }
    mr /= sw;
    mq /= sw;
    double sxy = 0, sxx = 0;
    for (std::size_t k = 0; k < count; ++k) {
        sxy += w[k] * (q[k] - mq) * (r[k] - mr);
        sxx += w[k] * (q[k] - mq) * (q[k] - mq);
    }
    const double slope = sxx > 0 ? std::clamp(sxy / sxx, 0.0, 2.0) : 0.0;
    strata.ratios.resize(count);
    for (std::size_t k = 0; k < count; ++k)
        strata.ratios[k] = std::max(0.0, r[k] + slope * (Q[k] - q[k]));
    qCDebug(lcEstimate) << "calibrated" << count << "strata, slope" << slope;
}

double EstimateRun::stratumRatio(const Strata& strata, std::size_t k, quint64 subtract) const
{
    if (k < strata.ratios.size() && subtract == 0)
        return strata.ratios[k];
    return ratio(strata.firstSample + k, subtract);
}

double EstimateRun::ratio(std::size_t index, quint64 subtract) const
{
    const EstimateSample& sample = m_samples[index];
    if (sample.length == 0)
        return 1.0;
    const quint64 compressed = sample.compressed > subtract ? sample.compressed - subtract : 0;
    return double(compressed) / double(sample.length);
}

FormatEstimate EstimateRun::aggregateTar(ArchiveFormat format) const
{
    FormatEstimate estimate { format, 0, std::vector<quint64>(m_tree.nodeCount(), 0) };
    const Strata& strata = m_tarStrata[int(format)];
    const auto& spans = m_layout.spans();
    // Sweep spans (and the trailing zero blocks, charged to the root) against strata, both in stream order.
    std::size_t k = 0;
    double total = 0;
    for (std::size_t i = 0; i <= spans.size(); ++i) {
        const quint64 from = i < spans.size() ? spans[i].headerOffset : (spans.empty() ? 0 : spans.back().end());
        const quint64 to = i < spans.size() ? spans[i].end() : m_layout.length();
        double share = 0;
        while (k + 1 < strata.bounds.size() && strata.bounds[k + 1] <= from)
            ++k;
        for (std::size_t j = k; j + 1 < strata.bounds.size() && strata.bounds[j] < to; ++j) {
            const quint64 overlap = std::min(to, strata.bounds[j + 1]) - std::max(from, strata.bounds[j]);
            share += double(overlap) * stratumRatio(strata, j);
        }
        total += share;
        const NodeId node = i < spans.size() ? m_plan.entries()[i].node : m_tree.root();
        estimate.perNode[node] += quint64(std::llround(share));
    }
    estimate.totalBytes = quint64(std::llround(total)) + SampleCompressor::containerOverhead(format);
    estimate.perNode[m_tree.root()] += SampleCompressor::containerOverhead(format);
    sumDirectories(estimate.perNode);
    estimate.totalBytes = estimate.perNode[m_tree.root()];
    return estimate;
}

FormatEstimate EstimateRun::aggregateZip() const
{
    FormatEstimate estimate { ArchiveFormat::Zip, 0, std::vector<quint64>(m_tree.nodeCount(), 0) };
    const auto& entries = m_plan.entries();
    const bool stored = m_options.level == 0;
    const quint64 emptyData = stored ? 0 : s_emptyDeflate;
    std::vector<double> data(entries.size(), 0.0);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const ArchiveEntry& entry = entries[i];
        const quint64 name = quint64(entry.path.size()) + (entry.kind == NodeKind::Directory ? 1 : 0);
        // KZip 6.13 with the UT extra field: local header 30 + name + 17, central header 46 + name + 9.
        estimate.perNode[entry.node] += 30 + 17 + 46 + 9 + 2 * name;
        if (entry.kind == NodeKind::Symlink)
            data[i] = double(QFile::encodeName(entry.symlinkTarget).size());
        else if (entry.kind == NodeKind::Directory || entry.size == 0)
            data[i] = double(emptyData);
        else if (stored)
            data[i] = double(entry.size);
    }
    for (std::size_t n = 0; n < m_largeEntries.size(); ++n) {
        const std::size_t i = m_largeEntries[n];
        data[i] = spreadRatios(m_largeStrata, m_largeStarts[n], entries[i].size, 0);
    }
    for (std::size_t n = 0; n < m_smallEntries.size(); ++n) {
        const std::size_t i = m_smallEntries[n];
        if (m_smallExact) {
            data[i] = double(m_samples[m_smallStrata.firstSample + n].compressed);
            continue;
        }
        data[i]
            = double(s_emptyDeflate) + spreadRatios(m_smallStrata, m_smallStarts[n], entries[i].size, s_emptyDeflate);
    }
    for (std::size_t i = 0; i < entries.size(); ++i)
        estimate.perNode[entries[i].node] += quint64(std::llround(data[i]));
    estimate.perNode[m_tree.root()] += 22; // end of central directory, no comment
    sumDirectories(estimate.perNode);
    estimate.totalBytes = estimate.perNode[m_tree.root()];
    return estimate;
}

double EstimateRun::spreadRatios(const Strata& strata, quint64 from, quint64 length, quint64 subtract) const
{
    // The sampled ratios over [from, from + length) of a concatenated coordinate, stratum by stratum.
    const quint64 to = from + length;
    const auto& bounds = strata.bounds;
    if (bounds.size() < 2)
        return 0;
    std::size_t k = std::size_t(std::upper_bound(bounds.cbegin(), bounds.cend(), from) - bounds.cbegin()) - 1;
    double share = 0;
    for (; k + 1 < bounds.size() && bounds[k] < to; ++k) {
        const quint64 overlap = std::min(to, bounds[k + 1]) - std::max(from, bounds[k]);
        share += double(overlap) * stratumRatio(strata, k, subtract);
    }
    return share;
}

void EstimateRun::sumDirectories(std::vector<quint64>& perNode) const
{
    // A child's id is always greater than its parent's: one backwards pass sums every subtree.
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
    for (ArchiveFormat format : m_options.formats)
        result.formats.push_back(format == ArchiveFormat::Zip ? aggregateZip() : aggregateTar(format));
}

} // namespace BundleScope
