// SPDX-License-Identifier: GPL-3.0-or-later
#include "weightsfiles.h"
#include "weightsencoding.h"

#include "demo/torcharchivewriter.h"

#include <KZip>

#include <QBuffer>
#include <QtEndian>

namespace BundleScope::Test {

namespace {

    using namespace Protobuf;

    QByteArray ggufString(const QByteArray& text)
    {
        return le64(quint64(text.size())) + text;
    }

} // namespace

QByteArray WeightsFiles::floats(qint64 count, quint32 seed)
{
    QByteArray out(count * 4, Qt::Uninitialized);
    quint32 state = seed * 2654435761u + 1;
    for (qint64 i = 0; i < count; ++i) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        qToLittleEndian(float(qint32(state)) / 2147483648.0f, out.data() + i * 4);
    }
    return out;
}

WeightsTensor WeightsFiles::tensor(const QByteArray& name, const QList<qint64>& shape, quint32 seed)
{
    qint64 count = 1;
    for (qint64 dimension : shape)
        count *= dimension;
    return { name, shape, floats(count, seed) };
}

QByteArray WeightsFiles::safetensors(const QList<WeightsTensor>& tensors)
{
    QByteArray header = "{\"__metadata__\":{\"format\":\"pt\"}";
    QByteArray data;
    for (const WeightsTensor& t : tensors) {
        QByteArray shape;
        for (qint64 dimension : t.shape)
            shape += (shape.isEmpty() ? "" : ",") + QByteArray::number(dimension);
        header += ",\"" + t.name + "\":{\"dtype\":\"F32\",\"shape\":[" + shape + "],\"data_offsets\":["
            + QByteArray::number(data.size()) + "," + QByteArray::number(data.size() + t.bytes.size()) + "]}";
        data += t.bytes;
    }
    header += '}';
    header += QByteArray((8 - header.size() % 8) % 8, ' ');
    return le64(quint64(header.size())) + header + data;
}

QByteArray WeightsFiles::torchZip(const QList<WeightsTensor>& tensors, const QByteArray& pickledClass)
{
    QList<TorchArchiveWriter::Tensor> described;
    for (const WeightsTensor& t : tensors)
        described.append({ t.name, t.shape });
    QByteArray pickle = TorchArchiveWriter::pickle(described);
    if (!pickledClass.isEmpty()) // GLOBAL module\nname\n, then POP: the class reference a whole model carries
        pickle.insert(2, 'c' + pickledClass + "\n0");
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::WriteOnly))
        return {};
    zip.setCompression(KZip::NoCompression); // torch.save stores records uncompressed
    bool ok = zip.writeFile(QStringLiteral("archive/data.pkl"), pickle);
    for (qsizetype i = 0; i < tensors.size(); ++i)
        ok = ok && zip.writeFile(QStringLiteral("archive/data/%1").arg(i), tensors[i].bytes);
    ok = ok && zip.writeFile(QStringLiteral("archive/version"), "3\n");
    return ok && zip.close() ? bytes : QByteArray();
}

QByteArray WeightsFiles::onnx(const QList<WeightsTensor>& tensors)
{
    QByteArray graph = field(1, field(4, "Gemm")); // a NodeProto with op_type only
    for (const WeightsTensor& t : tensors) {
        QByteArray dims;
        for (qint64 dimension : t.shape)
            dims += varint(quint64(dimension));
        graph += field(5, field(1, dims) + fieldVarint(2, 1) + field(8, t.name) + field(9, t.bytes));
    }
    return fieldVarint(1, 8) + field(7, graph);
}

QByteArray WeightsFiles::gguf(const QList<WeightsTensor>& tensors, quint32 alignment)
{
    QByteArray out = QByteArray("GGUF") + le32(3) + le64(quint64(tensors.size())) + le64(2);
    out += ggufString("general.architecture") + le32(8) + ggufString("test");
    out += ggufString("general.alignment") + le32(4) + le32(alignment);
    QByteArray data;
    for (const WeightsTensor& t : tensors) {
        out += ggufString(t.name) + le32(quint32(t.shape.size()));
        for (auto it = t.shape.crbegin(); it != t.shape.crend(); ++it) // ggml lists the fastest dimension first
            out += le64(quint64(*it));
        out += le32(0) + le64(quint64(data.size())); // GGML_TYPE_F32, offset within the data section
        data += t.bytes;
        data += QByteArray((alignment - data.size() % alignment) % alignment, '\0');
    }
    out += QByteArray((alignment - out.size() % alignment) % alignment, '\0');
    return out + data;
}

} // namespace BundleScope::Test
