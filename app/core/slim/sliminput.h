// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace BundleScope {

// What slim works on: a one-folder bundle on disk. A folder is used as it is (only read); an archive of one
// (.zip, .tar, .tar.gz, .tar.xz, .tar.bz2, .tar.zst) is extracted with KArchive into a private temporary folder that
// lives as long as this object (free space checked first); a one-file executable is refused, since its files only
// exist once it unpacks itself at run time. Which folder of an archive is the bundle: its root when the root looks
// like one (holds `_internal/` or `base_library.zip`, PyInstaller 6 and 5; renamed after its one executable, as
// dist/<app> is), else the one top-level folder that does,
// else its only top-level folder, else its root; an archive with several top-level bundles (dist/a and dist/b packed
// together) is refused (InvalidArgument, naming them): slim works on one app. Synchronous; owned by the caller for
// one slim run.
class SlimInput {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::SlimInput)
public:
    ~SlimInput();
    SlimInput(SlimInput&&) noexcept;
    SlimInput& operator=(SlimInput&&) noexcept;
    Q_DISABLE_COPY(SlimInput)

    // Errors: NotFound, NotABundle, Unsupported (one-file executable), InvalidArgument (an archive of several
    // bundles), TooLarge (no room to extract), Io, Cancelled.
    [[nodiscard]] static Result<SlimInput> prepare(
        const QString& path, const QString& temporaryRoot, const CancellationToken& token = {});

    QString folder() const { return m_folder; } // the bundle folder to slim
    bool isExtracted() const { return m_extracted != nullptr; }

private:
    SlimInput() = default;
    static Result<SlimInput> extract(const QString& archive, const QString& temporaryRoot);
    static Result<QString> bundleFolderIn(const QString& extractedRoot, const QString& archive);

    QString m_folder;
    std::unique_ptr<QTemporaryDir> m_extracted;
};

} // namespace BundleScope
