// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiveverifier.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KCompressionDevice>
#include <KTar>
#include <KZip>

#include <QFile>

#include <zlib.h>

#include <memory>

namespace BundleScope {

namespace {
    struct Walk {
        const WriteSummary& expected;
        const CancellationToken& token;
        VerifyReport report;
        quint64 directories = 0;
        quint64 symlinks = 0;
        QString problem;
    };

    QString fileProblem(const KArchiveFile& file, const QByteArray& path, const WrittenFile& want, quint64& bytes)
    {
        if (quint64(file.size()) != want.size)
            return ArchiveVerifier::tr("%1 is %2 bytes in the archive, %3 were written.")
                .arg(QFile::decodeName(path))
                .arg(file.size())
                .arg(want.size);
        std::unique_ptr<QIODevice> device(file.createDevice());
        if (!device)
            return ArchiveVerifier::tr("%1 cannot be read back.").arg(QFile::decodeName(path));
        uLong crc = crc32(0L, Z_NULL, 0);
        QByteArray buffer(1024 * 1024, Qt::Uninitialized);
        quint64 total = 0;
        for (qint64 n; (n = device->read(buffer.data(), buffer.size())) > 0;) {
            crc = crc32(crc, reinterpret_cast<const Bytef*>(buffer.constData()), uInt(n));
            total += quint64(n);
        }
        bytes += total;
        if (total != want.size || quint32(crc) != want.crc32)
            return ArchiveVerifier::tr("%1 reads back differently from what was written (checksum mismatch).")
                .arg(QFile::decodeName(path));
        return {};
    }

    void walk(const KArchiveDirectory& directory, const QString& prefix, Walk& state)
    {
        for (const QString& name : directory.entries()) {
            if (!state.problem.isEmpty() || state.token.isCancelled())
                return;
            const KArchiveEntry* entry = directory.entry(name);
            const QString path = prefix.isEmpty() ? name : prefix + u'/' + name;
            const QByteArray key = QFile::encodeName(path);
            ++state.report.entries;
            if (!entry->symLinkTarget().isEmpty()) {
                ++state.symlinks;
                if (state.expected.symlinks.value(key) != entry->symLinkTarget())
                    state.problem = ArchiveVerifier::tr("Symlink %1 is not what was written.").arg(path);
            } else if (entry->isDirectory()) {
                ++state.directories;
                walk(*static_cast<const KArchiveDirectory*>(entry), path, state);
            } else {
                const auto it = state.expected.files.constFind(key);
                if (it == state.expected.files.constEnd()) {
                    state.problem = ArchiveVerifier::tr("%1 is in the archive but was never written.").arg(path);
                    return;
                }
                ++state.report.files;
                state.problem = fileProblem(*static_cast<const KArchiveFile*>(entry), key, *it, state.report.bytes);
            }
        }
    }
} // namespace

Result<VerifyReport> ArchiveVerifier::verify(
    const QString& archivePath, ArchiveFormat format, const WriteSummary& expected, const CancellationToken& token)
{
    std::unique_ptr<QIODevice> compressed; // outlives the archive reading from it
    std::unique_ptr<KArchive> archive;
    if (format == ArchiveFormat::Zip) {
        archive = std::make_unique<KZip>(archivePath);
    } else {
        const auto type = format == ArchiveFormat::TarGz ? KCompressionDevice::GZip
            : format == ArchiveFormat::TarXz             ? KCompressionDevice::Xz
                                                         : KCompressionDevice::Zstd;
        // Explicit compression: the file may still carry its ".partial-XXXX" name, which says nothing.
        compressed = std::make_unique<KCompressionDevice>(archivePath, type);
        archive = std::make_unique<KTar>(compressed.get());
    }
    if (!archive->open(QIODevice::ReadOnly))
        return makeError(
            Error::Code::Malformed, tr("The archive cannot be read back: %1").arg(archive->errorString()), archivePath);
    Walk state { expected, token, {}, 0, 0, {} };
    walk(*archive->directory(), {}, state);
    archive->close();
    if (token.isCancelled())
        return makeError(Error::Code::Cancelled, tr("Verification cancelled."));
    if (!state.problem.isEmpty())
        return makeError(Error::Code::Malformed, state.problem, archivePath);
    if (state.report.files != quint64(expected.files.size()) || state.symlinks != quint64(expected.symlinks.size())
        || state.directories != expected.directories)
        return makeError(Error::Code::Malformed,
            tr("The archive holds %1 files, %2 symlinks and %3 folders; %4, %5 and %6 were written.")
                .arg(state.report.files)
                .arg(state.symlinks)
                .arg(state.directories)
                .arg(expected.files.size())
                .arg(expected.symlinks.size())
                .arg(expected.directories),
            archivePath);
    return state.report;
}

} // namespace BundleScope
