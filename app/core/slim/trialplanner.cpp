// SPDX-License-Identifier: GPL-3.0-or-later
#include "trialplanner.h"

#include <algorithm>
#include <cmath>

namespace BundleScope {

struct TrialPlanner::State {
    const Test& test;
    Verdicts verdicts;
};

int TrialPlanner::trialBound(int count, int breaking)
{
    if (count <= 0)
        return 0;
    const int depth = count > 1 ? int(std::ceil(std::log2(double(count)))) : 0;
    return 1 + 2 * breaking * std::max(1, depth);
}

Result<TrialPlanner::Verdicts> TrialPlanner::run(int count, const Test& test)
{
    State state { test, {} };
    state.verdicts.removed.assign(std::size_t(std::max(0, count)), false);
    state.verdicts.evidence.resize(std::size_t(std::max(0, count)));
    std::vector<int> all(std::size_t(std::max(0, count)));
    for (int i = 0; i < count; ++i)
        all[std::size_t(i)] = i;
    if (Result<void> solved = solve(state, std::move(all), false, {}); !solved)
        return solved.error();
    std::sort(state.verdicts.accepted.begin(), state.verdicts.accepted.end());
    return std::move(state.verdicts);
}

Result<void> TrialPlanner::solve(State& state, std::vector<int> group, bool knownFailing, const QString& knownEvidence)
{
    if (group.empty())
        return {};
    QString evidence = knownEvidence;
    if (!knownFailing) {
        std::vector<int> removed = state.verdicts.accepted;
        removed.insert(removed.end(), group.begin(), group.end());
        std::sort(removed.begin(), removed.end());
        ++state.verdicts.trials;
        const Result<Outcome> outcome = state.test(removed);
        if (!outcome)
            return outcome.error();
        if (outcome->passed) {
            for (int index : group)
                state.verdicts.removed[std::size_t(index)] = true;
            state.verdicts.accepted.insert(state.verdicts.accepted.end(), group.begin(), group.end());
            return {};
        }
        evidence = outcome->evidence;
    }
    if (group.size() == 1) {
        state.verdicts.evidence[std::size_t(group.front())] = evidence;
        return {};
    }
    const auto middle = group.begin() + std::ptrdiff_t(group.size() / 2);
    std::vector<int> first(group.begin(), middle);
    std::vector<int> second(middle, group.end());
    const std::size_t acceptedBefore = state.verdicts.accepted.size();
    if (Result<void> solved = solve(state, std::move(first), false, {}); !solved)
        return solved;
    // The whole first half passed: accepted + second half is exactly the trial that just failed.
    const bool firstHalfAllPassed
        = state.verdicts.accepted.size() - acceptedBefore == std::size_t(middle - group.begin());
    return solve(state, std::move(second), firstHalfAllPassed, evidence);
}

} // namespace BundleScope
