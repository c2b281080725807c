// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyzer.h"
#include "binfmt/weightsinfo.h"

#include <QCoreApplication>

namespace BundleScope {

// The same weights shipped in several model files: model.pth, model.onnx and model.safetensors holding one network's
// float32 tensors in three containers. Byte-level duplicate detection cannot see it, because the containers differ.
// Reads each weights file's tensor payloads through its binfmt reader (WeightsInfo::payloads), hashes every payload
// with XXH64 (FastHash) and compares files as multisets of (hash, length): two files match when every tensor of the
// one with fewer payload bytes is found in the other, for at least MinimumMatchedBytes.
//
// Which file stays (documented in app/core/report/SCHEMA.md): the first of safetensors, torch state dict, ONNX, GGUF,
// whole pickled torch model; ONNX moves first when the bundle ships onnxruntime but no torch, and torch files move
// last when it ships no torch. Files are taken greedily in that order: each kept file claims every unclaimed file
// that matches it. The saving is the dropped files' sizes. Confidence is high when the payload multisets are equal,
// medium when the dropped file is a subset of the kept one; a dropped file holding tensors the kept one lacks (the
// ONNX exporter leaves out unused buffers) is advised only when those are below 1% of its payload bytes.
//
// A file that cannot be read (truncated, malformed, unreadable) is reported through AnalysisContext::readFailed and
// left out; files whose tensors are not all stored uncompressed in the file (ONNX external data, deflated zip
// members) are left out too. Stateless; any thread.
class RepeatedWeightsAnalyzer : public Analyzer {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::RepeatedWeightsAnalyzer)
public:
    static constexpr quint64 MinimumMatchedBytes = 64 * 1024; // tiny tensors (zero biases) match by accident
    static constexpr int NamesShown = 3;

    Candidate::Kind kind() const override { return Candidate::Kind::RepeatedWeights; }
    std::vector<Candidate> analyze(const AnalysisContext& context) const override;
};

} // namespace BundleScope
