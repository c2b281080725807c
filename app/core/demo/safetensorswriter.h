// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace BundleScope {

class DemoRandom;

// Writes a real safetensors file (https://github.com/huggingface/safetensors, "Format"): an unsigned 64-bit
// little-endian header length N, N bytes of UTF-8 JSON {"name": {"dtype", "shape", "data_offsets": [begin, end]},
// "__metadata__": {...}} padded with spaces to a multiple of 8, then the tensor bytes back to back. Weights are
// pseudo-random and roughly normal, so the file compresses about as badly as real weights. Stateless; any thread.
class SafetensorsWriter {
public:
    struct Tensor {
        QString name;
        QString dtype; // "F32" or "F16"
        QList<qint64> shape;
    };

    static QByteArray write(const QList<Tensor>& tensors, const QMap<QString, QString>& metadata, DemoRandom& random);
    static qint64 elementSize(const QString& dtype); // 4 for F32, 2 for F16
};

} // namespace BundleScope
