// SPDX-License-Identifier: GPL-3.0-or-later
#include "slimoutput.h"

#include "export/archiveexporter.h"
#include "export/archiveformat.h"
#include "export/archiveplan.h"
#include "scan/diskentries.h"
#include "slim/plainfolderscan.h"
#include "slim/trialcopy.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

namespace BundleScope {

namespace {
    std::optional<ArchiveFormat> formatOf(const QString& path)
    {
        for (ArchiveFormat format : ArchiveFormats::all()) {
            if (path.endsWith(ArchiveFormats::extension(format), Qt::CaseInsensitive))
                return format;
        }
        return std::nullopt;
    }

    // ", the launcher rewritten without N PYZ modules" when the verified removals include launcher members.
    QString launcherNote(const std::vector<SlimAction>& actions)
    {
        const auto modules = std::count_if(
            actions.cbegin(), actions.cend(), [](const SlimAction& action) { return action.isLauncherMember(); });
        return modules == 0
            ? QString()
            : SlimOutput::tr("; the launcher rewritten without %n PYZ module(s)", nullptr, int(modules));
    }

    quint64 allocatedBytes(const QString& folder)
    {
        const Result<ScanResult> scanned = PlainFolderScan::scan(folder);
        return scanned ? scanned->tree->allocatedSize(scanned->tree->root()) : 0;
    }
} // namespace

bool SlimOutput::isArchivePath(const QString& path)
{
    return formatOf(path).has_value();
}

Result<SlimOutput::Written> SlimOutput::write(const QString& bundleFolder, const std::vector<SlimAction>& actions,
    const QString& destination, const QString& temporaryRoot, const CancellationToken& token)
{
    if (QFileInfo::exists(destination) || QFileInfo(destination).isSymLink())
        return makeError(Error::Code::AlreadyExists, tr("The destination exists already."), destination);
    return isArchivePath(destination) ? writeArchive(bundleFolder, actions, destination, temporaryRoot, token)
                                      : writeFolder(bundleFolder, actions, destination, token);
}

Result<SlimOutput::Written> SlimOutput::writeFolder(const QString& bundleFolder, const std::vector<SlimAction>& actions,
    const QString& destination, const CancellationToken& token)
{
    const QString parent = QFileInfo(destination).absolutePath();
    if (!QDir().mkpath(parent))
        return makeError(Error::Code::Io, tr("Cannot create the folder."), parent);
    if (Result<void> space = TrialCopy::checkFreeSpace(parent, allocatedBytes(bundleFolder)); !space)
        return space.error();
    QTemporaryDir partial(QFileInfo(destination).absoluteFilePath() + QStringLiteral(".partial-XXXXXX"));
    if (!partial.isValid())
        return makeError(
            Error::Code::Io, tr("Cannot create a temporary folder: %1").arg(partial.errorString()), parent);
    const QString staged = partial.path() + QStringLiteral("/bundle");
    if (Result<void> copied = TrialCopy::copyFolder(bundleFolder, staged, token); !copied)
        return copied.error();
    if (Result<void> applied = TrialCopy::applyPermanently(staged, actions); !applied)
        return applied.error();
    if (!QDir().rename(staged, destination))
        return makeError(Error::Code::Io, tr("Cannot move the slimmed bundle into place."), destination);
    Written written;
    written.path = QFileInfo(destination).absoluteFilePath();
    const Result<ScanResult> scanned = PlainFolderScan::scan(destination, token);
    written.bytes = scanned ? scanned->tree->totalSize() : 0;
    written.note = tr("a copy of the bundle with the verified removals applied (duplicates as relative symlinks)")
        + launcherNote(actions);
    return written;
}

Result<SlimOutput::Written> SlimOutput::writeArchive(const QString& bundleFolder,
    const std::vector<SlimAction>& actions, const QString& destination, const QString& temporaryRoot,
    const CancellationToken& token)
{
    const QString base = temporaryRoot.isEmpty() ? QDir::tempPath() : temporaryRoot;
    if (Result<void> space = TrialCopy::checkFreeSpace(base, allocatedBytes(bundleFolder)); !space)
        return space.error();
    QTemporaryDir staging(base + QStringLiteral("/bundlescope-slim-out-XXXXXX"));
    if (!staging.isValid())
        return makeError(Error::Code::Io, tr("Cannot create a temporary folder: %1").arg(staging.errorString()), base);
    const QString name = QFileInfo(bundleFolder).fileName();
    const QString trimmed = staging.path() + u'/' + name;
    if (Result<void> copied = TrialCopy::copyFolder(bundleFolder, trimmed, token); !copied)
        return copied.error();
    if (Result<void> applied = TrialCopy::applyPermanently(trimmed, actions); !applied)
        return applied.error();
    const Result<ScanResult> scanned = PlainFolderScan::scan(trimmed, token);
    if (!scanned)
        return scanned.error();
    ArchivePlanOptions options;
    options.format = *formatOf(destination);
    options.topLevelName = name;
    const DiskEntries disk(*scanned->tree, *scanned->reader);
    const Result<ArchivePlan> plan = ArchivePlan::build(disk, {}, options);
    if (!plan)
        return plan.error();
    ExportOptions exportOptions;
    exportOptions.destination = destination;
    const Result<ExportResult> exported = ArchiveExporter::exportArchive(*plan, disk, exportOptions, token);
    if (!exported)
        return exported.error();
    Written written;
    written.path = exported->path;
    written.bytes = exported->archiveBytes;
    written.note = tr("written by the exporter from a trimmed copy of the bundle (verified removals applied, "
                      "duplicates as relative symlinks, the launcher as one file)")
        + launcherNote(actions);
    return written;
}

} // namespace BundleScope
