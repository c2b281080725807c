// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysiserrors.h"

#include "analysis/analyzer.h"
#include "common/logging.h"
#include "model/bundletree.h"

#include <algorithm>
#include <tuple>

namespace BundleScope {

void AnalysisErrors::add(const BundleTree& tree, NodeId id, Error error)
{
    if (error.path.isEmpty() && tree.isValid(id))
        error.path = tree.path(id);
    const QMutexLocker locker(&m_mutex);
    m_errors.push_back(std::move(error));
}

void AnalysisContext::readFailed(NodeId id, Error error) const
{
    if (errors)
        errors->add(tree, id, std::move(error));
    else
        qCWarning(lcAnalysis).noquote() << (error.path.isEmpty() && tree.isValid(id) ? tree.path(id) : error.path)
                                        << error.message;
}

std::vector<Error> AnalysisErrors::take()
{
    const QMutexLocker locker(&m_mutex);
    std::vector<Error> errors = std::move(m_errors);
    m_errors.clear();
    std::sort(errors.begin(), errors.end(),
        [](const Error& a, const Error& b) { return std::tie(a.path, a.message) < std::tie(b.path, b.message); });
    // One per entry: the strip, UPX and dependency readers all fail on the same vanished library, and the report,
    // the GUI and stderr count files that could not be read, not the analyzers that tried.
    errors.erase(
        std::unique(errors.begin(), errors.end(), [](const Error& a, const Error& b) { return a.path == b.path; }),
        errors.end());
    return errors;
}

} // namespace BundleScope
