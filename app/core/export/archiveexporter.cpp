// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiveexporter.h"

#include "common/logging.h"
#include "common/sizeformat.h"
#include "export/archivelimits.h"
#include "export/archivewriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryFile>

#include <filesystem>
#include <unistd.h>

namespace BundleScope {

namespace {
    Result<void> checkDestination(const ExportOptions& options)
    {
        const QFileInfo info(options.destination);
        if (options.destination.isEmpty() || info.fileName().isEmpty())
            return makeError(Error::Code::InvalidArgument, ArchiveExporter::tr("No destination file was given."));
        if (info.exists() && info.isDir())
            return makeError(Error::Code::InvalidArgument,
                ArchiveExporter::tr("The destination is a folder; give a file name."), options.destination);
        if (info.exists() && !options.force)
            return makeError(Error::Code::AlreadyExists,
                ArchiveExporter::tr("%1 already exists; choose another name or allow overwriting.")
                    .arg(info.fileName()),
                options.destination);
        if (!info.absoluteDir().exists())
            return makeError(Error::Code::NotFound, ArchiveExporter::tr("The destination folder does not exist."),
                info.absolutePath());
        return {};
    }

    Result<void> commit(QTemporaryFile& file, const ExportOptions& options)
    {
        if (!file.flush() || ::fsync(file.handle()) != 0)
            return makeError(Error::Code::Io,
                ArchiveExporter::tr("Could not write the archive to disk: %1").arg(file.errorString()),
                options.destination);
        file.setPermissions(
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        if (!options.force && QFileInfo::exists(options.destination))
            return makeError(Error::Code::AlreadyExists,
                ArchiveExporter::tr("%1 appeared while the archive was written; nothing was replaced.")
                    .arg(QFileInfo(options.destination).fileName()),
                options.destination);
        std::error_code ec;
        std::filesystem::rename(
            QFile::encodeName(file.fileName()).toStdString(), QFile::encodeName(options.destination).toStdString(), ec);
        if (ec)
            return makeError(Error::Code::Io,
                ArchiveExporter::tr("Could not give the archive its final name: %1")
                    .arg(QString::fromStdString(ec.message())),
                options.destination);
        file.setAutoRemove(false);
        return {};
    }
} // namespace

Result<ExportResult> ArchiveExporter::exportArchive(const ArchivePlan& plan, const DiskEntries& disk,
    const ExportOptions& options, const CancellationToken& token, const ExportProgressCallback& progress)
{
    if (Result<void> limits = ArchiveLimits::check(plan); !limits)
        return limits.error();
    if (Result<void> destination = checkDestination(options); !destination)
        return destination.error();
    QElapsedTimer timer;
    timer.start();
    const QFileInfo info(options.destination);
    QTemporaryFile file(
        info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".partial-XXXXXX"));
    if (!file.open())
        return makeError(Error::Code::PermissionDenied,
            tr("Cannot create a file in %1: %2").arg(info.absolutePath(), file.errorString()), info.absolutePath());
    std::unique_ptr<QIODevice> wrapped = options.wrapOutput ? options.wrapOutput(file) : nullptr;
    QIODevice& output = wrapped ? *wrapped : static_cast<QIODevice&>(file);
    ArchiveWriter writer(plan, disk, token, progress);
    Result<WriteSummary> summary = writer.write(output);
    if (!summary) {
        qCInfo(lcExport) << "export failed, removing" << file.fileName() << summary.error().toString();
        return summary.error();
    }
    ExportResult result;
    if (options.verify) {
        file.flush();
        Result<VerifyReport> verified = ArchiveVerifier::verify(file.fileName(), plan.format(), *summary, token);
        if (!verified)
            return verified.error();
        result.verified = *verified;
    }
    if (token.isCancelled())
        return makeError(Error::Code::Cancelled, tr("Export cancelled."));
    if (Result<void> committed = commit(file, options); !committed)
        return committed.error();
    result.path = info.absoluteFilePath();
    result.archiveBytes = quint64(QFileInfo(result.path).size());
    result.entries = summary->entries;
    result.inputBytes = summary->fileBytes;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.warnings = plan.warnings();
    return result;
}

QString ArchiveExporter::estimateComparison(quint64 estimated, quint64 actual)
{
    const double error = actual ? (double(estimated) - double(actual)) / double(actual) : 0.0;
    const QString signedError = (error >= 0 ? QStringLiteral("+") : QString()) + SizeFormat::percent(error, 1);
    return tr("Estimated %1, actual %2 (error %3)")
        .arg(SizeFormat::format(estimated, 2), SizeFormat::format(actual, 2), signedError);
}

} // namespace BundleScope
