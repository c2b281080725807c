// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/archiveformat.h"

#include <QByteArray>

namespace BundleScope {

// Compresses one sample the way the exporter's stream would, primed with the stream's history before it, and returns
// the compressed payload size without container framing:
//  - gzip/zip: raw deflate through zlib (RFC 1951), the history as preset dictionary (deflateSetDictionary, at most
//    the 32 KiB deflate can reach);
//  - xz: raw LZMA2 at preset 6, the encoder XzWriteDevice's blocks use, the history as preset dictionary
//    (lzma_options_lzma::preset_dict: the match finder sees it, the range coder's models start cold);
//  - zstd: level 3 with the parameters a stream of unknown size gets (window 2 MiB, what KArchive's filter writes:
//    it sets no level), the history as referenced prefix (ZSTD_CCtx_refPrefix, zstd 1.4+).
// Stateless and thread-safe (zstd reuses one context per thread).
class SampleCompressor {
public:
    static quint64 compressedSize(ArchiveFormat format, int level, QByteArrayView data, QByteArrayView history = {});
    // Fixed bytes around the whole compressed tar stream (gzip header + trailer = 18, an empty xz / zstd stream).
    static quint64 containerOverhead(ArchiveFormat format);

private:
    static quint64 deflateSize(int level, QByteArrayView data, QByteArrayView history);
    static quint64 xzSize(QByteArrayView data, QByteArrayView history);
    static quint64 zstdSize(QByteArrayView data, QByteArrayView history);
};

} // namespace BundleScope
