// SPDX-License-Identifier: GPL-3.0-or-later
#include "zlibinflate.h"

#include <zlib.h>

#include <algorithm>
#include <array>

namespace BundleScope {

namespace {
    // Runs inflate over the input, handing every produced chunk to sink; sink returns false to stop early.
    template <typename Sink> Result<void> runInflate(QByteArrayView input, Sink&& sink)
    {
        z_stream stream {};
        if (inflateInit(&stream) != Z_OK)
            return makeError(Error::Code::Io, ZlibInflate::tr("Cannot initialise zlib"));
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
        stream.avail_in = uInt(std::min<qsizetype>(input.size(), std::numeric_limits<uInt>::max()));
        std::array<char, 64 * 1024> buffer;
        int rc = Z_OK;
        while (rc != Z_STREAM_END) {
            stream.next_out = reinterpret_cast<Bytef*>(buffer.data());
            stream.avail_out = uInt(buffer.size());
            rc = inflate(&stream, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END) {
                inflateEnd(&stream);
                return makeError(Error::Code::Malformed, ZlibInflate::tr("Corrupt zlib stream"));
            }
            const qsizetype produced = qsizetype(buffer.size() - stream.avail_out);
            if (!sink(QByteArrayView(buffer.data(), produced))) {
                inflateEnd(&stream);
                return {};
            }
            if (rc == Z_OK && produced == 0 && stream.avail_in == 0) {
                inflateEnd(&stream);
                return makeError(Error::Code::Malformed, ZlibInflate::tr("Truncated zlib stream"));
            }
        }
        inflateEnd(&stream);
        return {};
    }
} // namespace

Result<QByteArray> ZlibInflate::inflate(QByteArrayView compressed, qint64 maxBytes)
{
    QByteArray out;
    bool tooLarge = false;
    auto status = runInflate(compressed, [&](QByteArrayView chunk) {
        if (out.size() + chunk.size() > maxBytes) {
            tooLarge = true;
            return false;
        }
        out.append(chunk);
        return true;
    });
    if (!status)
        return status.error();
    if (tooLarge)
        return makeError(Error::Code::TooLarge, tr("Decompressed data exceeds %1 bytes").arg(maxBytes));
    return out;
}

Result<quint64> ZlibInflate::inflatedSize(QByteArrayView compressed, quint64 cap, bool* capped)
{
    quint64 total = 0;
    bool stopped = false;
    auto status = runInflate(compressed, [&](QByteArrayView chunk) {
        total += quint64(chunk.size());
        if (total >= cap) {
            stopped = true;
            return false;
        }
        return true;
    });
    if (!status)
        return status.error();
    if (capped)
        *capped = stopped;
    return stopped ? cap : total;
}

} // namespace BundleScope
