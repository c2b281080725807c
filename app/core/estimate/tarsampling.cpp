// SPDX-License-Identifier: GPL-3.0-or-later
#include "tarsampling.h"

#include "estimate/samplecompressor.h"

#include <algorithm>

namespace BundleScope {

namespace {
    constexpr quint64 s_deflateWindow = 32 * 1024; // deflate's whole window, primed by a 32 KiB dictionary
    constexpr quint64 s_filterWindow = 256 * 1024;
    // Fewer windows than this make the estimate of a small bundle a lottery; they cost little there.
    constexpr quint64 s_minDeflateWindows = 64;
    constexpr quint64 s_minFilterWindows = 12;
    constexpr quint32 s_dictionary = 32 * 1024;
    // History before a zstd window: the reach into it is what a cold window lacked (+7..10% on qtgui, numsci and
    // inference). 1 MiB of zstd's 2 MiB window came within 1% of the real stream on the corpus's tar streams.
    constexpr quint64 s_zstdHistory = 1024 * 1024;

    // The bytes before `offset` the sample is primed with: deflate's 32 KiB window; 1 MiB for zstd; none for xz,
    // whose preset dictionary costs 2/3 of compressing it (1 MiB made the estimate 5x slower and numsci still +8..12%:
    // its gain comes from matches up to the 8 MiB dictionary). xz estimates stay upper bounds (compressionestimator.h).
    quint32 historyAt(ArchiveFormat format, quint64 offset)
    {
        switch (format) {
        case ArchiveFormat::TarXz:
            return 0;
        case ArchiveFormat::TarZst:
            return quint32(std::min(s_zstdHistory, offset));
        case ArchiveFormat::TarGz:
        case ArchiveFormat::Zip:
            break;
        }
        return quint32(std::min<quint64>(s_dictionary, offset));
    }
} // namespace

TarSampling::TarSampling(const EstimateOptions& options, const ArchivePlan& plan, const TarLayout& layout)
    : m_options(options)
    , m_plan(plan)
    , m_layout(layout)
{
}

void TarSampling::plan(ArchiveFormat format, EstimateSamples& samples)
{
    const bool deflate = format == ArchiveFormat::TarGz;
    const quint64 window = deflate ? s_deflateWindow : s_filterWindow;
    m_strata.insert(int(format),
        Strata::spread(samples.size(), m_layout.length(), window, deflate ? s_minDeflateWindows : s_minFilterWindows,
            m_options.sampleFraction, quint64(format) + 1, m_options.seed, [&](quint64 offset, quint64 length) {
                samples.push_back({ format, EstimateSample::Source::TarStream, 0, offset, length,
                    historyAt(format, offset), 0, false, false, {} });
            }));
}

void TarSampling::planProxies(EstimateSamples& samples)
{
    // Cells are only needed where the estimate samples; a single stratum is the whole coordinate, compressed.
    // They cover every stride-th stretch of the stream: a few per stratum of the finest sampled format.
    quint64 stride = 0;
    for (auto it = m_strata.begin(); it != m_strata.end(); ++it) {
        if (it->count() > 1) {
            ProxyCalibration::addWindowProxies(it.value(), samples);
            const quint64 own = ProxyCalibration::stride(*it);
            stride = stride ? std::min(stride, own) : own;
        }
    }
    if (stride)
        m_calibration.addCells(samples, 0, EstimateSample::Source::TarStream, 0, 0, m_layout.length(), stride);
}

void TarSampling::calibrate(const EstimateSamples& samples)
{
    for (auto it = m_strata.begin(); it != m_strata.end(); ++it)
        m_calibration.calibrate(it.value(), samples);
}

std::vector<quint64> TarSampling::perNode(
    ArchiveFormat format, const EstimateSamples& samples, NodeId root, NodeId nodeCount) const
{
    std::vector<quint64> perNode(nodeCount, 0);
    const auto found = m_strata.constFind(int(format));
    if (found == m_strata.cend())
        return perNode;
    const Strata& strata = *found;
    const auto& spans = m_layout.spans();
    // Each span, then the trailing zero blocks (charged to the root), against the strata it falls in.
    for (std::size_t i = 0; i <= spans.size(); ++i) {
        const quint64 from = i < spans.size() ? spans[i].headerOffset : (spans.empty() ? 0 : spans.back().end());
        const quint64 to = i < spans.size() ? spans[i].end() : m_layout.length();
        const NodeId node = i < spans.size() ? m_plan.entries()[i].node : root;
        perNode[node] += quint64(std::llround(strata.bytes(samples, from, to - from)));
    }
    perNode[root] += SampleCompressor::containerOverhead(format);
    return perNode;
}

} // namespace BundleScope
