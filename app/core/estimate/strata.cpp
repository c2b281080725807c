// SPDX-License-Identifier: GPL-3.0-or-later
#include "strata.h"

#include <algorithm>
#include <cmath>

namespace BundleScope {

quint64 Strata::mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

Strata Strata::spread(std::size_t firstSample, quint64 length, quint64 window, quint64 minimum, double fraction,
    quint64 salt, quint64 seed, const std::function<void(quint64, quint64)>& add)
{
    Strata strata;
    strata.firstSample = firstSample;
    const quint64 wanted = std::max(minimum, quint64(std::ceil(double(length) * fraction / double(window))));
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
        add(a + (room ? mix(k * 0x100 + salt + seedOffset(seed)) % (room + 1) : 0), std::min(window, b - a));
    }
    strata.bounds.push_back(length);
    return strata;
}

double Strata::ratio(const EstimateSamples& samples, std::size_t k, quint64 subtract) const
{
    if (k < ratios.size() && subtract == 0)
        return ratios[k];
    return samples[firstSample + k].ratio(subtract);
}

double Strata::bytes(const EstimateSamples& samples, quint64 from, quint64 length, quint64 subtract) const
{
    const quint64 to = from + length;
    if (bounds.size() < 2)
        return 0;
    std::size_t k = std::size_t(std::upper_bound(bounds.cbegin(), bounds.cend(), from) - bounds.cbegin()) - 1;
    double share = 0;
    for (; k + 1 < bounds.size() && bounds[k] < to; ++k) {
        const quint64 overlap = std::min(to, bounds[k + 1]) - std::max(from, bounds[k]);
        share += double(overlap) * ratio(samples, k, subtract);
    }
    return share;
}

} // namespace BundleScope
