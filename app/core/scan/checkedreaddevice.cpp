// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkedreaddevice.h"

#include "scan/diskentries.h"

namespace BundleScope {

namespace {
    QString cannotOpen(const BundleTree& tree)
    {
        return tree.sourceKind() == BundleTree::SourceKind::Folder
            ? CheckedReadDevice::tr("The file could not be opened for reading: it vanished, is unreadable or is no "
                                    "longer a regular file.")
            : CheckedReadDevice::tr("The entry could not be read from its container: the container changed since the "
                                    "scan, is damaged, or the entry is too large to read.");
    }
} // namespace

CheckedReadDevice::CheckedReadDevice(std::unique_ptr<QIODevice> inner, qint64 expectedSize, QString path)
    : m_inner(std::move(inner))
    , m_expected(expectedSize)
    , m_path(std::move(path))
{
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

CheckedReadDevice::~CheckedReadDevice() = default;

qint64 CheckedReadDevice::expectedSize(const BundleTree& tree, const ContentReader& reader, NodeId id)
{
    // A launcher opened in place lists its members at their stored size while the reader decodes them; a one-file
    // executable's sizes come from its table of contents. Only a real entry's size is what the reader must deliver.
    return DiskEntries(tree, reader).isReal(id) ? qint64(tree.size(id)) : -1;
}

Result<std::unique_ptr<CheckedReadDevice>> CheckedReadDevice::open(
    const BundleTree& tree, const ContentReader& reader, NodeId id)
{
    if (!reader.hasContent())
        return makeError(Error::Code::Unsupported, tr("The bundle's file contents are not available."), tree.path(id));
    std::unique_ptr<QIODevice> inner = reader.open(id);
    if (!inner)
        return makeError(Error::Code::Io, cannotOpen(tree), tree.path(id));
    const qint64 expected = expectedSize(tree, reader, id);
    // A file on disk knows its size: a change since the scan shows here, before any byte is parsed.
    if (expected >= 0 && !inner->isSequential() && inner->size() != expected)
        return makeError(Error::Code::Io,
            tr("The file has %1 bytes, the scan found %2: it changed since the scan or could not be read completely.")
                .arg(inner->size())
                .arg(expected),
            tree.path(id));
    return std::unique_ptr<CheckedReadDevice>(new CheckedReadDevice(std::move(inner), expected, tree.path(id)));
}

Result<QByteArray> CheckedReadDevice::readAll(
    const BundleTree& tree, const ContentReader& reader, NodeId id, qint64 maxBytes)
{
    // The path is built for an error only: this runs for each Python module of a tree (/usr: 26,000).
    if (!reader.hasContent())
        return makeError(Error::Code::Unsupported, tr("The bundle's file contents are not available."), tree.path(id));
    const qint64 expected = expectedSize(tree, reader, id);
    if (expected > maxBytes)
        return makeError(Error::Code::TooLarge, tr("The file is larger than %1 bytes.").arg(maxBytes), tree.path(id));
    // One more byte than the scan found, so that a file that grew shows as longer.
    std::optional<QByteArray> content = reader.readContent(id, expected >= 0 ? expected + 1 : maxBytes);
    if (!content)
        return makeError(Error::Code::Io, cannotOpen(tree), tree.path(id));
    if (expected >= 0 && content->size() != expected)
        return makeError(Error::Code::Io,
            tr("%1 bytes could be read, the scan found %2: the file changed since the scan or could not be read "
               "completely.")
                .arg(content->size())
                .arg(expected),
            tree.path(id));
    return std::move(*content);
}

bool CheckedReadDevice::isSequential() const
{
    return m_inner->isSequential();
}

qint64 CheckedReadDevice::size() const
{
    return m_expected >= 0 ? m_expected : m_inner->size();
}

bool CheckedReadDevice::seek(qint64 pos)
{
    if (!QIODevice::seek(pos))
        return false;
    if (!m_inner->seek(pos)) {
        // Within the content a seek must work; beyond it a parser followed a bad offset, which is its own error.
        if (m_expected < 0 || pos <= m_expected)
            fail(tr("Seeking to byte %1 failed: %2").arg(pos).arg(m_inner->errorString()));
        return false;
    }
    m_position = pos;
    return true;
}

qint64 CheckedReadDevice::bytesAvailable() const
{
    // Unbuffered and sequential, QIODevice alone would report nothing available (and atEnd() at once).
    return QIODevice::bytesAvailable() + (isSequential() ? m_inner->bytesAvailable() : 0);
}

qint64 CheckedReadDevice::readData(char* data, qint64 maxSize)
{
    if (hasFailed())
        return -1;
    // Until the request is met or the content ends: a device may return a short read just before it fails, and a
    // parser taking the short read for the end of the file would never see the failure.
    qint64 total = 0;
    while (total < maxSize) {
        const qint64 got = m_inner->read(data + total, maxSize - total);
        if (got < 0) {
            fail(tr("Reading failed at byte %1: %2").arg(m_position).arg(m_inner->errorString()));
            return -1;
        }
        if (got == 0) {
            if (m_expected >= 0 && m_position < m_expected) {
                fail(tr("The file ended at byte %1, the scan found %2 bytes: it changed since the scan or could not "
                        "be read completely.")
                         .arg(m_position)
                         .arg(m_expected));
                return -1;
            }
            break;
        }
        if (m_expected >= 0 && m_position + got > m_expected) {
            fail(tr("The file is larger than the %1 bytes the scan found: it changed since the scan.").arg(m_expected));
            return -1;
        }
        m_position += got;
        total += got;
    }
    return total;
}

qint64 CheckedReadDevice::writeData(const char*, qint64)
{
    return -1;
}

void CheckedReadDevice::fail(const QString& message)
{
    if (!hasFailed())
        m_failure = makeError(Error::Code::Io, message, m_path);
    setErrorString(m_failure.message);
}

} // namespace BundleScope
