// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/candidate.h"
#include "common/error.h"

#include <memory>
#include <vector>

namespace BundleScope {

// What applying a set of candidates would do to the bundle, every byte counted once (see PotentialCalculator).
struct Potential {
    quint64 bytesBefore = 0;
    quint64 bytesAfter = 0;
    quint64 saving = 0;
    double fraction() const { return bytesBefore ? double(saving) / double(bytesBefore) : 0.0; }
};

// The output of one AnalysisRunner run: candidates in a deterministic order (kind, then saving descending, then id)
// and the potential of the advised ones. Immutable once built; shared read-only as shared_ptr<const AnalysisResult>.
struct AnalysisResult {
    std::vector<Candidate> candidates;
    Potential potential;
    // Entries an analyzer could not read (completely), sorted by path: what it found is not in `candidates`.
    std::vector<Error> errors;

    const Candidate* find(const QString& id) const
    {
        for (const Candidate& candidate : candidates) {
            if (candidate.id == id)
                return &candidate;
        }
        return nullptr;
    }
};

using AnalysisResultPtr = std::shared_ptr<const AnalysisResult>;

} // namespace BundleScope
