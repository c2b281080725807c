// SPDX-License-Identifier: GPL-3.0-or-later
#include "nestedbundleextractor.h"

#include "common/logging.h"
#include "common/sizeformat.h"
#include "scan/archivesource.h"
#include "scan/onefilesource.h"

#include <QDir>
#include <QSaveFile>
#include <QTemporaryDir>

#include <limits>

namespace BundleScope {

bool NestedBundleExtractor::isNestedBundle(const BundleTree& tree, NodeId id)
{
    if (!tree.isValid(id) || tree.kind(id) != NodeKind::File)
        return false;
    return tree.hasFlag(id, Expandable) || ArchiveSource::isSupportedArchiveName(tree.name(id));
}

Result<QString> NestedBundleExtractor::extract(const ScanResult& scan, NodeId id, const QTemporaryDir& dir,
    const CancellationToken& token, qint64 reserveBytes, const FreeSpace::Query& freeSpace)
{
    if (!scan.tree || !scan.tree->isValid(id))
        return makeError(Error::Code::InvalidArgument, tr("There is no such item in the bundle."));
    const BundleTree& tree = *scan.tree;
    const QString inside = tree.absolutePath(id);
    if (tree.kind(id) != NodeKind::File)
        return makeError(Error::Code::InvalidArgument,
            tr("Only a file can be opened as a bundle of its own; this is a folder or a link."), inside);
    const QString name = tree.name(id);
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..") || name.contains(u'/')
        || name.contains(u'\\'))
        return makeError(Error::Code::InvalidArgument, tr("The file's name cannot be used on disk."), inside);
    if (!dir.isValid())
        return makeError(Error::Code::Io, tr("Cannot create a temporary folder: %1").arg(dir.errorString()));
    if (!scan.reader)
        return makeError(Error::Code::InvalidArgument, tr("The content of this bundle cannot be read."), inside);
    const quint64 expected = tree.size(id);
    if (Result<void> readable = checkMemoryLimit(tree, expected); !readable)
        return Error { readable.error().code, readable.error().message, inside };
    if (Result<void> space = checkFreeSpace(dir.path(), expected, reserveBytes, freeSpace); !space)
        return space.error();
    if (token.isCancelled())
        return makeError(Error::Code::Cancelled, tr("Extraction cancelled"), inside);

    // Readers of containers decompress the member in one go (within their memory cap); the copy below is chunked.
    std::unique_ptr<QIODevice> input = scan.reader->open(id);
    if (!input)
        return makeError(Error::Code::Malformed,
            tr("Cannot read this file from the bundle: it is damaged or larger than the memory limit."), inside);
    const QString target = dir.filePath(name);
    // Unbuffered: QSaveFile::commit() flushes its buffer but ignores a failure there (Qt 6.4), so a full disk during
    // that last flush would leave a short file in place. Unbuffered, every write reports its own error, and the 1 MiB
    // chunks need no buffer. A failed write leaves nothing behind: QSaveFile removes its temporary file.
    QSaveFile output(target);
    if (!output.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return makeError(Error::Code::Io, tr("Cannot write the file: %1").arg(output.errorString()), target);
    if (Result<void> copied = copy(*input, output, expected, inside, token); !copied) {
        output.cancelWriting();
        return copied.error();
    }
    if (!output.commit())
        return makeError(Error::Code::Io, tr("Cannot write the file: %1").arg(output.errorString()), target);
    qCDebug(lcScan) << "extracted" << inside << "to" << target << expected << "bytes";
    return target;
}

// Archive and one-file readers hand out a member decompressed in memory, up to their cap: say so up front instead
// of failing after the decompression.
Result<void> NestedBundleExtractor::checkMemoryLimit(const BundleTree& tree, quint64 bytes)
{
    qint64 limit = 0;
    if (tree.sourceKind() == BundleTree::SourceKind::Archive)
        limit = ArchiveSource::MaxMemberBytes;
    else if (tree.sourceKind() == BundleTree::SourceKind::OneFileExecutable)
        limit = OneFileSource::MaxMemberBytes;
    if (limit == 0 || bytes <= quint64(limit))
        return {};
    return makeError(Error::Code::TooLarge,
        tr("This file is %1, more than the %2 BundleScope reads from inside an archive or one-file executable.")
            .arg(SizeFormat::format(bytes), SizeFormat::format(quint64(limit))));
}

// Where the file system cannot say (see FreeSpace), the extraction goes ahead: a full disk then fails the write, which
// extract() reports and cleans up like any other write error.
Result<void> NestedBundleExtractor::checkFreeSpace(
    const QString& folder, quint64 bytes, qint64 reserveBytes, const FreeSpace::Query& freeSpace)
{
    const std::optional<quint64> available = freeSpace ? freeSpace(folder) : std::nullopt;
    if (!available) {
        qCDebug(lcScan) << "free space of" << folder << "unknown; extracting" << bytes << "bytes without checking";
        return {};
    }
    const quint64 reserve = quint64(std::max<qint64>(reserveBytes, 0));
    const quint64 needed
        = bytes > std::numeric_limits<quint64>::max() - reserve ? std::numeric_limits<quint64>::max() : bytes + reserve;
    if (*available < needed)
        return makeError(Error::Code::TooLarge,
            tr("Not enough free disk space to extract this file: it needs %1 (with %2 kept free), %3 is free.")
                .arg(SizeFormat::format(bytes), SizeFormat::format(reserve), SizeFormat::format(*available)),
            folder);
    return {};
}

Result<void> NestedBundleExtractor::copy(
    QIODevice& from, QIODevice& to, quint64 expected, const QString& name, const CancellationToken& token)
{
    QByteArray buffer(int(std::min<quint64>(quint64(ChunkBytes), std::max<quint64>(expected, 1))), Qt::Uninitialized);
    quint64 written = 0;
    while (true) {
        if (token.isCancelled())
            return makeError(Error::Code::Cancelled, tr("Extraction cancelled"), name);
        const qint64 got = from.read(buffer.data(), buffer.size());
        if (got < 0)
            return makeError(
                Error::Code::Io, tr("Cannot read this file from the bundle: %1").arg(from.errorString()), name);
        if (got == 0)
            break;
        written += quint64(got);
        if (written > expected)
            break; // reported below: more bytes than the container recorded
        // A short write is retried: the next one reports why (a full disk: ENOSPC) in errorString().
        for (qint64 done = 0; done < got;) {
            const qint64 put = to.write(buffer.constData() + done, got - done);
            if (put <= 0)
                return makeError(Error::Code::Io, tr("Cannot write the file: %1").arg(to.errorString()), name);
            done += put;
        }
    }
    if (written != expected)
        return makeError(Error::Code::Malformed,
            tr("The file is damaged inside the bundle: %1 bytes could be read, %2 were expected.")
                .arg(written)
                .arg(expected),
            name);
    return {};
}

} // namespace BundleScope
