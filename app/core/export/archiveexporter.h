// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "common/result.h"
#include "export/archiveplan.h"
#include "export/archiveverifier.h"
#include "export/exportprogress.h"
#include "scan/diskentries.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace BundleScope {

struct ExportOptions {
    QString destination; // the archive's final path
    bool force = false; // replace an existing file
    bool verify = false; // re-read the archive before it gets its final name
    // Tests only: wraps the output file (e.g. a device that fails after N bytes, simulating a full disk). The wrapper
    // must forward reads, writes and seeks (zip seeks back to fill in sizes).
    std::function<std::unique_ptr<QIODevice>(QIODevice& file)> wrapOutput;
};

struct ExportResult {
    QString path;
    quint64 archiveBytes = 0;
    quint64 entries = 0;
    quint64 inputBytes = 0;
    double seconds = 0;
    QStringList warnings;
    std::optional<VerifyReport> verified;
};

// Writes an ArchivePlan to its destination atomically: limits first (nothing is written when a format limit would
// be passed), then `.<name>.partial-XXXXXX` in the destination folder, optional verification, fsync, and a rename
// onto the final name. Cancel, errors and full disks leave no partial file behind; an existing file is replaced only
// with `force`. Synchronous on the caller's thread (ExportController runs it on a worker).
class ArchiveExporter {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ArchiveExporter)
public:
    // `disk` must be what the plan was built from.
    static Result<ExportResult> exportArchive(const ArchivePlan& plan, const DiskEntries& disk,
        const ExportOptions& options, const CancellationToken& token = {}, const ExportProgressCallback& progress = {});
    // "Estimated 1.2 GiB, actual 1.19 GiB (error +0.8%)", translated.
    static QString estimateComparison(quint64 estimated, quint64 actual);
};

} // namespace BundleScope
