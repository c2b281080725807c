// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpustackanalyzer.h"

#include "analysis/packagelocator.h"
#include "common/sizeformat.h"

namespace BundleScope {

bool GpuStackAnalyzer::isGpuFile(QStringView contentsPath)
{
    const qsizetype slash = contentsPath.indexOf(u'/');
    const QStringView top = slash < 0 ? QStringView() : contentsPath.left(slash);
    if (top == u"nvidia" || top == u"triton" || top.startsWith(u"nvidia_") || top.startsWith(u"triton-"))
        return true;
    const QString name = contentsPath.mid(contentsPath.lastIndexOf(u'/') + 1).toString().toLower();
    // Linux libfoo.so*, Windows foo64_N.dll, macOS has no CUDA.
    static const char* const markers[]
        = { "cudart", "cudnn", "cublas", "nccl", "cufft", "cusparse", "cusolver", "curand", "nvrtc", "nvjitlink",
              "cupti", "nvtoolsext", "cufile", "torch_cuda", "c10_cuda", "nvtx", "cudss", "libcuda.so", "nvtx3" };
    const bool library = name.contains(QStringLiteral(".so")) || name.endsWith(QStringLiteral(".dll"));
    if (!library)
        return false;
    for (const char* marker : markers) {
        if (name.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

std::vector<Candidate> GpuStackAnalyzer::analyze(const AnalysisContext& context) const
{
    const BundleTree& tree = context.tree;
    std::vector<NodeId> files;
    for (NodeId id = 0; id < tree.nodeCount(); ++id) {
        if ((id & 0xfff) == 0 && context.token.isCancelled())
            return {};
        if (tree.kind(id) == NodeKind::File && isGpuFile(PackageLocator::contentsPath(tree, id)))
            files.push_back(id);
    }
    if (files.empty())
        return {};
    Candidate candidate;
    candidate.kind = Candidate::Kind::GpuStack;
    candidate.id = QStringLiteral("gpu_stack:cuda");
    candidate.title = tr("CUDA GPU stack (only if the target has no GPU)");
    candidate.files = PackageLocator::removals(tree, files);
    candidate.bytes = PackageLocator::countedBytes(tree, files);
    candidate.saving = candidate.bytes;
    candidate.confidence = Candidate::Confidence::Low;
    candidate.excludes = { QStringLiteral("nvidia"), QStringLiteral("triton") };
    candidate.dropPatterns = { QStringLiteral("nvidia/*"), QStringLiteral("triton/*") };
    candidate.why = tr("%n CUDA file(s), %1: the GPU runtime, cuDNN, cuBLAS, NCCL and friends. Only if the target "
                       "machines have no NVIDIA GPU: a CPU-only build runs the same code on the CPU and drops all of "
                       "it.",
        nullptr, int(files.size()))
                        .arg(SizeFormat::format(candidate.bytes));
    candidate.action = tr("Build in an environment with the CPU-only torch wheel (from PyTorch's CPU wheel index) "
                          "instead of the CUDA one, and add excludes=['nvidia', 'triton'] to Analysis(...).");
    return { candidate };
}

} // namespace BundleScope
