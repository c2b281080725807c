// SPDX-License-Identifier: GPL-3.0-or-later
#include "ggufreader.h"

#include "binfmt/streamcursor.h"

#include <algorithm>

namespace BundleScope {

namespace {

    constexpr quint32 Magic = 0x46554747; // "GGUF" read as little-endian u32
    constexpr quint32 TypeUint32 = 4;
    constexpr quint32 TypeString = 8;
    constexpr quint32 TypeArray = 9;
    constexpr quint64 MaxName = 64 * 1024; // the spec caps names at 64 bytes; be lenient, but bounded
    constexpr quint32 DefaultAlignment = 32;

    // A GGUF string (u64 length, UTF-8 bytes), read when it is short enough to be a name and skipped otherwise.
    QByteArray readString(StreamCursor& in)
    {
        const quint64 length = in.u64();
        if (length <= MaxName)
            return in.bytes(length);
        in.skip(length);
        return {};
    }

    // Size of a fixed-width metadata value type; 0 for string, array and unknown types.
    quint64 fixedSize(quint32 type)
    {
        static const quint8 sizes[] = { 1, 1, 2, 2, 4, 4, 4, 1, 0, 0, 8, 8, 8 };
        return type < std::size(sizes) ? sizes[type] : 0;
    }

    void skipValue(StreamCursor& in, quint32 type, int depth)
    {
        if (const quint64 size = fixedSize(type)) {
            in.skip(size);
        } else if (type == TypeString) {
            in.skip(in.u64());
        } else if (type == TypeArray && depth < 4) {
            const quint32 elementType = in.u32();
            const quint64 count = in.u64();
            if (const quint64 size = fixedSize(elementType)) {
                if (count > in.remaining() / size)
                    in.fail();
                else
                    in.skip(count * size);
                return;
            }
            if (count > in.remaining() / 8) // every remaining element needs at least 8 bytes
                in.fail();
            for (quint64 i = 0; i < count && in.ok(); ++i)
                skipValue(in, elementType, depth + 1);
        } else {
            in.fail();
        }
    }

} // namespace

GgufReader::TypeTraits GgufReader::traits(quint32 ggmlType)
{
    // ggml/src/ggml.c type_traits: {block size, bytes per block}.
    static const TypeTraits table[] = {
        { 1, 4, "float32" },
        { 1, 2, "float16" },
        { 32, 18, "quantized" },
        { 32, 20, "quantized" },
        {},
        {},
        { 32, 22, "quantized" },
        { 32, 24, "quantized" },
        { 32, 34, "quantized" },
        { 32, 36, "quantized" },
        { 256, 84, "quantized" },
        { 256, 110, "quantized" },
        { 256, 144, "quantized" },
        { 256, 176, "quantized" },
        { 256, 210, "quantized" },
        { 256, 292, "quantized" },
        { 256, 66, "quantized" },
        { 256, 74, "quantized" },
        { 256, 98, "quantized" },
        { 256, 50, "quantized" },
        { 32, 18, "quantized" },
        { 256, 110, "quantized" },
        { 256, 82, "quantized" },
        { 256, 136, "quantized" },
        { 1, 1, "int8" },
        { 1, 2, "int16" },
        { 1, 4, "int32" },
        { 1, 8, "int64" },
        { 1, 8, "float64" },
        { 256, 56, "quantized" },
        { 1, 2, "bfloat16" },
        {},
        {},
        {},
        { 256, 54, "quantized" },
        { 256, 66, "quantized" },
    };
    return ggmlType < std::size(table) ? table[ggmlType] : TypeTraits {};
}

Result<WeightsInfo> GgufReader::read(QIODevice& device, quint64 fileSize)
{
    StreamCursor in(device, fileSize);
    if (in.u32() != Magic || !in.ok())
        return makeError(Error::Code::Malformed, tr("Not a GGUF file (no GGUF magic)."));
    const quint32 version = in.u32();
    if (version != 2 && version != 3)
        return makeError(Error::Code::Unsupported, tr("GGUF version %1 is not supported (2 and 3 are).").arg(version));
    const quint64 tensorCount = in.u64();
    const quint64 kvCount = in.u64();
    // A key/value pair takes at least 8 + 4 + 1 bytes, a tensor info at least 8 + 4 + 4 + 8.
    if (!in.ok() || kvCount > in.remaining() / 13 || tensorCount > in.remaining() / 24)
        return makeError(Error::Code::Malformed, tr("GGUF header counts do not fit the file."));
    quint32 alignment = DefaultAlignment;
    for (quint64 i = 0; i < kvCount && in.ok(); ++i) {
        const QByteArray key = readString(in);
        const quint32 type = in.u32();
        if (key == "general.alignment" && type == TypeUint32)
            alignment = in.u32();
        else
            skipValue(in, type, 0);
    }
    if (in.ok() && (alignment == 0 || alignment > 1024 * 1024 || (alignment & (alignment - 1)) != 0))
        return makeError(Error::Code::Malformed, tr("GGUF general.alignment %1 is not a power of two.").arg(alignment));
    WeightsInfo info;
    info.format = WeightsInfo::Format::Gguf;
    quint64 dataEnd = 0;
    for (quint64 i = 0; i < tensorCount && in.ok(); ++i) {
        TensorPayload payload;
        payload.name = QString::fromUtf8(readString(in));
        const quint32 dims = in.u32();
        if (dims > 8) {
            in.fail();
            break;
        }
        quint64 elements = 1;
        for (quint32 d = 0; d < dims; ++d) {
            const quint64 dim = in.u64();
            payload.shape.push_back(dim);
            elements = dim != 0 && elements > (quint64(1) << 56) / dim ? 0 : elements * dim;
        }
        const TypeTraits type = traits(in.u32());
        const quint64 offset = in.u64(); // into the data section, which follows the header
        ++info.tensorCount;
        const quint64 bytes = type.blockSize ? elements / type.blockSize * type.blockBytes : 0;
        info.bytesByType[QLatin1String(type.name)] += bytes;
        if (offset > fileSize || bytes > fileSize - offset)
            in.fail();
        dataEnd = std::max(dataEnd, offset + bytes);
        payload.dtype = QLatin1String(type.name);
        payload.offset = offset; // made absolute below, once the data section's start is known
        payload.length = bytes;
        if (type.blockSize)
            info.payloads.push_back(std::move(payload));
        else
            info.payloadsComplete = false;
    }
    // A stream that failed may have left `alignment` unchecked (and 0: the sanitizer suite's mutations found the
    // division by zero): stop before using it.
    if (!in.ok())
        return makeError(
            Error::Code::Malformed, tr("GGUF file is truncated or inconsistent at byte %1.").arg(in.position()));
    // The data section follows the tensor infos after padding to `alignment`: every tensor must fit in it.
    const quint64 padding = (alignment - in.position() % alignment) % alignment;
    if (padding > in.remaining() || dataEnd > in.remaining() - padding)
        return makeError(
            Error::Code::Malformed, tr("GGUF file is truncated or inconsistent at byte %1.").arg(in.position()));
    const quint64 dataStart = in.position() + padding;
    for (TensorPayload& payload : info.payloads)
        payload.offset += dataStart;
    std::sort(info.payloads.begin(), info.payloads.end(),
        [](const TensorPayload& a, const TensorPayload& b) { return a.offset < b.offset; });
    return info;
}

} // namespace BundleScope
