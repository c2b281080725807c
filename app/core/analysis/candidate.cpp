// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidate.h"

namespace BundleScope {

QString candidateKindId(Candidate::Kind kind)
{
    switch (kind) {
    case Candidate::Kind::StripDebug:
        return QStringLiteral("strip_debug");
    case Candidate::Kind::Upx:
        return QStringLiteral("upx");
    case Candidate::Kind::ExcludePackage:
        return QStringLiteral("exclude_package");
    case Candidate::Kind::DevFiles:
        return QStringLiteral("dev_files");
    case Candidate::Kind::Duplicate:
        return QStringLiteral("duplicate");
    case Candidate::Kind::ModelPrecision:
        return QStringLiteral("model_precision");
    case Candidate::Kind::LazyLoadModel:
        return QStringLiteral("lazy_load_model");
    case Candidate::Kind::GpuStack:
        return QStringLiteral("gpu_stack");
    case Candidate::Kind::Unreferenced:
        return QStringLiteral("unreferenced");
    case Candidate::Kind::Layout:
        return QStringLiteral("layout");
    case Candidate::Kind::RepeatedWeights:
        return QStringLiteral("repeated_weights");
    }
    return {};
}

QString confidenceId(Candidate::Confidence confidence)
{
    switch (confidence) {
    case Candidate::Confidence::Low:
        return QStringLiteral("low");
    case Candidate::Confidence::Medium:
        return QStringLiteral("medium");
    case Candidate::Confidence::High:
        return QStringLiteral("high");
    }
    return {};
}

} // namespace BundleScope
