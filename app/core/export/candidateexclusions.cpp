// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidateexclusions.h"

namespace BundleScope {

ArchiveExclusions CandidateExclusions::fromCandidates(const std::vector<Candidate>& candidates, const QStringList& ids)
{
    ArchiveExclusions exclusions;
    for (const Candidate& candidate : candidates) {
        const bool chosen = ids.isEmpty() ? candidate.advised : ids.contains(candidate.id);
        if (!chosen)
            continue;
        for (const Candidate::FileSaving& file : candidate.files) {
            if (file.removesFile && file.node != InvalidNode)
                exclusions.nodes.insert(file.node);
        }
    }
    return exclusions;
}

} // namespace BundleScope
