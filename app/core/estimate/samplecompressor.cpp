// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplecompressor.h"

#include <KCompressionDevice>

#include <QBuffer>

#include <zlib.h>

namespace BundleScope {

quint64 SampleCompressor::deflateSize(int level, QByteArrayView data, QByteArrayView dictionary)
{
    z_stream stream {};
    if (deflateInit2(&stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return quint64(data.size());
    if (!dictionary.isEmpty()) {
        const QByteArrayView tail = dictionary.last(std::min<qsizetype>(dictionary.size(), 32768));
        deflateSetDictionary(&stream, reinterpret_cast<const Bytef*>(tail.data()), uInt(tail.size()));
    }
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 64, Qt::Uninitialized);
    stream.next_in = const_cast<Bytef*>(reinterpret_cast<const Bytef*>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    const quint64 size = stream.total_out;
    deflateEnd(&stream);
    return size;
}

quint64 SampleCompressor::filterSize(ArchiveFormat format, QByteArrayView data)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    const auto type = format == ArchiveFormat::TarXz ? KCompressionDevice::Xz : KCompressionDevice::Zstd;
    KCompressionDevice device(&buffer, false, type);
    if (!device.open(QIODevice::WriteOnly))
        return quint64(data.size());
    device.write(data.data(), data.size());
    device.close();
    return quint64(out.size());
}

quint64 SampleCompressor::compressedSize(
    ArchiveFormat format, int level, QByteArrayView data, QByteArrayView dictionary)
{
    switch (format) {
    case ArchiveFormat::TarGz:
    case ArchiveFormat::Zip:
        if (level == 0)
            return quint64(data.size());
        return deflateSize(level, data, dictionary);
    case ArchiveFormat::TarXz:
    case ArchiveFormat::TarZst: {
        const quint64 size = filterSize(format, data);
        const quint64 empty = emptyStreamSize(format);
        return size > empty ? size - empty : 0;
    }
    }
    return quint64(data.size());
}

quint64 SampleCompressor::emptyStreamSize(ArchiveFormat format)
{
    if (format == ArchiveFormat::TarGz || format == ArchiveFormat::Zip)
        return 0;
    static const quint64 xz = filterSize(ArchiveFormat::TarXz, {});
    static const quint64 zstd = filterSize(ArchiveFormat::TarZst, {});
    return format == ArchiveFormat::TarXz ? xz : zstd;
}

quint64 SampleCompressor::containerOverhead(ArchiveFormat format)
{
    switch (format) {
    case ArchiveFormat::TarGz:
        return 18; // RFC 1952: 10-byte header (no name, no extra) + CRC-32 + ISIZE
    case ArchiveFormat::Zip:
        return 0;
    case ArchiveFormat::TarXz:
    case ArchiveFormat::TarZst:
        return emptyStreamSize(format);
    }
    return 0;
}

} // namespace BundleScope
