// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace BundleScope {

// What a model-weights reader found in one file: tensor count and bytes per element type. Element types use the
// canonical names "float32", "float16", "bfloat16", "float64", "int8", "uint8", "int16", "int32", "int64", "bool",
// "float8", "quantized" (GGUF block types, ONNX int4) and "unknown". A plain value; any thread.
struct WeightsInfo {
    enum class Format { Safetensors, TorchZip, Onnx, Gguf };

    Format format = Format::Safetensors;
    quint64 tensorCount = 0;
    QMap<QString, quint64> bytesByType;
    // True when the element type is not recorded in a form we read and the bytes under "float32" are an assumption.
    bool typeAssumed = false;
    quint64 externalBytes = 0; // ONNX tensors stored in separate files: not part of this file's bytes
    QString note; // extra facts for the user ("weights in 3 external files"), translated

    quint64 bytes(const QString& type) const { return bytesByType.value(type); }
    quint64 tensorBytes() const
    {
        quint64 total = 0;
        for (quint64 value : bytesByType)
            total += value;
        return total;
    }
    static QString formatName(Format format)
    {
        switch (format) {
        case Format::Safetensors:
            return QStringLiteral("safetensors");
        case Format::TorchZip:
            return QStringLiteral("torch");
        case Format::Onnx:
            return QStringLiteral("onnx");
        case Format::Gguf:
            return QStringLiteral("gguf");
        }
        return {};
    }
};

} // namespace BundleScope
