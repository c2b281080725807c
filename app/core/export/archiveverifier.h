// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "common/result.h"
#include "export/archiveformat.h"
#include "export/archivewriter.h"

#include <QCoreApplication>

namespace BundleScope {

struct VerifyReport {
    quint64 entries = 0; // files + folders + symlinks found
    quint64 files = 0;
    quint64 bytes = 0;
};

// Re-reads a written archive with KArchive (KTar / KZip, decompressing as a user's tool would) and checks it holds
// exactly what was written: the same files with the same sizes and CRC-32s, the same symlinks, the folders.
// Synchronous, any thread; reads the whole archive once.
class ArchiveVerifier {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ArchiveVerifier)
public:
    static Result<VerifyReport> verify(const QString& archivePath, ArchiveFormat format, const WriteSummary& expected,
        const CancellationToken& token = {});
};

} // namespace BundleScope
