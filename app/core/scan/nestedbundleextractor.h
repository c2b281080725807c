// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "common/freespace.h"
#include "common/result.h"
#include "scan/bundlesource.h"

#include <QCoreApplication>
#include <QString>

class QTemporaryDir;

namespace BundleScope {

// Copies one file node of an open bundle (a wheel inside a zip, an archive inside a one-file executable's PKG) out
// through the bundle's ContentReader into a caller-owned QTemporaryDir, under the member's own file name so that
// SourceFactory picks the right source for it. Checks free space first (FreeSpace; where the file system cannot tell,
// it goes ahead, and a full disk then surfaces as a write error), polls the token between 1 MiB chunks, writes through
// QSaveFile (nothing half-written is left behind, also on a full disk) and verifies that the byte count is the size
// the container's directory promised, which catches members whose compressed data is damaged.
// Stateless and synchronous: any thread; BundleLoader runs it on a worker for large members.
class NestedBundleExtractor {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::NestedBundleExtractor)
public:
    static constexpr qint64 ChunkBytes = 1024 * 1024;

    // Free space to leave on the temporary folder's file system after writing the member.
    static constexpr qint64 DefaultReserveBytes = 64ll * 1024 * 1024;

    // True for a file whose name or flags say it opens as a bundle of its own: a supported archive name
    // (.zip, .whl, .tar.*) or an Expandable node (one-file executable).
    static bool isNestedBundle(const BundleTree& tree, NodeId id);

    // Writes node `id` of `scan` to `dir`/<its file name> and returns that path. Errors: InvalidArgument (not a
    // file, no reader, unusable name), TooLarge (not enough free space, or above the container readers' in-memory
    // cap of 512 MiB per member), Io (the file cannot be written, e.g. the disk filled up), Io/Malformed (the member
    // cannot be read or is shorter than its recorded size), Cancelled. `freeSpace` answers how much room `dir` has.
    static Result<QString> extract(const ScanResult& scan, NodeId id, const QTemporaryDir& dir,
        const CancellationToken& token = {}, qint64 reserveBytes = DefaultReserveBytes,
        const FreeSpace::Query& freeSpace = FreeSpace::available);

private:
    static Result<void> checkMemoryLimit(const BundleTree& tree, quint64 bytes);
    static Result<void> checkFreeSpace(
        const QString& folder, quint64 bytes, qint64 reserveBytes, const FreeSpace::Query& freeSpace);
    static Result<void> copy(
        QIODevice& from, QIODevice& to, quint64 expected, const QString& name, const CancellationToken& token);
};

} // namespace BundleScope
