// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "scan/bundlesource.h"

#include <QCoreApplication>

#include <memory>

namespace BundleScope {

// Picks the BundleSource for what the user opened: a folder, a one-file executable, an archive or a snapshot.
// Stateless, any thread.
class SourceFactory {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::SourceFactory)
public:
    static Result<std::unique_ptr<BundleSource>> create(const QString& path);
    // create() and scan in one call, for callers that need no progress (compare, tests).
    static Result<ScanResult> scan(const QString& path, const CancellationToken& token = {});
};

} // namespace BundleScope
