// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <functional>

namespace BundleScope {

// Progress of a running export, reported at most every 100 ms: input bytes done of the plan's file bytes.
struct ExportProgress {
    quint64 bytesDone = 0;
    quint64 bytesTotal = 0;
    double bytesPerSecond = 0;
    qint64 etaSeconds = -1; // -1 while unknown
    QString currentPath;
    double fraction() const { return bytesTotal ? double(bytesDone) / double(bytesTotal) : 0.0; }
};

using ExportProgressCallback = std::function<void(const ExportProgress&)>;

} // namespace BundleScope

Q_DECLARE_METATYPE(BundleScope::ExportProgress)
