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
                const quint32 dictionary = deflate ? quint32(std::min<quint64>(s_dictionary, offset)) : 0;
                samples.push_back(
                    { format, EstimateSample::Source::TarStream, 0, offset, length, dictionary, 0, false, false, {} });
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
