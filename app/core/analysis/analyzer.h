// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysiserrors.h"
#include "analysis/candidate.h"
#include "common/cancellationtoken.h"
#include "model/bundletree.h"
#include "scan/contentreader.h"

#include <vector>

namespace BundleScope {

class DependencyGraph;
class ImportGraph;

// Target platform of the bundle as far as advice goes (UPX and strip advice differ per platform).
enum class TargetPlatform { Linux, Windows, MacOS };

struct AnalysisContext {
    const BundleTree& tree;
    const ContentReader& reader;
    CancellationToken token;
    TargetPlatform platform = TargetPlatform::Linux;
    quint64 lazyLoadThreshold = 100ull * 1024 * 1024;
    // The native dependency graph of the scan (ScanResult::dependencies); analyzers that need it build it when null.
    std::shared_ptr<const DependencyGraph> dependencies = {};
    // The Python import graph of the scan (ScanResult::imports); analyzers that need it build it when null.
    std::shared_ptr<const ImportGraph> imports = {};
    // Low-confidence candidates are listed but not advised (so not counted, not in the spec fragment, not excluded)
    // unless the user opts in (report/export --include-low-confidence). Applied by AnalysisRunner.
    bool includeLowConfidence = false;
    // Where analyzers report entries they could not read; AnalysisRunner points it at its own when null.
    AnalysisErrors* errors = nullptr;
    // Errors an earlier analysis of the same bundle recorded (a reopened snapshot: ScanResult::recordedAnalysisErrors);
    // AnalysisRunner adds them to its result's errors, since no analyzer can read a snapshot's files again.
    std::vector<Error> recordedErrors = {};

    // Reports that `id` could not be read (completely): to `errors`, or as a warning when there is none.
    void readFailed(NodeId id, Error error) const;
};

// One optimization technique. Synchronous, stateless, thread-safe: the runner calls analyze() on worker threads.
class Analyzer {
public:
    virtual ~Analyzer() = default;
    virtual Candidate::Kind kind() const = 0;
    virtual std::vector<Candidate> analyze(const AnalysisContext& context) const = 0;
};

} // namespace BundleScope
