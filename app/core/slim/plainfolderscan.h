// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "common/result.h"
#include "scan/bundlesource.h"

#include <QCoreApplication>

namespace BundleScope {

// A folder scanned as the files on disk only: FolderWalker and BundleTreeBuilder as FolderSource uses them, but
// without LauncherExpander, so the launcher stays one file and every node can be read from disk. Slim writes its
// --out archive from this view of the trimmed copy (STYLE.md rule 14) until the exporter has its own on-disk entry
// list. Synchronous, any thread.
class PlainFolderScan {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::PlainFolderScan)
public:
    [[nodiscard]] static Result<ScanResult> scan(const QString& folder, const CancellationToken& token = {});
};

} // namespace BundleScope
