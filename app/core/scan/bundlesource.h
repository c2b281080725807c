// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "common/result.h"
#include "model/bundletree.h"
#include "scan/contentreader.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace BundleScope {

class DependencyGraph;
class ImportGraph;

// What a scan hands to the rest of the program: the finished tree plus the means to read its files.
struct ScanResult {
    BundleTreePtr tree;
    std::shared_ptr<const ContentReader> reader;
    // Set by ScanPipeline; null from a bare BundleSource::scan().
    std::shared_ptr<const DependencyGraph> dependencies = {};
    // The Python import graph (ScanPipeline, only for bundles with entry scripts); null otherwise.
    std::shared_ptr<const ImportGraph> imports = {};
    // A reopened snapshot's record of the entries that the analysis and the estimate of the bundle it was made of
    // could not read (SnapshotSource); empty for every other source. The analysis adds them to its errors
    // (AnalysisContext::recordedErrors): the snapshot's figures were incomplete, and stay marked so.
    std::vector<Error> recordedAnalysisErrors = {};
    std::vector<Error> recordedEstimateErrors = {};
};

// Progress of a running scan, reported at most every 50 ms.
struct ScanProgress {
    quint64 files = 0;
    quint64 bytes = 0;
    QString currentPath; // folder being read, relative to the root (FolderSource); empty for the root itself
};

// Something a bundle can be read from: a folder, a one-file executable, an archive. Synchronous and deterministic;
// ScanController runs it off the GUI thread. Implementations poll the token and stop within 100 ms of cancel().
class BundleSource {
public:
    using ProgressCallback = std::function<void(const ScanProgress&)>;

    virtual ~BundleSource() = default;
    virtual Result<ScanResult> scan(const CancellationToken& token, const ProgressCallback& progress) = 0;
};

} // namespace BundleScope
