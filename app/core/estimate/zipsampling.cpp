// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipsampling.h"

#include "export/archivelimits.h"

#include <QFile>

#include <algorithm>
#include <cmath>

namespace BundleScope {

namespace {
    constexpr quint64 s_window = 32 * 1024; // deflate's whole window, primed by a 32 KiB dictionary
    constexpr quint64 s_minWindows = 64; // also the least number of small files picked
    constexpr quint64 s_largeFile = 128 * 1024; // smaller files are sampled whole, larger ones by windows
    constexpr quint32 s_dictionary = 32 * 1024;
    constexpr quint64 s_emptyDeflate = 2; // raw deflate of nothing: one empty final fixed block (03 00)
} // namespace

ZipSampling::ZipSampling(const EstimateOptions& options, const ArchivePlan& plan)
    : m_options(options)
    , m_plan(plan)
{
}

void ZipSampling::plan(EstimateSamples& samples)
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
        planLargeFiles(samples, largeBytes);
    if (!m_smallEntries.empty())
        planSmallFiles(samples, smallBytes, squares);
}

void ZipSampling::planSmallFiles(EstimateSamples& samples, quint64 smallBytes, quint64 squares)
{
    const auto& entries = m_plan.entries();
    // Probability proportional to size: a pick costs the size-weighted mean file size on average.
    const double budget = double(smallBytes) * m_options.sampleFraction;
    const double picks = std::max(double(s_minWindows), std::ceil(budget / (double(squares) / double(smallBytes))));
    m_smallExact = smallBytes <= s_largeFile || picks >= double(m_smallEntries.size()) / 2;
    m_smallStrata.firstSample = samples.size();
    if (m_smallExact) {
        for (std::size_t i : m_smallEntries)
            samples.push_back(
                { ArchiveFormat::Zip, EstimateSample::Source::File, i, 0, entries[i].size, 0, 0, false, false, {} });
        return;
    }
    const quint64 count = quint64(std::max(1.0, picks));
    for (quint64 k = 0; k < count; ++k) {
        const quint64 a = smallBytes * k / count;
        const quint64 b = smallBytes * (k + 1) / count;
        m_smallStrata.bounds.push_back(a);
        const quint64 position
            = a + Strata::mix((k ^ 0x5a5a5a5aull) + Strata::seedOffset(m_options.seed)) % std::max<quint64>(1, b - a);
        const auto it = std::upper_bound(m_smallStarts.cbegin(), m_smallStarts.cend(), position);
        const std::size_t entry = m_smallEntries[std::size_t(it - m_smallStarts.cbegin()) - 1];
        samples.push_back({ ArchiveFormat::Zip, EstimateSample::Source::File, entry, 0, entries[entry].size, 0, 0,
            false, false, {} });
    }
    m_smallStrata.bounds.push_back(smallBytes);
}

void ZipSampling::planLargeFiles(EstimateSamples& samples, quint64 largeBytes)
{
    // Large files side by side in one coordinate, sampled like the tar stream; a window stays inside the file its
    // start falls in (each zip entry is its own deflate stream) and is primed with that file's preceding bytes.
    const auto& entries = m_plan.entries();
    m_largeStrata = Strata::spread(samples.size(), largeBytes, s_window, s_minWindows, m_options.sampleFraction, 0x1a6e,
        m_options.seed, [&](quint64 offset, quint64) {
            const auto it = std::upper_bound(m_largeStarts.cbegin(), m_largeStarts.cend(), offset);
            const std::size_t n = std::size_t(it - m_largeStarts.cbegin()) - 1;
            const std::size_t entry = m_largeEntries[n];
            const quint64 size = entries[entry].size;
            const quint64 inFile = std::min(offset - m_largeStarts[n], size - std::min(size, s_window));
            const quint64 length = std::min(s_window, size - inFile);
            const quint32 dictionary = quint32(std::min<quint64>(s_dictionary, inFile));
            samples.push_back({ ArchiveFormat::Zip, EstimateSample::Source::File, entry, inFile, length, dictionary, 0,
                false, false, {} });
        });
}

void ZipSampling::planProxies(EstimateSamples& samples)
{
    if (m_largeStrata.count() <= 1)
        return; // one stratum is all of it, compressed
    ProxyCalibration::addWindowProxies(m_largeStrata, samples);
    const auto& entries = m_plan.entries();
    const quint64 stride = ProxyCalibration::stride(m_largeStrata);
    for (std::size_t n = 0; n < m_largeEntries.size(); ++n)
        m_calibration.addCells(samples, m_largeStarts[n], EstimateSample::Source::File, m_largeEntries[n], 0,
            entries[m_largeEntries[n]].size, stride);
}

void ZipSampling::calibrate(const EstimateSamples& samples)
{
    m_calibration.calibrate(m_largeStrata, samples);
}

std::vector<quint64> ZipSampling::perNode(const EstimateSamples& samples, NodeId root, NodeId nodeCount) const
{
    std::vector<quint64> perNode(nodeCount, 0);
    const auto& entries = m_plan.entries();
    const bool stored = m_options.level == 0;
    const quint64 emptyData = stored ? 0 : s_emptyDeflate;
    std::vector<double> data(entries.size(), 0.0);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const ArchiveEntry& entry = entries[i];
        const quint64 name = quint64(entry.path.size()) + (entry.kind == NodeKind::Directory ? 1 : 0);
        perNode[entry.node] += ArchiveLimits::ZipLocalHeaderBytes + ArchiveLimits::ZipCentralHeaderBytes + 2 * name;
        if (entry.kind == NodeKind::Symlink)
            data[i] = double(QFile::encodeName(entry.symlinkTarget).size());
        else if (entry.kind == NodeKind::Directory || entry.size == 0)
            data[i] = double(emptyData);
        else if (stored)
            data[i] = double(entry.size);
    }
    for (std::size_t n = 0; n < m_largeEntries.size(); ++n) {
        const std::size_t i = m_largeEntries[n];
        data[i] = m_largeStrata.bytes(samples, m_largeStarts[n], entries[i].size);
    }
    for (std::size_t n = 0; n < m_smallEntries.size(); ++n) {
        const std::size_t i = m_smallEntries[n];
        data[i] = m_smallExact
            ? double(samples[m_smallStrata.firstSample + n].compressed)
            : double(s_emptyDeflate) + m_smallStrata.bytes(samples, m_smallStarts[n], entries[i].size, s_emptyDeflate);
    }
    for (std::size_t i = 0; i < entries.size(); ++i)
        perNode[entries[i].node] += quint64(std::llround(data[i]));
    perNode[root] += ArchiveLimits::ZipEndRecordBytes;
    return perNode;
}

} // namespace BundleScope
