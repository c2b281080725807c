// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binfmt/weightsinfo.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QIODevice>

namespace BundleScope {

// Reads the tensor table of a GGUF file (github.com/ggml-org/ggml, docs/gguf.md), versions 2 and 3: magic "GGUF",
// u32 version, u64 tensor count, u64 metadata count; metadata key/value pairs are skipped by type (strings and
// arrays by length, nested arrays up to depth 4); then per tensor: name, u32 n_dims, u64 dims, u32 ggml type,
// u64 offset. Bytes per tensor = elements / block size x block bytes (ggml type traits). The data section starts at
// the end of the tensor infos rounded up to general.alignment (u32 metadata, default 32); each tensor's payload is
// dataStart + offset, checked against the file. Stateless; any thread.
class GgufReader {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::GgufReader)
public:
    static Result<WeightsInfo> read(QIODevice& device, quint64 fileSize);
    struct TypeTraits {
        quint32 blockSize = 0; // 0: unknown type
        quint32 blockBytes = 0;
        const char* name = "unknown"; // canonical element type ("quantized" for block formats)
    };
    static TypeTraits traits(quint32 ggmlType);
};

} // namespace BundleScope
