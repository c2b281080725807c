// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "model/nodetypes.h"

#include <QMutex>

#include <vector>

namespace BundleScope {

class BundleTree;

// Where analyzers report the entries they could not read (completely): a file that shrank or vanished since the scan,
// a read error, something that is no longer a regular file. Each becomes an Error with the entry's path, which the
// AnalysisResult carries to the report's `errors`; a partial read never becomes a number. Thread-safe: analyzers add
// from worker threads. Owned by AnalysisRunner for one run (AnalysisContext::errors points to it).
class AnalysisErrors {
public:
    AnalysisErrors() = default;
    Q_DISABLE_COPY_MOVE(AnalysisErrors)

    // `id` names the entry when the error has no path (InvalidNode: the error's path, even empty, is the entry's).
    void add(const BundleTree& tree, NodeId id, Error error);
    // Everything reported so far, one error per entry (the first by message when several analyzers failed on it),
    // sorted by path, and forgets it.
    std::vector<Error> take();

private:
    QMutex m_mutex;
    std::vector<Error> m_errors;
};

} // namespace BundleScope
