// SPDX-License-Identifier: GPL-3.0-or-later
#include "torcharchivewriter.h"

#include "demorandom.h"

#include <KZip>
#include <QBuffer>
#include <QDateTime>
#include <QtEndian>

namespace BundleScope {

namespace {

    void binUnicode(QByteArray& out, const QByteArray& text)
    {
        char length[4];
        qToLittleEndian(quint32(text.size()), length);
        out.append('X').append(length, 4).append(text);
    }

    void binInt(QByteArray& out, qint64 value)
    {
        if (value >= 0 && value < 256) {
            out.append('K').append(char(value));
            return;
        }
        char bytes[4];
        qToLittleEndian(qint32(value), bytes);
        out.append('J').append(bytes, 4);
    }

    void intTuple(QByteArray& out, const QList<qint64>& values)
    {
        out.append('(');
        for (const qint64 value : values)
            binInt(out, value);
        out.append('t');
    }

    qint64 elementCount(const QList<qint64>& shape)
    {
        qint64 count = 1;
        for (const qint64 dimension : shape)
            count *= dimension;
        return count;
    }

    // Contiguous strides: the product of the later dimensions.
    QList<qint64> strides(const QList<qint64>& shape)
    {
        QList<qint64> result(shape.size(), 1);
        for (qsizetype i = shape.size() - 2; i >= 0; --i)
            result[i] = result[i + 1] * shape[i + 1];
        return result;
    }

} // namespace

QByteArray TorchArchiveWriter::pickle(const QList<Tensor>& tensors)
{
    QByteArray out("\x80\x02", 2); // PROTO 2
    out.append("ccollections\nOrderedDict\n)R("); // GLOBAL, EMPTY_TUPLE, REDUCE, MARK
    for (qsizetype key = 0; key < tensors.size(); ++key) {
        const Tensor& tensor = tensors[key];
        binUnicode(out, tensor.name);
        out.append("ctorch._utils\n_rebuild_tensor_v2\n(");
        out.append('(');
        binUnicode(out, "storage");
        out.append("ctorch\nFloatStorage\n");
        binUnicode(out, QByteArray::number(key));
        binUnicode(out, "cpu");
        binInt(out, elementCount(tensor.shape));
        out.append("tQ"); // TUPLE, BINPERSID
        binInt(out, 0); // storage offset
        intTuple(out, tensor.shape);
        intTuple(out, strides(tensor.shape));
        out.append('\x89'); // NEWFALSE: requires_grad
        out.append("ccollections\nOrderedDict\n)R"); // backward hooks
        out.append("tR"); // TUPLE, REDUCE
    }
    out.append("u."); // SETITEMS, STOP
    return out;
}

Result<QByteArray> TorchArchiveWriter::write(const QList<Tensor>& tensors, DemoRandom& random)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, tr("Cannot create the checkpoint archive: %1").arg(zip.errorString()));
    zip.setCompression(KZip::NoCompression);
    zip.setExtraField(KZip::NoExtraField);
    const QDateTime time(QDate(2024, 1, 1), QTime(0, 0));
    const auto add = [&zip, &time](const QString& name, const QByteArray& data) {
        return zip.writeFile(name, data, 0100644, QString(), QString(), time, time, time);
    };
    bool ok = add(QStringLiteral("archive/data.pkl"), pickle(tensors));
    for (qsizetype key = 0; ok && key < tensors.size(); ++key) {
        QByteArray data;
        data.reserve(elementCount(tensors[key].shape) * 4);
        for (qint64 i = 0; i < elementCount(tensors[key].shape); ++i) {
            char value[4];
            qToLittleEndian(random.normal(0.05f), value);
            data.append(value, 4);
        }
        ok = add(QStringLiteral("archive/data/%1").arg(key), data);
    }
    ok = ok && add(QStringLiteral("archive/version"), "3\n");
    ok = ok && add(QStringLiteral("archive/byteorder"), "little");
    if (!ok || !zip.close())
        return makeError(Error::Code::Io, tr("Cannot write the checkpoint archive: %1").arg(zip.errorString()));
    return bytes;
}

} // namespace BundleScope
