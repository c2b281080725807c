// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace BundleScope {

// A write-only pass-through QIODevice between KTar and the compressor that makes KTar 6.13's output reproducible
// and owner-neutral. It follows the tar stream (POSIX.1-1988 ustar headers + GNU ././@LongLink, 512-byte blocks) and
// in every header block sets uid/gid to 0 and the mtime of GNU long-name headers (which KTar stamps with the current
// time) to the archive's fixed time, then recomputes the checksum; in long-name data blocks it zeroes the bytes
// after the name (KTar leaves stale header bytes there). File data passes through untouched. Output is handed on in
// 1 MiB chunks: KCompressionDevice's zstd filter flushes a block on every write, which on KTar's 512-byte header
// writes cost ~15% of the archive size. One thread, does not own the target.
class TarNormalizingDevice : public QIODevice {
    Q_OBJECT
public:
    TarNormalizingDevice(QIODevice* target, qint64 mtime, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(TarNormalizingDevice)

    bool isSequential() const override { return true; }
    void close() override;
    quint64 headersSeen() const { return m_headers; }
    // Hands the buffered bytes to the target; false (with errorString()) when the target refused them.
    bool flushOutput();

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override;

private:
    bool finishHeader();
    bool forward(const char* data, qint64 length);

    QIODevice* m_target;
    QByteArray m_mtimeField; // 11 octal digits
    QByteArray m_header; // a header block being collected
    QByteArray m_output; // bytes waiting for the target
    quint64 m_dataRemaining = 0; // padded data bytes of the current member still to pass
    quint64 m_validRemaining = 0; // of which real data (the rest is padding)
    bool m_longName = false; // current member is a GNU long name/link: zero its padding
    quint64 m_headers = 0;
};

} // namespace BundleScope
