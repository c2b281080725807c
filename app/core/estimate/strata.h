// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate/estimatesample.h"

#include <QtGlobal>

#include <functional>
#include <vector>

namespace BundleScope {

// The sampling plan of one coordinate (the tar stream, or files side by side): strata [bounds[k], bounds[k+1]),
// each represented by the window sample firstSample + k, placed at a deterministic random offset inside it
// (stratified random sampling, Cochran, Sampling Techniques, 3rd ed., ch. 5). windowProxies[k] is the proxy twin of
// window k and ratios[k] its calibrated ratio (ProxyCalibration; empty: the raw ratios). A value, built and read on
// the estimate's thread.
struct Strata {
    std::vector<quint64> bounds;
    std::size_t firstSample = 0;
    std::vector<std::size_t> windowProxies;
    std::vector<double> ratios;

    // Cuts [0, length) into max(minimum, length × fraction / window) strata (at most one per two windows; one
    // stratum holding all of it when length <= 4 windows) and calls add(offset, length) for each one's window, in
    // order; the caller appends one sample per call, starting at index firstSample.
    static Strata spread(std::size_t firstSample, quint64 length, quint64 window, quint64 minimum, double fraction,
        quint64 salt, quint64 seed, const std::function<void(quint64, quint64)>& add);
    // splitmix64 (Steele, Lea, Flood 2014): the deterministic random placements of the plan.
    static quint64 mix(quint64 x);
    // Another seed moves every draw; seed 0 is the default sample.
    static quint64 seedOffset(quint64 seed) { return seed * 0x10000001ull; }

    std::size_t count() const { return bounds.empty() ? 0 : bounds.size() - 1; }
    // Stratum k's ratio: calibrated, unless `subtract` asks for the raw one less a fixed cost.
    double ratio(const EstimateSamples& samples, std::size_t k, quint64 subtract = 0) const;
    // The compressed bytes of [from, from + length), stratum by stratum.
    double bytes(const EstimateSamples& samples, quint64 from, quint64 length, quint64 subtract = 0) const;
};

} // namespace BundleScope
