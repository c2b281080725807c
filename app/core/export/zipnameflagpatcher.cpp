// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipnameflagpatcher.h"

#include <QtEndian>

#include <algorithm>

namespace BundleScope {

namespace {
    constexpr quint16 s_utf8Flag = 1u << 11;

    quint16 le16(const QByteArray& bytes, qsizetype at)
    {
        return qFromLittleEndian<quint16>(bytes.constData() + at);
    }
    quint32 le32(const QByteArray& bytes, qsizetype at)
    {
        return qFromLittleEndian<quint32>(bytes.constData() + at);
    }
    bool isAscii(QByteArrayView name)
    {
        return std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    }
} // namespace

Result<void> ZipNameFlagPatcher::patch(QIODevice& device)
{
    const qint64 size = device.size();
    // KZip writes no archive comment, so the end-of-central-directory record is the last 22 bytes.
    if (size < 22 || !device.seek(size - 22))
        return makeError(Error::Code::Malformed, tr("The zip just written has no end record."));
    const QByteArray eocd = device.read(22);
    if (eocd.size() != 22 || le32(eocd, 0) != 0x06054b50)
        return makeError(Error::Code::Malformed, tr("The zip just written has no end record."));
    const quint32 directorySize = le32(eocd, 12);
    const quint32 directoryOffset = le32(eocd, 16);
    if (!device.seek(directoryOffset))
        return makeError(Error::Code::Io, device.errorString());
    QByteArray directory = device.read(directorySize);
    if (directory.size() != qsizetype(directorySize))
        return makeError(Error::Code::Malformed, tr("The zip's central directory is truncated."));
    bool changed = false;
    for (qsizetype at = 0; at + 46 <= directory.size();) {
        if (le32(directory, at) != 0x02014b50)
            return makeError(Error::Code::Malformed, tr("The zip's central directory is damaged."));
        const quint16 nameLength = le16(directory, at + 28);
        const qsizetype next = at + 46 + nameLength + le16(directory, at + 30) + le16(directory, at + 32);
        const quint16 flags = le16(directory, at + 8);
        if (!isAscii(QByteArrayView(directory.constData() + at + 46, nameLength)) && !(flags & s_utf8Flag)) {
            const quint16 patched = flags | s_utf8Flag;
            qToLittleEndian<quint16>(patched, directory.data() + at + 8);
            // The local header repeats the flags at offset 6.
            const char local[2] = { char(patched & 0xff), char(patched >> 8) };
            if (!device.seek(qint64(le32(directory, at + 42)) + 6) || device.write(local, 2) != 2)
                return makeError(Error::Code::Io, tr("Could not update the zip: %1").arg(device.errorString()));
            changed = true;
        }
        at = next;
    }
    if (changed && (!device.seek(directoryOffset) || device.write(directory) != directory.size()))
        return makeError(Error::Code::Io, tr("Could not update the zip: %1").arg(device.errorString()));
    return {};
}

} // namespace BundleScope
