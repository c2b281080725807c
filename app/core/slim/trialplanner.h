// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

#include <functional>
#include <vector>

namespace BundleScope {

// The search for the largest set of candidates the app still passes without: adaptive group testing in the spirit
// of delta debugging (Zeller & Hildebrandt, "Simplifying and Isolating Failure-Inducing Input", IEEE TSE 2002).
// All candidates at once first; a failing group is split in halves, each half tried on top of everything accepted
// so far, until each breaking candidate is isolated. When the first half passes, the second half's trial would
// repeat the failed one exactly, so it is split without running. Every trial includes every candidate accepted
// before it, so the final accepted set is the one the last passing trial ran (a verified state). With n candidates
// of which k break, at most 1 + 2k*ceil(log2 n) trials run. Pure logic, no I/O: the test is a callback.
class TrialPlanner {
public:
    struct Outcome {
        bool passed = false;
        QString evidence; // the failing run's first error line
    };
    // Runs the app with exactly the candidates `removed` (indices into 0..count-1) applied.
    using Test = std::function<Result<Outcome>(const std::vector<int>& removed)>;

    struct Verdicts {
        std::vector<bool> removed; // per candidate: true = verified removable
        std::vector<QString> evidence; // per breaking candidate: why (empty for removed ones)
        std::vector<int> accepted; // the removable candidates, ascending
        int trials = 0;
    };

    // Errors come from the test (Cancelled, Io); the trials run so far are lost with them.
    [[nodiscard]] static Result<Verdicts> run(int count, const Test& test);
    // The upper bound above, for tests and for the user's expectations.
    static int trialBound(int count, int breaking);

private:
    struct State;
    static Result<void> solve(State& state, std::vector<int> group, bool knownFailing, const QString& knownEvidence);
};

} // namespace BundleScope
