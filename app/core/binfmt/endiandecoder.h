// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtEndian>

namespace BundleScope {

// Decodes fixed-width integers of one byte order out of a buffer the binary readers (ELF, PE, Mach-O) have already
// read and size-checked. An offset outside the buffer yields 0 rather than reading past it. A value type, any thread.
struct EndianDecoder {
    bool bigEndian = false;

    quint8 u8(const QByteArray& data, qint64 offset) const
    {
        return fits(data, offset, 1) ? quint8(data.at(qsizetype(offset))) : 0;
    }
    quint16 u16(const QByteArray& data, qint64 offset) const
    {
        if (!fits(data, offset, 2))
            return 0;
        const uchar* p = reinterpret_cast<const uchar*>(data.constData()) + offset;
        return bigEndian ? qFromBigEndian<quint16>(p) : qFromLittleEndian<quint16>(p);
    }
    quint32 u32(const QByteArray& data, qint64 offset) const
    {
        if (!fits(data, offset, 4))
            return 0;
        const uchar* p = reinterpret_cast<const uchar*>(data.constData()) + offset;
        return bigEndian ? qFromBigEndian<quint32>(p) : qFromLittleEndian<quint32>(p);
    }
    quint64 u64(const QByteArray& data, qint64 offset) const
    {
        if (!fits(data, offset, 8))
            return 0;
        const uchar* p = reinterpret_cast<const uchar*>(data.constData()) + offset;
        return bigEndian ? qFromBigEndian<quint64>(p) : qFromLittleEndian<quint64>(p);
    }
    // A target-word: 8 bytes for 64-bit formats, 4 otherwise.
    quint64 word(const QByteArray& data, qint64 offset, bool is64) const
    {
        return is64 ? u64(data, offset) : u32(data, offset);
    }

private:
    static bool fits(const QByteArray& data, qint64 offset, qint64 width)
    {
        return offset >= 0 && offset + width <= qint64(data.size());
    }
};

} // namespace BundleScope
