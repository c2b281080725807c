// SPDX-License-Identifier: GPL-3.0-or-later
#include "parallelgzipwritedevice.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <zlib.h>

#include <array>

namespace BundleScope {

namespace {
    constexpr qint64 s_window = 32 * 1024; // deflate's history window (RFC 1951 3.2.5)

    // Raw-deflates one block with `dictionary` as history. Non-final blocks end with a sync flush (byte-aligned,
    // no BFINAL bit) so the next block's bits can simply follow; the final block ends the stream.
    ParallelGzipWriteDevice::Block compressBlock(const QByteArray& input, const QByteArray& dictionary, int level,
        bool last, const std::shared_ptr<std::atomic_bool>& aborted)
    {
        ParallelGzipWriteDevice::Block block;
        if (aborted->load(std::memory_order_relaxed))
            return block;
        z_stream stream {};
        if (deflateInit2(&stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            return block;
        if (!dictionary.isEmpty())
            deflateSetDictionary(
                &stream, reinterpret_cast<const Bytef*>(dictionary.constData()), uInt(dictionary.size()));
        block.output.resize(qsizetype(deflateBound(&stream, uLong(input.size()))) + 64);
        stream.next_in = const_cast<Bytef*>(reinterpret_cast<const Bytef*>(input.constData()));
        stream.avail_in = uInt(input.size());
        const int flush = last ? Z_FINISH : Z_SYNC_FLUSH;
        qint64 produced = 0;
        int result = Z_OK;
        do {
            if (produced == block.output.size())
                block.output.resize(block.output.size() * 2);
            stream.next_out = reinterpret_cast<Bytef*>(block.output.data() + produced);
            stream.avail_out = uInt(block.output.size() - produced);
            result = deflate(&stream, flush);
            produced = block.output.size() - qint64(stream.avail_out);
        } while (result == Z_OK && (stream.avail_out == 0 || (last && result != Z_STREAM_END)));
        deflateEnd(&stream);
        block.output.resize(produced);
        block.crc = quint32(crc32(0L, reinterpret_cast<const Bytef*>(input.constData()), uInt(input.size())));
        block.inputSize = input.size();
        block.ok = last ? result == Z_STREAM_END : (result == Z_OK || result == Z_BUF_ERROR);
        return block;
    }
} // namespace

ParallelGzipWriteDevice::ParallelGzipWriteDevice(
    QIODevice* target, int level, int threads, qint64 blockSize, QObject* parent)
    : QIODevice(parent)
    , m_target(target)
    , m_level(level)
    , m_blockSize(std::clamp<qint64>(blockSize, 1024, 1 << 30))
    , m_aborted(std::make_shared<std::atomic_bool>(false))
{
    m_pool.setMaxThreadCount(threads > 0 ? threads : QThread::idealThreadCount());
}

ParallelGzipWriteDevice::~ParallelGzipWriteDevice()
{
    abort();
    m_pool.waitForDone();
}

bool ParallelGzipWriteDevice::open(OpenMode mode)
{
    if ((mode & ReadOnly) || !(mode & WriteOnly) || !m_target || !m_target->isWritable()) {
        setErrorString(tr("The gzip stream can only be written, to an open device."));
        return false;
    }
    if (m_level < 0 || m_level > 9) {
        setErrorString(tr("zlib could not start a deflate stream at level %1.").arg(m_level));
        return false;
    }
    m_crc = quint32(crc32(0L, Z_NULL, 0));
    m_pending.reserve(m_blockSize);
    // RFC 1952 2.3: ID1 ID2 CM FLG MTIME(4) XFL OS. MTIME 0 means "no time stamp"; OS 3 is Unix.
    const char xfl = m_level == 9 ? 2 : (m_level == 1 ? 4 : 0);
    const std::array<char, 10> header { '\x1f', '\x8b', 8, 0, 0, 0, 0, 0, xfl, 3 };
    if (!writeOut(header.data(), qint64(header.size())))
        return false;
    return QIODevice::open(mode | Unbuffered);
}

bool ParallelGzipWriteDevice::writeOut(const char* data, qint64 length)
{
    if (m_target->write(data, length) != length) {
        setErrorString(tr("Could not write the compressed stream: %1").arg(m_target->errorString()));
        m_failed = true;
        return false;
    }
    return true;
}

bool ParallelGzipWriteDevice::submitBlock(bool last)
{
    while (qsizetype(m_inFlight.size()) >= 2 * qsizetype(m_pool.maxThreadCount())) {
        if (!writeFinishedBlock())
            return false;
    }
    QByteArray input = std::move(m_pending);
    m_pending = QByteArray();
    m_pending.reserve(m_blockSize);
    m_inFlight.push_back(QtConcurrent::run(&m_pool, &compressBlock, input, m_dictionary, m_level, last, m_aborted));
    m_dictionary = input.size() >= s_window ? input.right(s_window) : QByteArray(m_dictionary + input).right(s_window);
    return true;
}

bool ParallelGzipWriteDevice::writeFinishedBlock()
{
    const Block block = m_inFlight.front().result();
    m_inFlight.pop_front();
    if (!block.ok) {
        if (!m_failed)
            setErrorString(
                m_aborted->load() ? tr("The gzip stream was aborted.") : tr("zlib reported a stream error."));
        m_failed = true;
        return false;
    }
    // RFC 1952 2.3.1: CRC-32 of the whole input, ISIZE modulo 2^32.
    m_crc = quint32(crc32_combine(m_crc, block.crc, z_off_t(block.inputSize)));
    m_inputSize += quint32(block.inputSize);
    return writeOut(block.output.constData(), block.output.size());
}

qint64 ParallelGzipWriteDevice::writeData(const char* data, qint64 length)
{
    if (m_failed)
        return -1;
    qint64 done = 0;
    while (done < length) {
        const qint64 take = std::min(length - done, m_blockSize - qint64(m_pending.size()));
        m_pending.append(data + done, take);
        done += take;
        if (m_pending.size() == m_blockSize && !submitBlock(false))
            return -1;
    }
    return length;
}

void ParallelGzipWriteDevice::abort()
{
    m_aborted->store(true);
    m_failed = true;
    for (QFuture<Block>& future : m_inFlight)
        future.waitForFinished();
    m_inFlight.clear();
}

void ParallelGzipWriteDevice::close()
{
    if (isOpen() && !m_failed && !m_finished && submitBlock(true)) {
        bool ok = true;
        while (ok && !m_inFlight.empty())
            ok = writeFinishedBlock();
        if (ok) {
            std::array<char, 8> trailer {};
            for (int i = 0; i < 4; ++i) {
                trailer[i] = char((m_crc >> (8 * i)) & 0xff);
                trailer[4 + i] = char((m_inputSize >> (8 * i)) & 0xff);
            }
            m_finished = writeOut(trailer.data(), qint64(trailer.size()));
        }
    }
    if (!m_finished)
        abort();
    QIODevice::close();
}

} // namespace BundleScope
