// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace BundleScope::Test {

// Writes the same float32 tensors in the four weight containers BundleScope reads, byte for byte as their writers do,
// so that tests can check tensor payload ranges and cross-format matching. Test support only; any thread.
struct WeightsTensor {
    QByteArray name;
    QList<qint64> shape;
    QByteArray bytes; // little-endian float32, elements(shape) * 4 bytes
};

class WeightsFiles {
public:
    // `count` pseudo-random float32 values (xorshift seeded by `seed`): equal seeds give equal bytes.
    static QByteArray floats(qint64 count, quint32 seed);
    static WeightsTensor tensor(const QByteArray& name, const QList<qint64>& shape, quint32 seed);

    // safetensors: u64 header length, JSON header padded to 8, data (github.com/huggingface/safetensors).
    static QByteArray safetensors(const QList<WeightsTensor>& tensors);
    // torch.save's zip: archive/data.pkl (state dict pickle of TorchArchiveWriter), archive/data/<i> stored, version.
    // `pickledClass` ("__main__\nNet") adds a GLOBAL of that class, as a whole pickled nn.Module has.
    static QByteArray torchZip(const QList<WeightsTensor>& tensors, const QByteArray& pickledClass = {});
    // ONNX ModelProto {ir_version, graph {node, initializer {dims, data_type FLOAT, name, raw_data}}}.
    static QByteArray onnx(const QList<WeightsTensor>& tensors);
    // GGUF v3 with general.alignment = `alignment`, F32 tensors (github.com/ggml-org/ggml, docs/gguf.md).
    static QByteArray gguf(const QList<WeightsTensor>& tensors, quint32 alignment = 64);
};

} // namespace BundleScope::Test
