// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/bundlesource.h"

#include <QCoreApplication>

namespace BundleScope {

// A BundleSource over a saved snapshot file (SnapshotReader): the tree comes back as BundleTree::SourceKind::Snapshot
// so every view works without the bundle; its ContentReader is read-only and opens nothing (returns nullptr).
// Synchronous; ScanController runs it off the GUI thread like any other source. Owned by whoever created it.
class SnapshotSource : public BundleSource {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::SnapshotSource)
public:
    explicit SnapshotSource(QString path);
    Result<ScanResult> scan(const CancellationToken& token, const ProgressCallback& progress) override;

private:
    QString m_path;
};

} // namespace BundleScope
