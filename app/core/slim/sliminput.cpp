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
    // Into a sub-folder, so that an archive packed from inside dist/<app> can become a folder named <app> beside it.
    const QString contents = input.m_extracted->path() + QStringLiteral("/contents");
    if (!QDir().mkpath(contents) || !archive->directory()->copyTo(contents, true))
        return makeError(Error::Code::Io, tr("Cannot extract the archive."), archivePath);
    Result<QString> folder = bundleFolderIn(contents, archivePath);
    if (!folder)
        return folder.error();
    input.m_folder = *folder;
    return input;
}

Result<QString> SlimInput::bundleFolderIn(const QString& extractedRoot, const QString& archive)
{
    const auto looksLikeBundle = [](const QDir& dir) {
        return QFileInfo(dir.filePath(QStringLiteral("_internal"))).isDir()
            || QFileInfo(dir.filePath(QStringLiteral("base_library.zip"))).isFile();
    };
    const QDir root(extractedRoot);
    if (looksLikeBundle(root)) {
        // Packed from inside dist/<app>: the folder takes the launcher's name again, as PyInstaller names it (the
        // analysis recognises the launcher by it).
        const QStringList programs = root.entryList(QDir::Files | QDir::Executable);
        const QString name = programs.size() == 1 ? programs.constFirst() : QFileInfo(archive).baseName();
        const QString named = QFileInfo(extractedRoot).path() + u'/' + name;
        if (!QDir().rename(extractedRoot, named))
            return makeError(Error::Code::Io, tr("Cannot rename the extracted folder."), named);
        return named;
    }
    QStringList folders;
    QStringList bundles;
    const QStringList entries = root.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QString& entry : entries) {
        const QFileInfo info(root.filePath(entry));
        if (!info.isDir() || info.isSymLink())
            continue;
        folders.append(entry);
        if (looksLikeBundle(QDir(info.filePath())))
            bundles.append(entry);
    }
    if (bundles.size() > 1)
        return makeError(Error::Code::InvalidArgument,
            tr("The archive holds %n bundles (%1); slim works on one app: extract the archive and slim one folder.",
                nullptr, int(bundles.size()))
                .arg(bundles.join(QStringLiteral(", "))),
            archive);
    if (bundles.size() == 1)
        return root.filePath(bundles.constFirst()); // dist/<app> packed with a README or the like beside it
    if (entries.size() == 1 && folders.size() == 1)
        return root.filePath(folders.constFirst()); // one top folder: dist/<app> packed
    return root.path();
}

} // namespace BundleScope
