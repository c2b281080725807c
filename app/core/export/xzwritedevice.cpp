// SPDX-License-Identifier: GPL-3.0-or-later
#include "xzwritedevice.h"

#include <QThread>

namespace BundleScope {

namespace {
    constexpr qint64 s_bufferSize = 1024 * 1024;
    constexpr quint32 s_timeoutMs = 100;
    // Each preset 6 thread needs ~94 MiB of encoder state plus its block in and out (lzma_stream_encoder_mt_memusage):
    // fewer threads above this budget. The output does not depend on the thread count.
    constexpr quint64 s_memoryBudget = 1024ull * 1024 * 1024;
} // namespace

XzWriteDevice::XzWriteDevice(
    QIODevice* target, CancellationToken token, int threads, quint32 preset, quint64 blockSize, QObject* parent)
    : QIODevice(parent)
    , m_target(target)
    , m_token(std::move(token))
    , m_threads(threads > 0 ? threads : QThread::idealThreadCount())
    , m_preset(preset)
    , m_blockSize(blockSize)
{
}

XzWriteDevice::~XzWriteDevice()
{
    if (m_initialized)
        lzma_end(&m_stream); // stops and joins the encoder threads
}

bool XzWriteDevice::fail(const QString& message)
{
    setErrorString(message);
    m_failed = true;
    return false;
}

bool XzWriteDevice::open(OpenMode mode)
{
    if ((mode & ReadOnly) || !(mode & WriteOnly) || !m_target || !m_target->isWritable())
        return fail(tr("The xz stream can only be written, to an open device."));
    lzma_mt options {};
    options.threads = quint32(std::max(1, m_threads));
    options.block_size = m_blockSize;
    options.timeout = s_timeoutMs;
    options.preset = m_preset;
    options.check = LZMA_CHECK_CRC64;
    while (options.threads > 1 && lzma_stream_encoder_mt_memusage(&options) > s_memoryBudget)
        --options.threads;
    m_threads = int(options.threads);
    const lzma_ret result = lzma_stream_encoder_mt(&m_stream, &options);
    if (result != LZMA_OK)
        return fail(tr("liblzma could not start an xz stream (error %1).").arg(int(result)));
    m_initialized = true;
    m_buffer.resize(s_bufferSize);
    return QIODevice::open(mode | Unbuffered);
}

// Runs lzma_code until the input is consumed (LZMA_RUN) or the stream ended (LZMA_FINISH), writing output as it
// comes. A timeout returns LZMA_OK with no progress: the loop then checks the token and calls again.
bool XzWriteDevice::encode(lzma_action action)
{
    for (;;) {
        if (m_token.isCancelled())
            return fail(tr("Export cancelled."));
        m_stream.next_out = reinterpret_cast<uint8_t*>(m_buffer.data());
        m_stream.avail_out = size_t(m_buffer.size());
        const lzma_ret result = lzma_code(&m_stream, action);
        const qint64 produced = m_buffer.size() - qint64(m_stream.avail_out);
        if (produced > 0 && m_target->write(m_buffer.constData(), produced) != produced)
            return fail(tr("Could not write the compressed stream: %1").arg(m_target->errorString()));
        if (m_progress)
            m_progress();
        if (result == LZMA_STREAM_END)
            return true;
        if (result != LZMA_OK)
            return fail(tr("liblzma reported error %1.").arg(int(result)));
        if (action == LZMA_RUN && m_stream.avail_in == 0)
            return true;
    }
}

qint64 XzWriteDevice::writeData(const char* data, qint64 length)
{
    if (m_failed)
        return -1;
    m_stream.next_in = reinterpret_cast<const uint8_t*>(data);
    m_stream.avail_in = size_t(length);
    m_input += quint64(length);
    if (!encode(LZMA_RUN))
        return -1;
    return length;
}

quint64 XzWriteDevice::bufferedInput() const
{
    if (!m_initialized || m_finished)
        return 0;
    uint64_t compressed = 0;
    uint64_t produced = 0;
    lzma_get_progress(&m_stream, &compressed, &produced);
    return m_input - std::min<quint64>(m_input, compressed);
}

void XzWriteDevice::close()
{
    if (isOpen() && !m_failed && !m_finished) {
        m_stream.next_in = nullptr;
        m_stream.avail_in = 0;
        m_finished = encode(LZMA_FINISH);
    }
    QIODevice::close();
}

} // namespace BundleScope
