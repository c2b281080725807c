// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyzer.h"
#include "binfmt/weightsinfo.h"
#include "common/result.h"

#include <QCoreApplication>

namespace BundleScope {

// Model weight files (.safetensors, torch zip checkpoints, .onnx, .gguf, and by size only .h5/.tflite/.pb/...).
// Reads each with its binfmt reader and proposes, per file: float32 -> float16 (saves half of the float32 bytes,
// advised), float32 -> int8 (saves three quarters, shown as an alternative, not advised), and loading the model at
// first use instead of bundling it when it is larger than the context's lazyLoadThreshold (not advised: it moves the
// bytes to a download). A malformed file gets a Low-confidence note and no invented saving; one that cannot be read
// as scanned (vanished, shrank or grew since the scan, a read error) is an error on the entry
// (AnalysisContext::readFailed) and gets no precision figure either. Stateless; any thread.
class ModelWeightsAnalyzer : public Analyzer {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ModelWeightsAnalyzer)
public:
    static constexpr quint64 MinimumPrecisionBytes = 1024 * 1024; // smaller float32 payloads are not worth a change

    Candidate::Kind kind() const override { return Candidate::Kind::ModelPrecision; }
    std::vector<Candidate> analyze(const AnalysisContext& context) const override;

    // Whether a file looks like model weights (category or extension).
    static bool isWeightsFile(const BundleTree& tree, NodeId id);
    // Picks the reader by magic bytes and extension; Unsupported for formats we only size and for a reader without
    // content (a snapshot); Error::Code::Io when the file cannot be read as scanned (CheckedReadDevice), whatever the
    // format reader made of the bytes it got.
    static Result<WeightsInfo> readWeights(const ContentReader& reader, const BundleTree& tree, NodeId id);

private:
    static Result<WeightsInfo> parse(QIODevice& device, const BundleTree& tree, NodeId id);
};

} // namespace BundleScope
