// SPDX-License-Identifier: GPL-3.0-or-later
#include "onnxreader.h"

#include "binfmt/streamcursor.h"

#include <optional>
#include <vector>

namespace BundleScope {

namespace {

    enum Wire { Varint = 0, Fixed64 = 1, Length = 2, Fixed32 = 5 };

    void skipField(StreamCursor& in, int wire)
    {
        switch (wire) {
        case Varint:
            in.varint();
            break;
        case Fixed64:
            in.skip(8);
            break;
        case Length:
            in.skip(in.varint());
            break;
        case Fixed32:
            in.skip(4);
            break;
        default:
            in.fail(); // groups (3, 4) are not used by onnx.proto
        }
    }

    constexpr quint64 MaxName = 64 * 1024;

    struct Tensor {
        QString name;
        std::vector<quint64> dims;
        int dataType = 0;
        quint64 rawBytes = 0;
        quint64 rawOffset = 0;
        bool hasRaw = false;
        // float_data (4) of a float32 tensor and double_data (10) of a float64 one are packed little-endian values,
        // the same bytes raw_data would hold: their range is the payload. Other typed fields are varint-encoded.
        quint64 packedOffset = 0;
        quint64 packedBytes = 0;
        int packedField = 0;
        int typedFields = 0;
        quint64 typedBytes = 0;
        bool external = false;
        quint64 externalLength = 0;
    };

    // StringStringEntryProto {key 1, value 2}: keeps "length" of external data.
    void readExternalEntry(StreamCursor& in, quint64 end, Tensor& tensor)
    {
        QByteArray key, value;
        while (in.ok() && in.position() < end) {
            const quint64 tag = in.varint();
            if ((tag & 7) == Length && (tag >> 3) <= 2) {
                QByteArray& target = (tag >> 3) == 1 ? key : value;
                target = in.bytes(in.varint());
            } else {
                skipField(in, int(tag & 7));
            }
        }
        if (key == "length")
            tensor.externalLength = value.toULongLong();
    }

    void readTensor(StreamCursor& in, quint64 end, Tensor& tensor)
    {
        while (in.ok() && in.position() < end) {
            const quint64 tag = in.varint();
            const int field = int(tag >> 3), wire = int(tag & 7);
            if (field == 1 && wire == Varint) {
                tensor.dims.push_back(in.varint());
            } else if (field == 1 && wire == Length) {
                const quint64 length = in.varint(); // before position(): the operands of + are unsequenced
                const quint64 stop = in.position() + length;
                while (in.ok() && in.position() < stop)
                    tensor.dims.push_back(in.varint());
            } else if (field == 2 && wire == Varint) {
                tensor.dataType = int(in.varint());
            } else if (field == 8 && wire == Length) {
                const quint64 length = in.varint();
                if (length <= MaxName)
                    tensor.name = QString::fromUtf8(in.bytes(length));
                else
                    in.skip(length);
            } else if (field == 9 && wire == Length) {
                tensor.rawBytes = in.varint();
                tensor.rawOffset = in.position();
                tensor.hasRaw = true;
                in.skip(tensor.rawBytes);
            } else if ((field == 4 || field == 5 || field == 7 || field == 10 || field == 11) && wire == Length) {
                const quint64 length = in.varint();
                tensor.typedBytes += length;
                tensor.packedOffset = in.position();
                tensor.packedBytes = length;
                tensor.packedField = field;
                ++tensor.typedFields;
                in.skip(length);
            } else if (field == 13 && wire == Length) {
                const quint64 length = in.varint();
                readExternalEntry(in, in.position() + length, tensor);
            } else if (field == 14 && wire == Varint) {
                tensor.external = in.varint() == 1;
            } else {
                skipField(in, wire);
            }
        }
        if (in.position() != end)
            in.fail();
    }

    quint64 tensorBytes(const Tensor& tensor)
    {
        if (tensor.hasRaw)
            return tensor.rawBytes;
        const int bits = OnnxReader::typeBits(tensor.dataType);
        if (bits > 0 && (tensor.external || tensor.typedBytes == 0 || !tensor.dims.empty())) {
            quint64 elements = 1;
            for (quint64 dim : tensor.dims) {
                if (dim != 0 && elements > (quint64(1) << 62) / dim)
                    return tensor.typedBytes; // absurd shape: trust the stored data only
                elements *= dim;
            }
            return (elements * quint64(bits) + 7) / 8;
        }
        return tensor.typedBytes;
    }

    // The tensor's bytes as a range of the file, when they are stored there in their in-memory layout.
    std::optional<TensorPayload> payloadOf(const Tensor& tensor)
    {
        TensorPayload payload;
        payload.name = tensor.name;
        payload.dtype = OnnxReader::typeName(tensor.dataType);
        payload.shape = tensor.dims;
        const bool packedRaw = tensor.typedFields == 1
            && ((tensor.packedField == 4 && tensor.dataType == 1)
                || (tensor.packedField == 10 && tensor.dataType == 11));
        if (tensor.external || (tensor.hasRaw && tensor.typedFields > 0))
            return std::nullopt;
        if (tensor.hasRaw) {
            payload.offset = tensor.rawOffset;
            payload.length = tensor.rawBytes;
        } else if (packedRaw) {
            payload.offset = tensor.packedOffset;
            payload.length = tensor.packedBytes;
        } else if (tensor.typedFields == 0) {
            payload.length = 0; // an empty tensor: nothing stored anywhere
        } else {
            return std::nullopt;
        }
        return payload;
    }

    void readGraph(StreamCursor& in, quint64 end, WeightsInfo& info)
    {
        while (in.ok() && in.position() < end) {
            const quint64 tag = in.varint();
            if ((tag >> 3) == 5 && (tag & 7) == Length) {
                const quint64 length = in.varint();
                Tensor tensor;
                readTensor(in, in.position() + length, tensor);
                if (!in.ok())
                    return;
                ++info.tensorCount;
                const quint64 bytes
                    = tensor.external && tensor.externalLength ? tensor.externalLength : tensorBytes(tensor);
                if (tensor.external)
                    info.externalBytes += bytes;
                else
                    info.bytesByType[OnnxReader::typeName(tensor.dataType)] += bytes;
                if (std::optional<TensorPayload> payload = payloadOf(tensor))
                    info.payloads.push_back(std::move(*payload));
                else
                    info.payloadsComplete = false;
            } else {
                skipField(in, int(tag & 7));
            }
        }
    }

} // namespace

QString OnnxReader::typeName(int dataType)
{
    switch (dataType) {
    case 1:
        return QStringLiteral("float32");
    case 2:
        return QStringLiteral("uint8");
    case 3:
        return QStringLiteral("int8");
    case 5:
        return QStringLiteral("int16");
    case 6:
        return QStringLiteral("int32");
    case 7:
        return QStringLiteral("int64");
    case 9:
        return QStringLiteral("bool");
    case 10:
        return QStringLiteral("float16");
    case 11:
        return QStringLiteral("float64");
    case 16:
        return QStringLiteral("bfloat16");
    case 17:
    case 18:
    case 19:
    case 20:
        return QStringLiteral("float8");
    case 21:
    case 22:
        return QStringLiteral("quantized");
    default:
        return QStringLiteral("unknown");
    }
}

int OnnxReader::typeBits(int dataType)
{
    static const int bits[] = { 0, 32, 8, 8, 16, 16, 32, 64, 0, 8, 16, 64, 32, 64, 64, 128, 16, 8, 8, 8, 8, 4, 4 };
    return dataType >= 0 && dataType < int(std::size(bits)) ? bits[dataType] : 0;
}

Result<WeightsInfo> OnnxReader::read(QIODevice& device, quint64 fileSize)
{
    StreamCursor in(device, fileSize);
    WeightsInfo info;
    info.format = WeightsInfo::Format::Onnx;
    bool sawGraph = false;
    while (in.ok() && !in.atEnd()) {
        const quint64 tag = in.varint();
        if ((tag >> 3) == 7 && (tag & 7) == Length) {
            const quint64 length = in.varint();
            sawGraph = true;
            readGraph(in, in.position() + length, info);
        } else if (tag == 0) {
            in.fail(); // field number 0 is invalid: not protobuf
        } else {
            skipField(in, int(tag & 7));
        }
    }
    if (!in.ok() || !sawGraph)
        return makeError(Error::Code::Malformed,
            tr("Not a readable ONNX model (protobuf structure broken at byte %1).").arg(in.position()));
    if (info.externalBytes > 0)
        info.note = tr("Some weights live in external data files.");
    return info;
}

} // namespace BundleScope
