// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/candidate.h"
#include "common/cancellationtoken.h"
#include "common/result.h"
#include "model/bundletree.h"
#include "slim/slimresult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace BundleScope {

struct SlimRequest {
    QString bundleFolder; // the one-folder bundle on disk (an archive is extracted before)
    QString displayRoot; // what the user named, for the report; empty: bundleFolder
    QString command; // run as /bin/sh -c in the copy's top folder
    QString expect; // text that must appear in the output; empty: exit status 0 is enough
    int timeoutSeconds = 120;
    bool trace = false; // record the baseline run with strace and try what it never touched
    quint64 traceMinBytes = 1024 * 1024; // smallest unused file or folder worth a candidate
    int traceLimit = 64; // most unused-in-the-run candidates, largest first
    QString temporaryRoot; // where the working copy goes; empty: the system temporary folder
    // Called on the engine's thread before each trial after the baseline, with its index (1, 2, …) and the ids of
    // the candidates it removes: what a GUI shows as "trial N: trying X". Optional.
    std::function<void(int index, const QStringList& candidateIds)> trialStarting;
};

// Verified slimming (issue 14): makes one working copy of the bundle (TrialCopy), runs the command on it untouched
// (the baseline, optionally under strace), then lets TrialPlanner find the largest set of `items` the app passes
// without, applying each trial by moving files aside within the copy. Fills in verdicts, the trials with their
// times, the verified saving and the .spec fragment. A failing baseline is a result (baselinePassed false, the
// output's last lines), not an error. The original is never written; the copy is gone when run() returns.
// Synchronous and cancellable (within ~50 ms, the command's process group killed); one thread.
class SlimEngine {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::SlimEngine)
public:
    // One line of progress for the user ("trial 3: …"), on the engine's thread.
    using Progress = std::function<void(const QString& line)>;

    // `tree` is the bundle folder's scan; `candidates` the analysis's (for the .spec fragment); `items` the ones to
    // try, from SlimCandidates. Errors: TooLarge (no room for the copy), Io, Cancelled, InvalidArgument.
    [[nodiscard]] static Result<SlimResult> run(const SlimRequest& request, const BundleTree& tree,
        const std::vector<Candidate>& candidates, std::vector<SlimItem> items, const CancellationToken& token = {},
        const Progress& progress = {});
};

} // namespace BundleScope
