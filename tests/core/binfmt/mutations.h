// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <functional>
#include <optional>

namespace BundleScope::Test {

// Feeds `rounds` copies of `seed` with 1-4 random bytes overwritten in its first `span` bytes to `parse`, a reader
// call returning nullopt on success or the Error it failed with. Counts failures that are not Malformed (a reader
// must reject lying headers as Malformed, never crash, hang or allocate without bound). Deterministic: fixed seed.
// Test thread only.
struct MutationRun {
    int parsed = 0;
    int malformed = 0;
    int otherErrors = 0;
};

inline MutationRun mutate(const QByteArray& seed, qsizetype span, int rounds,
    const std::function<std::optional<Error>(const QByteArray&)>& parse)
{
    QRandomGenerator random(20261129);
    MutationRun run;
    const int limit = int(qMin(span, seed.size()));
    for (int round = 0; round < rounds; ++round) {
        QByteArray data = seed;
        const int flips = 1 + int(random.bounded(4));
        for (int i = 0; i < flips; ++i)
            data[random.bounded(limit)] = char(random.bounded(256));
        const std::optional<Error> error = parse(data);
        if (!error)
            ++run.parsed;
        else if (error->code == Error::Code::Malformed)
            ++run.malformed;
        else
            ++run.otherErrors;
    }
    return run;
}

} // namespace BundleScope::Test
