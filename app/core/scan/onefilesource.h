// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/bundlesource.h"

#include <QCoreApplication>

namespace BundleScope {

// Opens a PyInstaller one-file executable (ELF, PE or Mach-O with a CArchive) as a virtual bundle, without
// extracting it: the bootloader, every PKG member with its stored and real size, and the PYZ's pure-Python modules
// as a dotted package tree (json/decoder.pyc under PYZ-00.pyz/json/). Member content is decompressed on demand by
// the ContentReader it returns, within a memory cap. Synchronous; run it through ScanController.
class OneFileSource : public BundleSource {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::OneFileSource)
public:
    static constexpr qint64 MaxMemberBytes = 512ll * 1024 * 1024; // content read for analyzers, per member

    explicit OneFileSource(QString path);
    // True when the file ends with a PyInstaller cookie (cheap: reads at most the last 16 MiB).
    static bool isOneFileExecutable(const QString& path);

    Result<ScanResult> scan(const CancellationToken& token, const ProgressCallback& progress) override;

private:
    QString m_path;
};

} // namespace BundleScope
