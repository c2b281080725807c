// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtEndian>

// The encodings the weights tests write model files with: little-endian integers (safetensors, GGUF) and the Protocol
// Buffers wire format (ONNX).
namespace BundleScope::Test {

inline QByteArray le32(quint32 v)
{
    QByteArray out(4, '\0');
    qToLittleEndian(v, out.data());
    return out;
}

inline QByteArray le64(quint64 v)
{
    QByteArray out(8, '\0');
    qToLittleEndian(v, out.data());
    return out;
}

} // namespace BundleScope::Test

namespace BundleScope::Test::Protobuf {

inline QByteArray varint(quint64 v)
{
    QByteArray out;
    do {
        out += char((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
        v >>= 7;
    } while (v);
    return out;
}

// A length-delimited field (wire type 2): sub-messages, bytes, strings, packed repeated values.
inline QByteArray field(int number, const QByteArray& payload)
{
    return varint(quint64(number) << 3 | 2) + varint(quint64(payload.size())) + payload;
}

inline QByteArray fieldVarint(int number, quint64 value)
{
    return varint(quint64(number) << 3) + varint(value);
}

} // namespace BundleScope::Test::Protobuf
