// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// Protocol Buffers wire encoding, enough to write the ONNX models the weights tests read.
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
