// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

#include <vector>

namespace BundleScope {

// Where one tensor's bytes lie in its file, as its container records them. `offset` and `length` are checked against
// the file size by the reader. For a torch zip checkpoint the unit is a storage record (archive/data/<key>, one per
// storage; usually one tensor each), named by its key and typed from data.pkl, with an empty shape. A plain value.
struct TensorPayload {
    QString name;
    QString dtype; // canonical element type, as in WeightsInfo::bytesByType
    std::vector<quint64> shape; // empty when the container does not record it next to the bytes
    quint64 offset = 0; // first byte within the file
    quint64 length = 0;
};

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
    // Each tensor whose bytes lie uncompressed in this file, in file order. Tensors stored elsewhere (ONNX external
    // data, compressed zip members, ONNX typed fields other than float_data/double_data) are counted above but not
    // listed here: payloadsComplete is false then.
    std::vector<TensorPayload> payloads;
    bool payloadsComplete = true;
    // Torch zip only: "module.Class" of the first class data.pkl references outside the modules a plain state dict
    // uses (collections, torch storages and rebuild helpers), i.e. a whole pickled nn.Module; empty for a state dict.
    QString pickledClass;

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
