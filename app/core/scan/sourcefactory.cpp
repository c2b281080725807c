// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcefactory.h"

#include "scan/archivesource.h"
#include "scan/foldersource.h"
#include "scan/onefilesource.h"
#include "snapshot/snapshotreader.h"
#include "snapshot/snapshotsource.h"

#include <QFileInfo>

namespace BundleScope {

Result<std::unique_ptr<BundleSource>> SourceFactory::create(const QString& path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return makeError(Error::Code::NotFound, tr("No such file or folder."), path);
    if (info.isDir())
        return std::unique_ptr<BundleSource>(std::make_unique<FolderSource>(path));
    if (info.isFile()) {
        if (SnapshotReader::looksLikeSnapshot(path))
            return std::unique_ptr<BundleSource>(std::make_unique<SnapshotSource>(path));
        // Archives by name (KArchive detects the compression), one-file executables by their trailing cookie.
        if (ArchiveSource::isSupportedArchiveName(info.fileName()))
            return std::unique_ptr<BundleSource>(std::make_unique<ArchiveSource>(path));
        if (!info.isReadable())
            return makeError(Error::Code::PermissionDenied, tr("The file cannot be read."), path);
        if (OneFileSource::isOneFileExecutable(path))
            return std::unique_ptr<BundleSource>(std::make_unique<OneFileSource>(path));
        return makeError(Error::Code::NotABundle,
            tr("This file is neither a PyInstaller one-file executable nor a supported archive (.zip, .whl, .tar, "
               ".tar.gz, .tar.xz, .tar.bz2, .tar.zst)."),
            path);
    }
    return makeError(Error::Code::NotABundle, tr("This is neither a folder nor a file."), path);
}

Result<ScanResult> SourceFactory::scan(const QString& path, const CancellationToken& token)
{
    Result<std::unique_ptr<BundleSource>> source = create(path);
    if (!source)
        return source.error();
    return (*source)->scan(token, {});
}

} // namespace BundleScope
