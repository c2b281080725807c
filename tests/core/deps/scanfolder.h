// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/foldersource.h"
#include "scan/scanpipeline.h"

namespace BundleScope::Test {

// A folder scanned through the whole pipeline (tree, reader, dependency graph); an empty result after a qCritical
// with the reason when the scan fails.
inline ScanResult scanFolderWithDependencies(const QString& root)
{
    FolderSource source(root);
    Result<ScanResult> result = ScanPipeline::run(source, {}, {});
    if (!result)
        qCritical("scan failed: %s", qPrintable(result.error().toString()));
    return result ? *result : ScanResult {};
}

} // namespace BundleScope::Test
