// SPDX-License-Identifier: GPL-3.0-or-later
#include "gzipwritedevice.h"

#include <array>

namespace BundleScope {

namespace {
    constexpr qint64 s_bufferSize = 256 * 1024;
    constexpr uInt s_maxChunk = 1u << 30; // zlib's avail_in is 32-bit
} // namespace

GzipWriteDevice::GzipWriteDevice(QIODevice* target, int level, QObject* parent)
    : QIODevice(parent)
    , m_target(target)
    , m_level(level)
{
}

GzipWriteDevice::~GzipWriteDevice()
{
    if (m_initialized)
        deflateEnd(&m_stream);
}

bool GzipWriteDevice::open(OpenMode mode)
{
    if ((mode & ReadOnly) || !(mode & WriteOnly) || !m_target || !m_target->isWritable()) {
        setErrorString(tr("The gzip stream can only be written, to an open device."));
        return false;
    }
    // Raw deflate (negative window bits): the gzip header and trailer are ours.
    if (deflateInit2(&m_stream, m_level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        setErrorString(tr("zlib could not start a deflate stream at level %1.").arg(m_level));
        return false;
    }
    m_initialized = true;
    m_crc = crc32(0L, Z_NULL, 0);
    m_buffer.resize(s_bufferSize);
    // RFC 1952 2.3: ID1 ID2 CM FLG MTIME(4) XFL OS. MTIME 0 means "no time stamp"; OS 3 is Unix.
    const char xfl = m_level == 9 ? 2 : (m_level == 1 ? 4 : 0);
    const std::array<char, 10> header { '\x1f', '\x8b', 8, 0, 0, 0, 0, 0, xfl, 3 };
    if (!writeOut(header.data(), qint64(header.size())))
        return false;
    return QIODevice::open(mode | Unbuffered);
}

bool GzipWriteDevice::writeOut(const char* data, qint64 length)
{
    if (m_target->write(data, length) != length) {
        setErrorString(tr("Could not write the compressed stream: %1").arg(m_target->errorString()));
        m_failed = true;
        return false;
    }
    return true;
}

bool GzipWriteDevice::deflateInput(int flush)
{
    int result = Z_OK;
    do {
        m_stream.next_out = reinterpret_cast<Bytef*>(m_buffer.data());
        m_stream.avail_out = uInt(m_buffer.size());
        result = deflate(&m_stream, flush);
        if (result == Z_STREAM_ERROR) {
            setErrorString(tr("zlib reported a stream error."));
            m_failed = true;
            return false;
        }
        const qint64 produced = m_buffer.size() - qint64(m_stream.avail_out);
        if (produced > 0 && !writeOut(m_buffer.constData(), produced))
            return false;
    } while (m_stream.avail_out == 0 || (flush == Z_FINISH && result != Z_STREAM_END));
    return true;
}

qint64 GzipWriteDevice::writeData(const char* data, qint64 length)
{
    if (m_failed)
        return -1;
    qint64 done = 0;
    while (done < length) {
        const uInt chunk = uInt(std::min<qint64>(length - done, s_maxChunk));
        const auto* bytes = reinterpret_cast<const Bytef*>(data + done);
        m_crc = crc32(m_crc, bytes, chunk);
        m_inputSize += chunk; // ISIZE is the input size modulo 2^32 (RFC 1952 2.3.1)
        m_stream.next_in = const_cast<Bytef*>(bytes);
        m_stream.avail_in = chunk;
        if (!deflateInput(Z_NO_FLUSH))
            return -1;
        done += chunk;
    }
    return length;
}

void GzipWriteDevice::close()
{
    if (isOpen() && !m_failed && !m_finished) {
        m_stream.next_in = nullptr;
        m_stream.avail_in = 0;
        if (deflateInput(Z_FINISH)) {
            std::array<char, 8> trailer {};
            for (int i = 0; i < 4; ++i) {
                trailer[i] = char((m_crc >> (8 * i)) & 0xff);
                trailer[4 + i] = char((m_inputSize >> (8 * i)) & 0xff);
            }
            m_finished = writeOut(trailer.data(), qint64(trailer.size()));
        }
    }
    QIODevice::close();
}

} // namespace BundleScope
