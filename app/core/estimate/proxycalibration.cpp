// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxycalibration.h"

#include "common/logging.h"
#include "estimate/samplemeasurer.h"

#include <algorithm>

namespace BundleScope {

namespace {
    constexpr quint64 s_cell = 64 * 1024; // proxy cells: a stratum's proxy ratio is measured on those inside it
    constexpr quint64 s_cellsPerStratum = 8; // half of a 1 MiB stratum; 4 cost 0.8% more error, 8 cost 40% more time
    constexpr quint32 s_history = 32 * 1024; // deflate's window
} // namespace

quint64 ProxyCalibration::stride(const Strata& strata)
{
    const quint64 length = strata.bounds.back() / strata.count();
    return std::clamp<quint64>(length / s_cellsPerStratum / s_cell * s_cell, s_cell, 64 * s_cell);
}

void ProxyCalibration::addWindowProxies(Strata& strata, EstimateSamples& samples)
{
    const std::size_t count = strata.count();
    strata.windowProxies.reserve(count);
    for (std::size_t k = 0; k < count; ++k) {
        EstimateSample twin = samples[strata.firstSample + k];
        twin.proxy = true;
        twin.dictionary = std::min(twin.dictionary, s_history); // the proxy's reach, as the cells'
        strata.windowProxies.push_back(samples.size());
        samples.push_back(twin);
    }
}

void ProxyCalibration::addCells(EstimateSamples& samples, quint64 coordinate, EstimateSample::Source source,
    std::size_t entry, quint64 offset, quint64 length, quint64 stride)
{
    // Cells sit at the same place in each stride (systematic sampling); a file shorter than a stride gets one cell.
    for (quint64 at = 0; at < length; at += stride) {
        const quint64 n = std::min(s_cell, length - at);
        const quint32 history = quint32(std::min<quint64>(s_history, offset + at));
        m_cells.push_back({ coordinate + at, n, samples.size() });
        samples.push_back({ ArchiveFormat::TarGz, source, entry, offset + at, n, history, 0, false, true, {} });
    }
}

double ProxyCalibration::proxy(const EstimateSamples& samples, quint64 from, quint64 to) const
{
    // A cell straddling an end counts for its overlap.
    auto it = std::upper_bound(
        m_cells.cbegin(), m_cells.cend(), from, [](quint64 value, const Cell& cell) { return value < cell.start; });
    if (it != m_cells.cbegin())
        --it;
    double cost = 0, measured = 0;
    for (; it != m_cells.cend() && it->start < to; ++it) {
        const quint64 a = std::max(from, it->start), b = std::min(to, it->start + it->length);
        if (b > a && it->length > 0) {
            cost += double(samples[it->sample].compressed) * double(b - a) / double(it->length);
            measured += double(b - a);
        }
    }
    return measured > 0 ? cost / SampleMeasurer::ProxyScale / measured : -1;
}

void ProxyCalibration::calibrate(Strata& strata, const EstimateSamples& samples) const
{
    const std::size_t count = strata.windowProxies.size();
    if (count < 3 || m_cells.empty())
        return;
    std::vector<double> r(count), q(count), Q(count), w(count);
    double sw = 0, mr = 0, mq = 0;
    for (std::size_t k = 0; k < count; ++k) {
        const EstimateSample& window = samples[strata.firstSample + k];
        const quint64 length = std::max<quint64>(1, window.length);
        r[k] = window.ratio();
        q[k] = double(samples[strata.windowProxies[k]].compressed) / SampleMeasurer::ProxyScale / double(length);
        const quint64 from = strata.bounds[k], to = strata.bounds[k + 1];
        w[k] = double(to - from);
        Q[k] = to > from ? proxy(samples, from, to) : -1;
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

} // namespace BundleScope
