// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/candidate.h"
#include "common/cancellationtoken.h"
#include "common/result.h"
#include "scan/bundlesource.h"

#include <QString>

#include <vector>

namespace BundleScope {

// The scan and analysis a slim run starts from: the bundle folder scanned like any bundle (the launcher opened, its
// PYZ modules shown as members) and the analyzers' candidates, which SlimCandidates turns into trial items.
// Synchronous, cancellable; any thread.
class SlimScan {
public:
    ScanResult scan;
    std::vector<Candidate> candidates;

    // Errors: those of SourceFactory, ScanPipeline and AnalysisRunner (NotFound, NotABundle, Cancelled…).
    [[nodiscard]] static Result<SlimScan> run(const QString& bundleFolder, const CancellationToken& token = {});
};

} // namespace BundleScope
