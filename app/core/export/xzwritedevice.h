// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"

#include <QByteArray>
#include <QIODevice>

#include <functional>

#include <lzma.h>

namespace BundleScope {

// A write-only QIODevice that xz-compresses everything written to it into `target` with liblzma's multithreaded
// encoder (lzma_stream_encoder_mt; .xz file format 1.0.4): the input is cut into independent blocks of a fixed size
// (24 MiB by default, 3 × the preset 6 dictionary), compressed on liblzma's own threads, and written in order with
// CRC-64 checks. The output depends on the preset and the block size, never on the thread count (same as `xz -T N
// --block-size=S`), so exports stay reproducible. liblzma is asked to return every 100 ms, so the token cancels a
// wait for a busy thread promptly. Threads are capped so the encoder stays within 1 GiB (about 160 MiB each at preset 6
// with 24 MiB blocks). Used from one thread; does not own the target.
class XzWriteDevice : public QIODevice {
    Q_OBJECT
public:
    static constexpr quint64 DefaultBlockSize = 24ull * 1024 * 1024;

    // threads <= 0: QThread::idealThreadCount().
    XzWriteDevice(QIODevice* target, CancellationToken token = {}, int threads = 0, quint32 preset = 6,
        quint64 blockSize = DefaultBlockSize, QObject* parent = nullptr);
    ~XzWriteDevice() override;
    Q_DISABLE_COPY_MOVE(XzWriteDevice)

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    // True after a close() that wrote the whole stream.
    bool finishedCleanly() const { return m_finished; }
    // Encoder threads after open(): the requested count, lowered to keep the encoder within 1 GiB.
    int threadCount() const { return m_threads; }
    // Input bytes accepted but not yet compressed (up to a block per thread, held while close() finishes them).
    quint64 bufferedInput() const;
    // Called after every step of the encoder, at least every 100 ms while it works (also inside close()).
    void setProgressCallback(std::function<void()> callback) { m_progress = std::move(callback); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override;

private:
    bool encode(lzma_action action);
    bool fail(const QString& message);

    QIODevice* m_target;
    CancellationToken m_token;
    int m_threads;
    quint32 m_preset;
    quint64 m_blockSize;
    mutable lzma_stream m_stream = LZMA_STREAM_INIT; // lzma_get_progress() takes a non-const stream
    std::function<void()> m_progress;
    quint64 m_input = 0;
    bool m_initialized = false;
    bool m_failed = false;
    bool m_finished = false;
    QByteArray m_buffer;
};

} // namespace BundleScope
