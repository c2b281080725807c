// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamcursor.h"

#include <QtEndian>

namespace BundleScope {

StreamCursor::StreamCursor(QIODevice& device, quint64 size)
    : m_device(&device)
    , m_size(size)
    , m_position(quint64(qMax<qint64>(0, device.pos())))
{
    if (m_position > m_size)
        m_ok = false;
}

bool StreamCursor::take(void* out, quint64 length)
{
    if (!m_ok || length > remaining()) {
        m_ok = false;
        return false;
    }
    if (m_device->read(static_cast<char*>(out), qint64(length)) != qint64(length)) {
        m_ok = false;
        return false;
    }
    m_position += length;
    return true;
}

quint8 StreamCursor::u8()
{
    quint8 value = 0;
    return take(&value, 1) ? value : 0;
}

quint32 StreamCursor::u32()
{
    uchar raw[4];
    return take(raw, 4) ? qFromLittleEndian<quint32>(raw) : 0;
}

quint64 StreamCursor::u64()
{
    uchar raw[8];
    return take(raw, 8) ? qFromLittleEndian<quint64>(raw) : 0;
}

quint64 StreamCursor::varint()
{
    // Protocol Buffers encoding: 7 bits per byte, least significant group first, at most 10 bytes.
    quint64 value = 0;
    for (int shift = 0; shift < 70; shift += 7) {
        const quint8 byte = u8();
        if (!m_ok)
            return 0;
        if (shift == 63 && byte > 1) // would overflow 64 bits
            break;
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return value;
    }
    m_ok = false;
    return 0;
}

QByteArray StreamCursor::bytes(quint64 length)
{
    if (!m_ok || length > MaxBlob || length > remaining()) {
        m_ok = false;
        return {};
    }
    QByteArray data(qsizetype(length), Qt::Uninitialized);
    if (!take(data.data(), length))
        return {};
    return data;
}

void StreamCursor::skip(quint64 length)
{
    if (!m_ok || length > remaining()) {
        m_ok = false;
        return;
    }
    if (!m_device->isSequential()) {
        if (!m_device->seek(qint64(m_position + length))) {
            m_ok = false;
            return;
        }
    } else if (m_device->skip(qint64(length)) != qint64(length)) {
        m_ok = false;
        return;
    }
    m_position += length;
}

} // namespace BundleScope
