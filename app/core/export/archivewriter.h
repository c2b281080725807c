// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "common/result.h"
#include "export/archiveplan.h"
#include "export/exportprogress.h"
#include "scan/diskentries.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <chrono>
#include <memory>

class KArchive;

namespace BundleScope {

class XzWriteDevice;

// What was written for one file: what verification compares against.
struct WrittenFile {
    quint64 size = 0;
    quint32 crc32 = 0;
};

struct WriteSummary {
    quint64 entries = 0;
    quint64 fileBytes = 0;
    QHash<QByteArray, WrittenFile> files; // by archive path
    QHash<QByteArray, QString> symlinks; // archive path -> target
    quint64 directories = 0;
};

// Streams an ArchivePlan into a device with KArchive: KTar over our reproducible multithreaded gzip
// (ParallelGzipWriteDevice), multithreaded xz (XzWriteDevice) or KCompressionDevice (zstd) behind a
// TarNormalizingDevice; KZip straight into a seekable device, with the UTF-8
// name flag (APPNOTE 4.4.4 bit 11) patched in afterwards. Synchronous, on the caller's thread; checks the token
// between 1 MiB chunks. The caller owns the device, its temporary name and the final rename (ArchiveExporter).
class ArchiveWriter {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ArchiveWriter)
public:
    ArchiveWriter(const ArchivePlan& plan, const DiskEntries& disk, const CancellationToken& token,
        ExportProgressCallback progress);

    // `device` must be open for writing; for zip it must also be seekable and readable (QFile in ReadWrite mode).
    Result<WriteSummary> write(QIODevice& device);

private:
    Result<std::unique_ptr<QIODevice>> makeCompressor(QIODevice& device) const;
    Result<WriteSummary> writeTar(QIODevice& device);
    Result<WriteSummary> writeZip(QIODevice& device);
    Result<void> writeEntries(KArchive& archive);
    Result<void> writeFile(KArchive& archive, const ArchiveEntry& entry);
    void reportProgress(const QString& path, bool force);
    Error archiveError(const KArchive& archive, const QString& what, const QString& path) const;

    const ArchivePlan& m_plan;
    const DiskEntries& m_disk; // files are read as they are on disk
    CancellationToken m_token;
    ExportProgressCallback m_progress;
    WriteSummary m_summary;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastReport;
    const XzWriteDevice* m_xz = nullptr; // while it holds input: progress counts only what it compressed
    quint64 m_lastDone = 0; // progress never goes back (tar headers count as input, not as file bytes)
};

} // namespace BundleScope
