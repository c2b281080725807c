// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "model/bundletree.h"

#include <QSet>

#include <vector>

namespace BundleScope {

// Sums what a set of candidates saves without counting a byte twice. Overlap is resolved per file:
// - a file that any selected candidate removes (exclusion, duplicate copy, lazy-loaded model) saves its full size,
//   once, and partial savings on it (strip, UPX, fp16) add nothing more;
// - partial savings on a file that stays are added up and capped at the file's size;
// - a candidate whose saving is not attributed to files adds its saving as is.
// The total saving is capped at the bundle size. Pure function over the tree; any thread.
class PotentialCalculator {
public:
    // The advised candidates: the headline figure of reports.
    static Potential advised(const BundleTree& tree, const std::vector<Candidate>& candidates);
    // The candidates whose ids are in `selected` (the GUI's checked set), advised or not.
    static Potential selected(
        const BundleTree& tree, const std::vector<Candidate>& candidates, const QSet<QString>& selected);
    // The given candidates, all of them.
    static Potential compute(const BundleTree& tree, const std::vector<const Candidate*>& candidates);
};

} // namespace BundleScope
