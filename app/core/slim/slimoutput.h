// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "common/result.h"
#include "slim/slimresult.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace BundleScope {

// Writes the slimmed bundle of a slim run: the original folder copied (cp --reflink=auto -a) with exactly the
// verified actions applied — files removed, duplicates replaced by their relative symlinks, launchers rewritten
// without their removed PYZ modules (CArchiveRewriter) — either as a folder
// (DIR, written as DIR.partial-XXXXXX and renamed) or as an archive (.tar.gz, .zip, .tar.xz, .tar.zst) written by
// ArchiveExporter from a trimmed copy in a temporary folder, scanned as plain files on disk (PlainFolderScan), with
// the bundle's folder name as the archive's top level. The original is only read. Synchronous, cancellable.
class SlimOutput {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::SlimOutput)
public:
    struct Written {
        QString path;
        quint64 bytes = 0; // archive size, or the folder's content bytes
        QString note; // how it was written, one sentence
    };

    // Whether `path` names an archive slim can write (by its suffix); anything else is a folder.
    static bool isArchivePath(const QString& path);

    // Errors: AlreadyExists (the destination exists), TooLarge (no room), Io, Cancelled.
    [[nodiscard]] static Result<Written> write(const QString& bundleFolder, const std::vector<SlimAction>& actions,
        const QString& destination, const QString& temporaryRoot, const CancellationToken& token = {});

private:
    static Result<Written> writeFolder(const QString& bundleFolder, const std::vector<SlimAction>& actions,
        const QString& destination, const CancellationToken& token);
    static Result<Written> writeArchive(const QString& bundleFolder, const std::vector<SlimAction>& actions,
        const QString& destination, const QString& temporaryRoot, const CancellationToken& token);
};

} // namespace BundleScope
