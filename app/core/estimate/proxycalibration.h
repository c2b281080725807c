// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate/estimatesample.h"
#include "estimate/strata.h"

#include <vector>

namespace BundleScope {

// The regression estimator of one coordinate's strata on CompressibilityProxy (Cochran, Sampling Techniques, 3rd
// ed., 7.1 and 7.9, "combined"): a stratum's window ratio r is corrected by b (Q - q), where q is the proxy ratio of
// the window (its proxy twin), Q the proxy ratio of the stratum measured by the cells that fall in it and b the slope
// of r on q over all windows. With R² ~0.96 between proxy and deflate this cuts the sampling variance ~20-fold: a
// window that happens to land on a zero table or a string section no longer speaks for the whole stratum. Plans its
// proxy samples into the run's list, then calibrates the strata once they are measured. The estimate's thread.
class ProxyCalibration {
public:
    // The stride between cells for strata like these: a few cells per stratum (every byte of a small coordinate).
    static quint64 stride(const Strata& strata);
    // One proxy twin per window of `strata` (more than one stratum only).
    static void addWindowProxies(Strata& strata, EstimateSamples& samples);
    // Cells over [offset, offset + length) of one source, which sits at `coordinate` in this calibration's
    // coordinate: one per stride, each with up to 32 KiB of its own history as the deflate stream would have.
    void addCells(EstimateSamples& samples, quint64 coordinate, EstimateSample::Source source, std::size_t entry,
        quint64 offset, quint64 length, quint64 stride);
    // Fills strata.ratios from the measured windows, twins and cells (nothing with fewer than 3 windows or no cells).
    void calibrate(Strata& strata, const EstimateSamples& samples) const;

private:
    // A stretch of the coordinate measured by one proxy sample.
    struct Cell {
        quint64 start = 0;
        quint64 length = 0;
        std::size_t sample = 0;
    };
    // The proxy ratio of [from, to) as measured by the cells inside it; < 0 when no cell falls inside.
    double proxy(const EstimateSamples& samples, quint64 from, quint64 to) const;

    std::vector<Cell> m_cells; // in coordinate order
};

} // namespace BundleScope
