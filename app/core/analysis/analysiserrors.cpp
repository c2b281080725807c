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
    if (error.path.isEmpty())
        error.path = tree.path(id);
    const QMutexLocker locker(&m_mutex);
    m_errors.push_back(std::move(error));
}

void AnalysisContext::readFailed(NodeId id, Error error) const
{
    if (errors)
        errors->add(tree, id, std::move(error));
    else
        qCWarning(lcAnalysis).noquote() << tree.path(id) << error.message;
}

std::vector<Error> AnalysisErrors::take()
{
    const QMutexLocker locker(&m_mutex);
    std::vector<Error> errors = std::move(m_errors);
    m_errors.clear();
    std::sort(errors.begin(), errors.end(),
        [](const Error& a, const Error& b) { return std::tie(a.path, a.message) < std::tie(b.path, b.message); });
    return errors;
}

} // namespace BundleScope
