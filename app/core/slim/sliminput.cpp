// SPDX-License-Identifier: GPL-3.0-or-later
#include "sliminput.h"

#include "scan/archivesource.h"
#include "scan/onefilesource.h"
#include "slim/trialcopy.h"

#include <KTar>
#include <KZip>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace BundleScope {

SlimInput::~SlimInput() = default;
SlimInput::SlimInput(SlimInput&&) noexcept = default;
SlimInput& SlimInput::operator=(SlimInput&&) noexcept = default;

Result<SlimInput> SlimInput::prepare(const QString& path, const QString& temporaryRoot, const CancellationToken& token)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return makeError(Error::Code::NotFound, tr("No such file or folder."), path);
    if (info.isDir()) {
        SlimInput input;
        input.m_folder = QDir::cleanPath(info.absoluteFilePath());
        return input;
    }
    if (token.isCancelled())
        return makeError(Error::Code::Cancelled, tr("Cancelled."));
    if (ArchiveSource::isSupportedArchiveName(info.fileName()))
        return extract(info.absoluteFilePath(), temporaryRoot);
    if (info.isFile() && OneFileSource::isOneFileExecutable(path))
        return makeError(Error::Code::Unsupported,
            tr("This is a one-file executable: its files exist only while it runs, unpacked to a temporary folder, "
               "so slim cannot remove them one by one. Rebuild the app one-folder (pyinstaller --onedir) to slim it; "
               "\"bundlescope report\" still shows its contents."),
            path);
    return makeError(Error::Code::NotABundle,
        tr("This is neither a one-folder bundle nor an archive of one (.zip, .tar, .tar.gz, .tar.xz, .tar.bz2, "
           ".tar.zst)."),
        path);
}

Result<SlimInput> SlimInput::extract(const QString& archivePath, const QString& temporaryRoot)
{
    const QString lower = archivePath.toLower();
    std::unique_ptr<KArchive> archive;
    if (lower.endsWith(QLatin1String(".zip")) || lower.endsWith(QLatin1String(".whl")))
        archive = std::make_unique<KZip>(archivePath);
    else
        archive = std::make_unique<KTar>(archivePath);
    if (!archive->open(QIODevice::ReadOnly))
        return makeError(
            Error::Code::NotABundle, tr("Cannot open the archive: %1").arg(archive->errorString()), archivePath);
    const QString base = temporaryRoot.isEmpty() ? QDir::tempPath() : temporaryRoot;
    // The uncompressed size is not known up front for tar streams; the archive's own size times a typical ratio
    // is a floor, the free-space check before the working copy the real guard.
    if (Result<void> space = TrialCopy::checkFreeSpace(base, quint64(QFileInfo(archivePath).size()) * 2); !space)
        return space.error();
    SlimInput input;
    input.m_extracted = std::make_unique<QTemporaryDir>(base + QStringLiteral("/bundlescope-slim-in-XXXXXX"));
    if (!input.m_extracted->isValid())
        return makeError(
            Error::Code::Io, tr("Cannot create a temporary folder: %1").arg(input.m_extracted->errorString()), base);
    if (!archive->directory()->copyTo(input.m_extracted->path(), true))
        return makeError(Error::Code::Io, tr("Cannot extract the archive."), archivePath);
    // A release archive holds one top folder (dist/<app> packed); otherwise its root is the bundle.
    const QDir root(input.m_extracted->path());
    const QStringList entries = root.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    const bool oneFolder = entries.size() == 1 && QFileInfo(root.filePath(entries.constFirst())).isDir()
        && !QFileInfo(root.filePath(entries.constFirst())).isSymLink();
    input.m_folder = oneFolder ? root.filePath(entries.constFirst()) : root.path();
    return input;
}

} // namespace BundleScope
