// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/bundlesource.h"

namespace BundleScope::Test {

// A BundleSource that never finishes on its own: it reports progress every 10 ms until cancelled (or until
// `maxMs` passes, then fails), so tests can cancel a scan at a moment of their choosing. Runs on the scan worker.
class SlowBundleSource : public BundleSource {
public:
    explicit SlowBundleSource(int maxMs = 20000)
        : m_maxMs(maxMs)
    {
    }
    Result<ScanResult> scan(const CancellationToken& token, const ProgressCallback& progress) override;

private:
    int m_maxMs;
};

} // namespace BundleScope::Test
