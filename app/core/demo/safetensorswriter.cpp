// SPDX-License-Identifier: GPL-3.0-or-later
#include "safetensorswriter.h"

#include "demorandom.h"

#include <QFloat16>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <cstring>

namespace BundleScope {

namespace {

    qint64 elementCount(const QList<qint64>& shape)
    {
        qint64 count = 1;
        for (const qint64 dimension : shape)
            count *= dimension;
        return count;
    }

    void appendWeights(QByteArray& out, const SafetensorsWriter::Tensor& tensor, DemoRandom& random)
    {
        const qint64 count = elementCount(tensor.shape);
        const bool half = tensor.dtype == QLatin1String("F16");
        for (qint64 i = 0; i < count; ++i) {
            const float value = random.normal(0.02f);
            if (half) {
                const qfloat16 halfValue(value);
                quint16 bits = 0;
                std::memcpy(&bits, &halfValue, sizeof bits);
                char bytes[2];
                qToLittleEndian(bits, bytes);
                out.append(bytes, 2);
            } else {
                char bytes[4];
                qToLittleEndian(value, bytes);
                out.append(bytes, 4);
            }
        }
    }

} // namespace

qint64 SafetensorsWriter::elementSize(const QString& dtype)
{
    return dtype == QLatin1String("F16") ? 2 : 4;
}

QByteArray SafetensorsWriter::write(
    const QList<Tensor>& tensors, const QMap<QString, QString>& metadata, DemoRandom& random)
{
    QJsonObject header;
    qint64 offset = 0;
    for (const Tensor& tensor : tensors) {
        const qint64 size = elementCount(tensor.shape) * elementSize(tensor.dtype);
        QJsonArray shape;
        for (const qint64 dimension : tensor.shape)
            shape.append(dimension);
        header.insert(tensor.name,
            QJsonObject { { QStringLiteral("dtype"), tensor.dtype }, { QStringLiteral("shape"), shape },
                { QStringLiteral("data_offsets"), QJsonArray { offset, offset + size } } });
        offset += size;
    }
    QJsonObject meta;
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
        meta.insert(it.key(), it.value());
    header.insert(QStringLiteral("__metadata__"), meta);
    QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    json.append((8 - json.size() % 8) % 8, ' ');

    QByteArray out;
    out.reserve(8 + json.size() + offset);
    char length[8];
    qToLittleEndian(quint64(json.size()), length);
    out.append(length, 8).append(json);
    for (const Tensor& tensor : tensors)
        appendWeights(out, tensor, random);
    return out;
}

} // namespace BundleScope
