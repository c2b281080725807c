// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFuture>
#include <QIODevice>
#include <QThreadPool>

#include <atomic>
#include <deque>
#include <memory>

namespace BundleScope {

// A write-only QIODevice that gzips everything written to it into `target` (RFC 1952) the way pigz does: the input
// is cut into fixed blocks (1 MiB by default), each block is raw-deflated (RFC 1951) on a private QThreadPool with
// the previous block's last 32 KiB as preset dictionary and ends with Z_SYNC_FLUSH (an empty stored block, so the
// pieces concatenate byte-aligned), the last block with Z_FINISH. Every block depends only on its own input and the
// input before it, never on scheduling, so the bytes are identical for any thread count. The header carries MTIME 0
// and no name (reproducible); the CRC-32 is combined from per-block CRCs (crc32_combine). At most 2 × threads blocks
// are in flight (bounded memory); output is written in order on the caller's thread. abort() makes queued blocks
// return at once (cancel). Used from one thread; does not own the target.
class ParallelGzipWriteDevice : public QIODevice {
    Q_OBJECT
public:
    static constexpr qint64 DefaultBlockSize = 1024 * 1024;

    // threads <= 0: QThread::idealThreadCount().
    ParallelGzipWriteDevice(
        QIODevice* target, int level, int threads = 0, qint64 blockSize = DefaultBlockSize, QObject* parent = nullptr);
    ~ParallelGzipWriteDevice() override;
    Q_DISABLE_COPY_MOVE(ParallelGzipWriteDevice)

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    // True after a close() that wrote the whole stream.
    bool finishedCleanly() const { return m_finished; }
    // Drops the stream: blocks not yet started are skipped, close() writes nothing more.
    void abort();
    int threadCount() const { return m_pool.maxThreadCount(); }

    // One compressed block: what a pool thread returns.
    struct Block {
        QByteArray output;
        quint32 crc = 0;
        qint64 inputSize = 0;
        bool ok = false;
    };

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override;

private:
    bool submitBlock(bool last);
    bool writeFinishedBlock(); // waits for the oldest block and writes it
    bool writeOut(const char* data, qint64 length);

    QIODevice* m_target;
    int m_level;
    qint64 m_blockSize;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_aborted;
    std::deque<QFuture<Block>> m_inFlight;
    QByteArray m_pending; // input of the block being filled
    QByteArray m_dictionary; // last 32 KiB of the input before m_pending
    quint32 m_crc = 0;
    quint32 m_inputSize = 0;
    bool m_failed = false;
    bool m_finished = false;
};

} // namespace BundleScope
