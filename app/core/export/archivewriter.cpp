// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivewriter.h"

#include "common/logging.h"
#include "export/parallelgzipwritedevice.h"
#include "export/tarnormalizingdevice.h"
#include "export/xzwritedevice.h"
#include "export/zipnameflagpatcher.h"

#include <KCompressionDevice>
#include <KTar>
#include <KZip>

#include <QDateTime>
#include <QFile>

#include <zlib.h>

namespace BundleScope {

namespace {
    constexpr qint64 s_chunk = 1024 * 1024;
    const QString s_owner = QStringLiteral("root");
} // namespace

ArchiveWriter::ArchiveWriter(
    const ArchivePlan& plan, const DiskEntries& disk, const CancellationToken& token, ExportProgressCallback progress)
    : m_plan(plan)
    , m_disk(disk)
    , m_token(token)
    , m_progress(std::move(progress))
{
}

Result<WriteSummary> ArchiveWriter::write(QIODevice& device)
{
    m_summary = {};
    m_lastDone = 0;
    m_start = std::chrono::steady_clock::now();
    m_lastReport = m_start;
    if (m_plan.format() == ArchiveFormat::Zip)
        return writeZip(device);
    return writeTar(device);
}

Error ArchiveWriter::archiveError(const KArchive& archive, const QString& what, const QString& path) const
{
    if (m_token.isCancelled())
        return makeError(Error::Code::Cancelled, tr("Export cancelled."));
    return makeError(Error::Code::Io, tr("%1: %2").arg(what, archive.errorString()), path);
}

Result<std::unique_ptr<QIODevice>> ArchiveWriter::makeCompressor(QIODevice& device) const
{
    const int threads = m_plan.options().threads;
    if (m_plan.format() == ArchiveFormat::TarGz)
        return std::unique_ptr<QIODevice>(std::make_unique<ParallelGzipWriteDevice>(
            &device, m_plan.options().level, threads, ParallelGzipWriteDevice::DefaultBlockSize));
    if (m_plan.format() == ArchiveFormat::TarXz)
        return std::unique_ptr<QIODevice>(std::make_unique<XzWriteDevice>(&device, m_token, threads));
    auto kdevice = std::make_unique<KCompressionDevice>(&device, false, KCompressionDevice::Zstd);
    if (kdevice->compressionType() != KCompressionDevice::Zstd)
        return makeError(Error::Code::Unsupported,
            tr("This KArchive was built without %1 support.").arg(ArchiveFormats::id(m_plan.format())));
    return std::unique_ptr<QIODevice>(std::move(kdevice));
}

Result<WriteSummary> ArchiveWriter::writeTar(QIODevice& device)
{
    Result<std::unique_ptr<QIODevice>> made = makeCompressor(device);
    if (!made)
        return made.error();
    std::unique_ptr<QIODevice> compressor = std::move(*made);
    if (!compressor->open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, tr("Could not start compression: %1").arg(compressor->errorString()));
    auto* xz = qobject_cast<XzWriteDevice*>(compressor.get());
    if (xz)
        xz->setProgressCallback([this]() { reportProgress({}, false); });
    m_xz = xz;
    TarNormalizingDevice normalizer(compressor.get(), m_plan.mtime());
    normalizer.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    KTar tar(&normalizer);
    if (!tar.open(QIODevice::WriteOnly))
        return archiveError(tar, tr("Could not start the tar stream"), {});
    Result<void> written = writeEntries(tar);
    if (written) {
        // End of archive: two zero blocks (POSIX ustar), which KTar leaves to the caller.
        const QByteArray end(1024, '\0');
        if (normalizer.write(end) != end.size() || !normalizer.flushOutput())
            written = makeError(Error::Code::Io, tr("Could not finish the tar stream: %1").arg(device.errorString()));
    }
    auto* gzip = qobject_cast<ParallelGzipWriteDevice*>(compressor.get());
    if (!written && gzip)
        gzip->abort(); // blocks still queued are not compressed for nothing
    tar.close();
    compressor->close();
    m_xz = nullptr;
    if (m_token.isCancelled()) // a compressor may have stopped first, even while finishing its stream
        return makeError(Error::Code::Cancelled, tr("Export cancelled."));
    if (!written)
        return written.error();
    const auto* kdevice = qobject_cast<KCompressionDevice*>(compressor.get());
    if ((gzip && !gzip->finishedCleanly()) || (xz && !xz->finishedCleanly())
        || (kdevice && kdevice->error() != QFileDevice::NoError))
        return makeError(Error::Code::Io,
            tr("Could not finish the compressed stream: %1")
                .arg(compressor->errorString().isEmpty() ? device.errorString() : compressor->errorString()));
    reportProgress({}, true);
    return m_summary;
}

Result<WriteSummary> ArchiveWriter::writeZip(QIODevice& device)
{
    KZip zip(&device);
    // Extended timestamp fields (0x5455) carry the mtime as UTC seconds; all three times are the plan's fixed one.
    zip.setExtraField(KZip::ModificationTime);
    zip.setCompression(m_plan.options().level == 0 ? KZip::NoCompression : KZip::DeflateCompression);
    if (!zip.open(QIODevice::WriteOnly))
        return archiveError(zip, tr("Could not start the zip archive"), {});
    Result<void> written = writeEntries(zip);
    const bool closed = zip.close();
    if (!written)
        return written.error();
    if (!closed)
        return archiveError(zip, tr("Could not write the zip central directory"), {});
    if (!device.isOpen() && !device.open(QIODevice::ReadWrite))
        return makeError(Error::Code::Io, tr("Could not reopen the zip: %1").arg(device.errorString()));
    if (Result<void> patched = ZipNameFlagPatcher::patch(device); !patched)
        return patched.error();
    return m_summary;
}

Result<void> ArchiveWriter::writeEntries(KArchive& archive)
{
    const QDateTime time = QDateTime::fromSecsSinceEpoch(m_plan.mtime(), Qt::UTC);
    for (const ArchiveEntry& entry : m_plan.entries()) {
        if (m_token.isCancelled())
            return makeError(Error::Code::Cancelled, tr("Export cancelled."));
        const QString name = QFile::decodeName(entry.path);
        switch (entry.kind) {
        case NodeKind::Directory:
            if (!archive.writeDir(name, s_owner, s_owner, entry.mode, time, time, time))
                return archiveError(archive, tr("Could not add folder %1").arg(name), name);
            ++m_summary.directories;
            break;
        case NodeKind::Symlink:
            if (!archive.writeSymLink(name, entry.symlinkTarget, s_owner, s_owner, entry.mode, time, time, time))
                return archiveError(archive, tr("Could not add symlink %1").arg(name), name);
            m_summary.symlinks.insert(entry.path, entry.symlinkTarget);
            break;
        case NodeKind::File:
            if (Result<void> file = writeFile(archive, entry); !file)
                return file;
            break;
        case NodeKind::Other:
            continue;
        }
        ++m_summary.entries;
    }
    reportProgress({}, true);
    return {};
}

Result<void> ArchiveWriter::writeFile(KArchive& archive, const ArchiveEntry& entry)
{
    const QString name = QFile::decodeName(entry.path);
    std::unique_ptr<QIODevice> input = m_disk.open(entry.node);
    if (!input)
        return makeError(Error::Code::Io, tr("Could not read %1.").arg(name), name);
    const QDateTime time = QDateTime::fromSecsSinceEpoch(m_plan.mtime(), Qt::UTC);
    if (!archive.prepareWriting(name, s_owner, s_owner, qint64(entry.size), entry.mode, time, time, time))
        return archiveError(archive, tr("Could not add %1").arg(name), name);
    QByteArray buffer(int(std::min<quint64>(quint64(s_chunk), std::max<quint64>(entry.size, 1))), Qt::Uninitialized);
    uLong crc = crc32(0L, Z_NULL, 0);
    quint64 done = 0;
    while (done < entry.size) {
        if (m_token.isCancelled())
            return makeError(Error::Code::Cancelled, tr("Export cancelled."));
        const qint64 want = qint64(std::min<quint64>(entry.size - done, quint64(buffer.size())));
        const qint64 got = input->read(buffer.data(), want);
        if (got <= 0)
            return makeError(Error::Code::Io,
                tr("%1 ended after %2 of %3 bytes: it changed or became unreadable during the export.")
                    .arg(name)
                    .arg(done)
                    .arg(entry.size),
                name);
        crc = crc32(crc, reinterpret_cast<const Bytef*>(buffer.constData()), uInt(got));
        if (!archive.writeData(buffer.constData(), got))
            return archiveError(archive, tr("Could not write %1").arg(name), name);
        done += quint64(got);
        m_summary.fileBytes += quint64(got);
        reportProgress(name, false);
    }
    if (!input->read(1).isEmpty()) // the header already promised entry.size bytes: a longer file cannot fit
        return makeError(Error::Code::Io,
            tr("%1 is larger than the %2 bytes the scan found: it changed during the export.")
                .arg(name)
                .arg(entry.size),
            name);
    if (!archive.finishWriting(qint64(entry.size)))
        return archiveError(archive, tr("Could not finish %1").arg(name), name);
    m_summary.files.insert(entry.path, WrittenFile { entry.size, quint32(crc) });
    return {};
}

void ArchiveWriter::reportProgress(const QString& path, bool force)
{
    if (!m_progress)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (!force && now - m_lastReport < std::chrono::milliseconds(100))
        return;
    m_lastReport = now;
    ExportProgress progress;
    const quint64 buffered = m_xz ? std::min(m_summary.fileBytes, m_xz->bufferedInput()) : 0;
    m_lastDone = std::max(m_lastDone, m_summary.fileBytes - buffered);
    progress.bytesDone = m_lastDone;
    progress.bytesTotal = m_plan.totalFileBytes();
    progress.currentPath = path;
    const double seconds = std::chrono::duration<double>(now - m_start).count();
    if (seconds > 0.2 && progress.bytesDone > 0) {
        progress.bytesPerSecond = double(progress.bytesDone) / seconds;
        progress.etaSeconds = qint64(double(progress.bytesTotal - progress.bytesDone) / progress.bytesPerSecond);
    }
    m_progress(progress);
}

} // namespace BundleScope
