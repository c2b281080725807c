// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace BundleScope {

// Forward reading of little-endian integers, protobuf varints and length-prefixed blobs from a QIODevice, for the
// GGUF and ONNX readers: skips by seeking when the device allows it, never reads past `size`, and caps single reads
// so a lying length cannot cause a huge allocation. Errors are sticky: after the first one every read returns 0 and
// ok() is false. Not thread-safe; lives on the stack of one reader call; does not own the device.
class StreamCursor {
public:
    static constexpr quint64 MaxBlob = 100ull * 1024 * 1024;

    StreamCursor(QIODevice& device, quint64 size);

    bool ok() const { return m_ok; }
    quint64 position() const { return m_position; }
    quint64 size() const { return m_size; }
    quint64 remaining() const { return m_size - m_position; }
    bool atEnd() const { return m_position >= m_size; }

    quint8 u8();
    quint32 u32();
    quint64 u64();
    quint64 varint();
    QByteArray bytes(quint64 length); // fails above MaxBlob or past the end
    void skip(quint64 length);
    void fail() { m_ok = false; }

private:
    bool take(void* out, quint64 length);

    QIODevice* m_device;
    quint64 m_size;
    quint64 m_position = 0;
    bool m_ok = true;
};

} // namespace BundleScope
