// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplecompressor.h"

#include <lzma.h>
#include <zlib.h>
#include <zstd.h>

#include <memory>

namespace BundleScope {

namespace {
    constexpr quint32 s_xzPreset = 6; // XzWriteDevice's default
    constexpr int s_zstdLevel = 3; // ZSTD_CLEVEL_DEFAULT: KArchive's zstd filter sets none

    struct ZstdContextDeleter {
        void operator()(ZSTD_CCtx* context) const { ZSTD_freeCCtx(context); }
    };

    // Level 3 as a stream of unknown size gets it (zstd 1.5's lib/compress/clevels.h, first table, row 3: window 2^21,
    // chain 2^16, hash 2^17, search 1, min match 5, double fast): a one-shot call would otherwise get the smaller
    // tables of a small input, which the real stream never uses. ZSTD_getCParams() is not in the stable API.
    constexpr int s_zstdWindowLog = 21;
    bool setZstdParameters(ZSTD_CCtx* context)
    {
        for (const auto& [parameter, value] :
            { std::pair { ZSTD_c_compressionLevel, s_zstdLevel }, { ZSTD_c_windowLog, s_zstdWindowLog },
                { ZSTD_c_chainLog, 16 }, { ZSTD_c_hashLog, 17 }, { ZSTD_c_searchLog, 1 }, { ZSTD_c_minMatch, 5 },
                { ZSTD_c_targetLength, 0 }, { ZSTD_c_strategy, int(ZSTD_dfast) }, { ZSTD_c_contentSizeFlag, 0 } }) {
            if (ZSTD_isError(ZSTD_CCtx_setParameter(context, parameter, value)))
                return false;
        }
        return true;
    }
} // namespace

quint64 SampleCompressor::deflateSize(int level, QByteArrayView data, QByteArrayView history)
{
    z_stream stream {};
    if (deflateInit2(&stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return quint64(data.size());
    if (!history.isEmpty()) {
        const QByteArrayView tail = history.last(std::min<qsizetype>(history.size(), 32768));
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

quint64 SampleCompressor::xzSize(QByteArrayView data, QByteArrayView history)
{
    lzma_options_lzma options;
    if (lzma_lzma_preset(&options, s_xzPreset))
        return quint64(data.size());
    if (!history.isEmpty()) {
        const QByteArrayView tail = history.last(std::min<qsizetype>(history.size(), qsizetype(options.dict_size)));
        options.preset_dict = reinterpret_cast<const uint8_t*>(tail.data());
        options.preset_dict_size = uint32_t(tail.size());
    }
    const lzma_filter filters[] = { { LZMA_FILTER_LZMA2, &options }, { LZMA_VLI_UNKNOWN, nullptr } };
    lzma_stream stream = LZMA_STREAM_INIT;
    if (lzma_raw_encoder(&stream, filters) != LZMA_OK)
        return quint64(data.size());
    QByteArray out(64 * 1024, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<const uint8_t*>(data.data());
    stream.avail_in = size_t(data.size());
    quint64 size = 0;
    lzma_ret result = LZMA_OK;
    while (result == LZMA_OK) {
        stream.next_out = reinterpret_cast<uint8_t*>(out.data());
        stream.avail_out = size_t(out.size());
        result = lzma_code(&stream, LZMA_FINISH);
        size += quint64(out.size()) - stream.avail_out;
    }
    lzma_end(&stream);
    return result == LZMA_STREAM_END ? size : quint64(data.size());
}

quint64 SampleCompressor::zstdSize(QByteArrayView data, QByteArrayView history)
{
    thread_local const std::unique_ptr<ZSTD_CCtx, ZstdContextDeleter> context(ZSTD_createCCtx());
    if (!context || ZSTD_isError(ZSTD_CCtx_reset(context.get(), ZSTD_reset_session_and_parameters))
        || !setZstdParameters(context.get()))
        return quint64(data.size());
    if (!history.isEmpty()) {
        const QByteArrayView tail = history.last(std::min<qsizetype>(history.size(), qsizetype(1) << s_zstdWindowLog));
        if (ZSTD_isError(ZSTD_CCtx_refPrefix(context.get(), tail.data(), size_t(tail.size()))))
            return quint64(data.size());
    }
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(data.size()))), Qt::Uninitialized);
    const size_t size = ZSTD_compress2(context.get(), out.data(), size_t(out.size()), data.data(), size_t(data.size()));
    return ZSTD_isError(size) ? quint64(data.size()) : quint64(size);
}

quint64 SampleCompressor::compressedSize(ArchiveFormat format, int level, QByteArrayView data, QByteArrayView history)
{
    switch (format) {
    case ArchiveFormat::TarGz:
    case ArchiveFormat::Zip:
        if (level == 0)
            return quint64(data.size());
        return deflateSize(level, data, history);
    case ArchiveFormat::TarXz: {
        static const quint64 empty = xzSize({}, {}); // the LZMA2 end marker
        const quint64 size = xzSize(data, history);
        return size > empty ? size - empty : 0;
    }
    case ArchiveFormat::TarZst: {
        static const quint64 empty = zstdSize({}, {}); // frame header and the last, empty block
        const quint64 size = zstdSize(data, history);
        return size > empty ? size - empty : 0;
    }
    }
    return quint64(data.size());
}

quint64 SampleCompressor::containerOverhead(ArchiveFormat format)
{
    switch (format) {
    case ArchiveFormat::TarGz:
        return 18; // RFC 1952: 10-byte header (no name, no extra) + CRC-32 + ISIZE
    case ArchiveFormat::Zip:
        return 0;
    case ArchiveFormat::TarXz:
        // .xz 1.0.4: stream header and footer (12 + 12), the index (8), and per block a header (12) and a CRC-64 (8):
        // one block shown; each further 24 MiB block adds ~28 bytes (a millionth).
        return 12 + 12 + 8 + 12 + 8;
    case ArchiveFormat::TarZst: {
        static const quint64 empty = zstdSize({}, {}); // magic, frame header, one empty last block; no checksum
        return empty;
    }
    }
    return 0;
}

} // namespace BundleScope
