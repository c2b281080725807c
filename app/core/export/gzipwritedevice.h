// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

#include <zlib.h>

namespace BundleScope {

// A write-only QIODevice that gzips everything written to it into `target` (RFC 1952) with zlib at a chosen level.
// Unlike KCompressionDevice's gzip filter it stamps MTIME 0 and no file name in the header, so the same input always
// gives the same bytes (reproducible archives). close() finishes the stream and writes the CRC-32/ISIZE trailer;
// errors of the target surface as write() failures / errorString(). Exports use ParallelGzipWriteDevice; this one
// stream is the reference its size is measured against (tests, bench_export). One thread; does not own the target.
class GzipWriteDevice : public QIODevice {
    Q_OBJECT
public:
    GzipWriteDevice(QIODevice* target, int level, QObject* parent = nullptr);
    ~GzipWriteDevice() override;
    Q_DISABLE_COPY_MOVE(GzipWriteDevice)

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    // True after a close() that wrote the whole stream.
    bool finishedCleanly() const { return m_finished; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override;

private:
    bool deflateInput(int flush);
    bool writeOut(const char* data, qint64 length);

    QIODevice* m_target;
    int m_level;
    z_stream m_stream {};
    bool m_initialized = false;
    bool m_failed = false;
    bool m_finished = false;
    uLong m_crc = 0;
    quint32 m_inputSize = 0;
    QByteArray m_buffer;
};

} // namespace BundleScope
