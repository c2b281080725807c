// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyzer.h"

#include <QCoreApplication>

namespace BundleScope {

// The NVIDIA GPU stack: CUDA runtime, cuDNN, cuBLAS, NCCL, cuFFT, cuSPARSE, cuSOLVER, cuRAND, NVRTC, nvJitLink,
// CUPTI, the nvidia/* wheels, Triton and torch's CUDA libraries. A CPU-only build drops all of it; advised, but with
// Low confidence because it is right only when the target machines have no GPU. Stateless; any thread.
class GpuStackAnalyzer : public Analyzer {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::GpuStackAnalyzer)
public:
    Candidate::Kind kind() const override { return Candidate::Kind::GpuStack; }
    std::vector<Candidate> analyze(const AnalysisContext& context) const override;
    // Whether a file at this contents path belongs to the GPU stack. Exposed for tests.
    static bool isGpuFile(QStringView contentsPath);
};

} // namespace BundleScope
