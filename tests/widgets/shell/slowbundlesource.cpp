// SPDX-License-Identifier: GPL-3.0-or-later
#include "slowbundlesource.h"

#include <QElapsedTimer>
#include <QThread>

namespace BundleScope::Test {

Result<ScanResult> SlowBundleSource::scan(const CancellationToken& token, const ProgressCallback& progress)
{
    QElapsedTimer timer;
    timer.start();
    ScanProgress state;
    while (timer.elapsed() < m_maxMs) {
        if (token.isCancelled())
            return makeError(Error::Code::Cancelled, QStringLiteral("cancelled"));
        state.files += 100;
        state.bytes += 1 << 20;
        state.currentPath = QStringLiteral("slow/file%1").arg(state.files);
        if (progress)
            progress(state);
        QThread::msleep(10);
    }
    return makeError(Error::Code::Io, QStringLiteral("the slow source was never cancelled"));
}

} // namespace BundleScope::Test
