// SPDX-License-Identifier: GPL-3.0-or-later
#include "safetensorsreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <algorithm>

namespace BundleScope {

QString SafetensorsReader::canonicalType(QStringView dtype)
{
    static const QHash<QString, QString> names {
        { QStringLiteral("F64"), QStringLiteral("float64") },
        { QStringLiteral("F32"), QStringLiteral("float32") },
        { QStringLiteral("F16"), QStringLiteral("float16") },
        { QStringLiteral("BF16"), QStringLiteral("bfloat16") },
        { QStringLiteral("F8_E4M3"), QStringLiteral("float8") },
        { QStringLiteral("F8_E5M2"), QStringLiteral("float8") },
        { QStringLiteral("I64"), QStringLiteral("int64") },
        { QStringLiteral("I32"), QStringLiteral("int32") },
        { QStringLiteral("I16"), QStringLiteral("int16") },
        { QStringLiteral("I8"), QStringLiteral("int8") },
        { QStringLiteral("U8"), QStringLiteral("uint8") },
        { QStringLiteral("BOOL"), QStringLiteral("bool") },
    };
    return names.value(dtype.toString(), QStringLiteral("unknown"));
}

Result<WeightsInfo> SafetensorsReader::read(QIODevice& device, quint64 fileSize)
{
    auto malformed = [](const QString& message) { return makeError(Error::Code::Malformed, message); };
    uchar prefix[8];
    if (fileSize < 8 || device.read(reinterpret_cast<char*>(prefix), 8) != 8)
        return malformed(tr("Not a safetensors file: shorter than its 8-byte header length."));
    const quint64 headerLength = qFromLittleEndian<quint64>(prefix);
    if (headerLength > MaxHeader)
        return makeError(
            Error::Code::TooLarge, tr("safetensors header of %1 bytes exceeds the 100 MB limit.").arg(headerLength));
    if (headerLength < 2 || headerLength > fileSize - 8)
        return malformed(tr("safetensors header length %1 does not fit the file.").arg(headerLength));
    const QByteArray header = device.read(qint64(headerLength));
    if (quint64(header.size()) != headerLength)
        return malformed(tr("safetensors header is truncated."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(header, &parseError);
    if (!document.isObject())
        return malformed(tr("safetensors header is not a JSON object: %1").arg(parseError.errorString()));
    const quint64 bufferSize = fileSize - 8 - headerLength;
    WeightsInfo info;
    info.format = WeightsInfo::Format::Safetensors;
    const QJsonObject tensors = document.object();
    for (auto it = tensors.constBegin(); it != tensors.constEnd(); ++it) {
        if (it.key() == u"__metadata__")
            continue;
        const QJsonObject tensor = it.value().toObject();
        const QJsonArray offsets = tensor.value(QLatin1String("data_offsets")).toArray();
        const QString dtype = tensor.value(QLatin1String("dtype")).toString();
        if (offsets.size() != 2 || dtype.isEmpty())
            return malformed(tr("safetensors tensor \"%1\" lacks dtype or data_offsets.").arg(it.key()));
        const double begin = offsets.at(0).toDouble(-1), end = offsets.at(1).toDouble(-1);
        if (begin < 0 || end < begin || end > double(bufferSize))
            return malformed(tr("safetensors tensor \"%1\" has data_offsets outside the file.").arg(it.key()));
        TensorPayload payload;
        payload.name = it.key();
        payload.dtype = canonicalType(dtype);
        for (const QJsonValue dimension : tensor.value(QLatin1String("shape")).toArray()) {
            const double value = dimension.toDouble(-1);
            if (value < 0 || value > 9.0e15)
                return malformed(tr("safetensors tensor \"%1\" has an invalid shape.").arg(it.key()));
            payload.shape.push_back(quint64(value));
        }
        payload.offset = 8 + headerLength + quint64(begin);
        payload.length = quint64(end) - quint64(begin);
        info.bytesByType[payload.dtype] += payload.length;
        info.payloads.push_back(std::move(payload));
        ++info.tensorCount;
    }
    std::sort(info.payloads.begin(), info.payloads.end(),
        [](const TensorPayload& a, const TensorPayload& b) { return a.offset < b.offset; });
    return info;
}

} // namespace BundleScope
