// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/bundlesource.h"

#include <QCoreApplication>

namespace BundleScope {

// Opens a release archive (.zip, .whl, .tar, .tar.gz/.tgz, .tar.xz/.txz, .tar.bz2/.tbz2, .tar.zst/.tzst) with KArchive
// as a virtual bundle: sizes from the archive's directory (zip: stored and uncompressed sizes from the central
// directory, nothing inflated while scanning, so a zip bomb costs nothing), symlinks and modes as stored, members
// with absolute or "../" names shown as they are and flagged UnsafeName — never written anywhere. Nested archives
// are ordinary files. Member content is read on demand, within a memory cap. Synchronous.
class ArchiveSource : public BundleSource {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ArchiveSource)
public:
    static constexpr qint64 MaxMemberBytes = 512ll * 1024 * 1024;

    explicit ArchiveSource(QString path);
    static bool isSupportedArchiveName(const QString& fileName);

    Result<ScanResult> scan(const CancellationToken& token, const ProgressCallback& progress) override;

private:
    QString m_path;
};

} // namespace BundleScope
