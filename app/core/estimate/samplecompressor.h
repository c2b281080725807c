// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/archiveformat.h"

#include <QByteArray>

namespace BundleScope {

// Compresses one sample the way the exporter's stream would: raw deflate through zlib (gzip/zip, with an optional
// preset dictionary standing in for the 32 KiB window of stream history, RFC 1951/zlib deflateSetDictionary), or
// KCompressionDevice's xz / zstd filters (the exact encoders and presets KTar output goes through). Returns the
// compressed payload size without container framing. Stateless and thread-safe.
class SampleCompressor {
public:
    static quint64 compressedSize(ArchiveFormat format, int level, QByteArrayView data, QByteArrayView dictionary = {});
    // Bytes of an empty stream in that format (xz/zstd frame headers and footers): subtracted from samples.
    static quint64 emptyStreamSize(ArchiveFormat format);
    // Fixed bytes around the whole compressed tar stream (gzip header + trailer = 18, xz/zstd framing).
    static quint64 containerOverhead(ArchiveFormat format);

private:
    static quint64 deflateSize(int level, QByteArrayView data, QByteArrayView dictionary);
    static quint64 filterSize(ArchiveFormat format, QByteArrayView data);
};

} // namespace BundleScope
