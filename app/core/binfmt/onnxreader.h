// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binfmt/weightsinfo.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QIODevice>

namespace BundleScope {

// Reads the initializers (the weights) of an ONNX model with a minimal Protocol Buffers wire-format walker
// (protobuf.dev/programming-guides/encoding; onnx/onnx.proto): ModelProto.graph (field 7) -> GraphProto.initializer
// (field 5) -> TensorProto {dims 1, data_type 2, name 8, raw_data 9, typed *_data 4/5/7/10/11, external_data 13,
// data_location 14}. raw_data is skipped by seeking, never loaded; its file range becomes the tensor's payload.
// Tensors in external files are counted in externalBytes. Stateless; any thread.
class OnnxReader {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::OnnxReader)
public:
    static Result<WeightsInfo> read(QIODevice& device, quint64 fileSize);
    // TensorProto.DataType -> canonical name and element size in bits (0 when variable or unknown).
    static QString typeName(int dataType);
    static int typeBits(int dataType);
};

} // namespace BundleScope
