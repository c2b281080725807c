// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/candidate.h"
#include "export/archiveplan.h"

#include <QStringList>

#include <vector>

namespace BundleScope {

// Turns optimization candidates into archive exclusions: every file an advised candidate removes outright
// (Candidate::FileSaving::removesFile: exclusions, duplicates, dev files…) is left out; candidates that only shrink
// files (strip, UPX, precision) cannot be applied by leaving files out and are ignored. Stateless, any thread.
class CandidateExclusions {
public:
    // `ids` empty: all advised candidates; otherwise exactly those ids (what the user checked).
    static ArchiveExclusions fromCandidates(const std::vector<Candidate>& candidates, const QStringList& ids = {});
};

} // namespace BundleScope
