// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binfmt/weightsinfo.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QIODevice>

namespace BundleScope {

// Reads the header of a .safetensors file (github.com/huggingface/safetensors, "Format"): an unsigned 64-bit
// little-endian header length N, N bytes of JSON mapping tensor names to {dtype, shape, data_offsets}, then the data
// buffer. Checks N against the file size and a 100 MB cap and every data_offsets pair against the buffer; lists each
// tensor's payload (name, dtype, shape, file range) in file order. Only the header is read. Stateless; any thread.
class SafetensorsReader {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::SafetensorsReader)
public:
    static constexpr quint64 MaxHeader = 100ull * 1024 * 1024;

    static Result<WeightsInfo> read(QIODevice& device, quint64 fileSize);
    static QString canonicalType(QStringView dtype); // "F32" -> "float32"
};

} // namespace BundleScope
