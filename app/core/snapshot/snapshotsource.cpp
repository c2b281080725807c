// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotsource.h"

#include "snapshot/snapshotreader.h"

namespace BundleScope {

namespace {
    // File contents are not part of a snapshot: nothing can be opened.
    class NoContentReader : public ContentReader {
    public:
        std::unique_ptr<QIODevice> open(NodeId) const override { return nullptr; }
        bool hasContent() const override { return false; }
    };
} // namespace

SnapshotSource::SnapshotSource(QString path)
    : m_path(std::move(path))
{
}

Result<ScanResult> SnapshotSource::scan(const CancellationToken& token, const ProgressCallback& progress)
{
    if (token.isCancelled())
        return makeError(Error::Code::Cancelled, tr("Cancelled."), m_path);
    Result<Snapshot> snapshot = SnapshotReader::load(m_path);
    if (!snapshot)
        return snapshot.error();
    if (token.isCancelled())
        return makeError(Error::Code::Cancelled, tr("Cancelled."), m_path);
    if (progress)
        progress({ snapshot->tree->totalFiles(), snapshot->tree->totalSize(), {} });
    ScanResult result;
    result.tree = snapshot->tree;
    result.reader = std::make_shared<NoContentReader>();
    result.recordedAnalysisErrors = std::move(snapshot->analysisErrors);
    result.recordedEstimateErrors = std::move(snapshot->estimateErrors);
    return result;
}

} // namespace BundleScope
