// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelweightsanalyzer.h"

#include "analysis/packagelocator.h"
#include "binfmt/ggufreader.h"
#include "binfmt/onnxreader.h"
#include "binfmt/safetensorsreader.h"
#include "binfmt/torchzipreader.h"
#include "common/sizeformat.h"
#include "scan/checkedreaddevice.h"

namespace BundleScope {

namespace {

    QString extensionOf(const QString& name)
    {
        const qsizetype dot = name.lastIndexOf(u'.');
        return dot < 0 ? QString() : name.mid(dot + 1).toLower();
    }

    QString precisionAction(WeightsInfo::Format format, bool int8)
    {
        switch (format) {
        case WeightsInfo::Format::Safetensors:
            return int8
                ? ModelWeightsAnalyzer::tr(
                    "Quantize at export time (for example optimum-quanto or bitsandbytes int8) and save the "
                    "quantized state dict with safetensors.torch.save_file().")
                : ModelWeightsAnalyzer::tr(
                    "Convert once before building: save_file({k: v.half() for k, v in load_file(path).items()}, "
                    "path) (safetensors.torch), or model.half().save_pretrained(...).");
        case WeightsInfo::Format::TorchZip:
            return int8 ? ModelWeightsAnalyzer::tr(
                       "torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8), "
                       "then torch.save the quantized model.")
                        : ModelWeightsAnalyzer::tr(
                            "torch.save({k: v.half() for k, v in torch.load(path).items()}, path), and call "
                            "model.half() (or autocast) at load time.");
        case WeightsInfo::Format::Onnx:
            return int8 ? ModelWeightsAnalyzer::tr("onnxruntime.quantization.quantize_dynamic(model_in, model_out, "
                                                   "weight_type=QuantType.QInt8).")
                        : ModelWeightsAnalyzer::tr(
                            "onnxconverter_common.float16.convert_float_to_float16(model, keep_io_types=True), "
                            "then onnx.save().");
        case WeightsInfo::Format::Gguf:
            return int8 ? ModelWeightsAnalyzer::tr("llama.cpp: llama-quantize model.gguf model-q8_0.gguf Q8_0.")
                        : ModelWeightsAnalyzer::tr("llama.cpp: llama-quantize model.gguf model-f16.gguf F16.");
        }
        return {};
    }

    Candidate precisionCandidate(const BundleTree& tree, NodeId id, const WeightsInfo& info, bool int8)
    {
        const quint64 fp32 = info.bytes(QStringLiteral("float32"));
        const QString path = PackageLocator::contentsPath(tree, id);
        Candidate candidate;
        candidate.kind = Candidate::Kind::ModelPrecision;
        candidate.id
            = QStringLiteral("model_precision:") + (int8 ? QStringLiteral("int8:") : QStringLiteral("fp16:")) + path;
        candidate.title = int8 ? ModelWeightsAnalyzer::tr("Quantize %1 to int8").arg(tree.name(id))
                               : ModelWeightsAnalyzer::tr("Store %1 in float16").arg(tree.name(id));
        candidate.bytes = tree.size(id);
        candidate.saving = int8 ? fp32 / 4 * 3 : fp32 / 2;
        candidate.files.push_back({ id, candidate.saving, false });
        candidate.advised = !int8;
        candidate.estimated = info.typeAssumed;
        candidate.confidence = int8 || info.typeAssumed ? Candidate::Confidence::Low : Candidate::Confidence::Medium;
        QString why = int8
            ? ModelWeightsAnalyzer::tr(
                "%1 of float32 weights in %2 would take a quarter of the space as int8. Quantization costs accuracy "
                "that depends on the model: measure it on your validation set. An alternative to float16, not in "
                "addition.")
            : ModelWeightsAnalyzer::tr(
                "%1 of float32 weights in %2 would take half the space as float16. Inference in float16 (or bfloat16, "
                "which keeps float32's range and suits recent CPUs and Ampere+ GPUs) is usually indistinguishable; "
                "check accuracy on your data.");
        why = why.arg(SizeFormat::format(fp32), path);
        if (info.typeAssumed)
            why += u' '
                + ModelWeightsAnalyzer::tr(
                    "The element type is not recorded in a form BundleScope reads: float32 is an assumption.");
        if (info.format == WeightsInfo::Format::TorchZip && !int8)
            why += u' '
                + ModelWeightsAnalyzer::tr(
                    "Exporting the model to ONNX and running it with onnxruntime could also let the bundle "
                    "drop torch entirely.");
        candidate.why = why;
        candidate.action = precisionAction(info.format, int8);
        return candidate;
    }

    Candidate lazyLoadCandidate(const BundleTree& tree, NodeId id, quint64 threshold)
    {
        const QString path = PackageLocator::contentsPath(tree, id);
        Candidate candidate;
        candidate.kind = Candidate::Kind::LazyLoadModel;
        candidate.id = QStringLiteral("lazy_load_model:") + path;
        candidate.title
            = ModelWeightsAnalyzer::tr("Download %1 at first use instead of bundling it").arg(tree.name(id));
        candidate.bytes = tree.size(id);
        candidate.saving = candidate.bytes;
        candidate.files = PackageLocator::removals(tree, { id });
        candidate.advised = false;
        candidate.confidence = Candidate::Confidence::Medium;
        candidate.dropPatterns = { path };
        candidate.why = ModelWeightsAnalyzer::tr(
            "%1 (%2) is larger than %3. Fetching it on first start (huggingface_hub.hf_hub_download, "
            "an internal artifact store) keeps the installer small and lets the model change without a "
            "rebuild; the bytes move to a download rather than disappear.")
                            .arg(path, SizeFormat::format(candidate.bytes), SizeFormat::format(threshold));
        candidate.action = ModelWeightsAnalyzer::tr(
            "Remove the file from datas in the .spec and load it from a cache folder at run time, "
            "downloading it when missing.");
        return candidate;
    }

    Candidate unreadableNote(const BundleTree& tree, NodeId id, const Error& error)
    {
        const QString path = PackageLocator::contentsPath(tree, id);
        Candidate candidate;
        candidate.kind = Candidate::Kind::ModelPrecision;
        candidate.id = QStringLiteral("model_precision:unreadable:") + path;
        candidate.title = ModelWeightsAnalyzer::tr("Model file %1 is unreadable").arg(tree.name(id));
        candidate.bytes = tree.size(id);
        candidate.advised = false;
        candidate.confidence = Candidate::Confidence::Low;
        candidate.why = ModelWeightsAnalyzer::tr("Its weights could not be read (%1), so no saving is claimed.")
                            .arg(error.message);
        candidate.action = ModelWeightsAnalyzer::tr("None.");
        return candidate;
    }

} // namespace

bool ModelWeightsAnalyzer::isWeightsFile(const BundleTree& tree, NodeId id)
{
    if (tree.kind(id) != NodeKind::File)
        return false;
    if (tree.category(id) == Category::ModelWeights)
        return true;
    static const QStringList extensions { QStringLiteral("safetensors"), QStringLiteral("onnx"), QStringLiteral("gguf"),
        QStringLiteral("pt"), QStringLiteral("pth"), QStringLiteral("ckpt") };
    return extensions.contains(extensionOf(tree.name(id)));
}

Result<WeightsInfo> ModelWeightsAnalyzer::readWeights(const ContentReader& reader, const BundleTree& tree, NodeId id)
{
    Result<std::unique_ptr<CheckedReadDevice>> opened = CheckedReadDevice::open(tree, reader, id);
    if (!opened)
        return opened.error();
    CheckedReadDevice& device = **opened;
    Result<WeightsInfo> info = parse(device, tree, id);
    // A read that failed half-way is a read error of the entry, not a malformed file, and no figure comes from it.
    if (device.hasFailed())
        return device.failure();
    return info;
}

Result<WeightsInfo> ModelWeightsAnalyzer::parse(QIODevice& device, const BundleTree& tree, NodeId id)
{
    const quint64 size = tree.size(id);
    const QByteArray magic = device.peek(4);
    const QString extension = extensionOf(tree.name(id));
    if (magic == "GGUF")
        return GgufReader::read(device, size);
    if (magic.startsWith("PK\x03\x04"))
        return TorchZipReader::read(device);
    if (extension == u"safetensors")
        return SafetensorsReader::read(device, size);
    if (extension == u"onnx")
        return OnnxReader::read(device, size);
    if (extension == u"gguf" || extension == u"pt" || extension == u"pth" || extension == u"ckpt")
        return makeError(Error::Code::Malformed, tr("not in the format its extension promises"));
    return makeError(Error::Code::Unsupported, tr("format not parsed"));
}

std::vector<Candidate> ModelWeightsAnalyzer::analyze(const AnalysisContext& context) const
{
    const BundleTree& tree = context.tree;
    std::vector<Candidate> candidates;
    for (NodeId id = 0; id < tree.nodeCount(); ++id) {
        if (context.token.isCancelled())
            return {};
        if (!isWeightsFile(tree, id) || tree.hasFlag(id, HardLinkDuplicate))
            continue;
        if (tree.size(id) >= context.lazyLoadThreshold)
            candidates.push_back(lazyLoadCandidate(tree, id, context.lazyLoadThreshold));
        const Result<WeightsInfo> info = readWeights(context.reader, tree, id);
        if (!info) {
            if (info.error().code == Error::Code::Io)
                context.readFailed(id, info.error());
            else if (info.error().code != Error::Code::Unsupported)
                candidates.push_back(unreadableNote(tree, id, info.error()));
            continue;
        }
        if (info->bytes(QStringLiteral("float32")) < MinimumPrecisionBytes)
            continue;
        candidates.push_back(precisionCandidate(tree, id, *info, false));
        candidates.push_back(precisionCandidate(tree, id, *info, true));
    }
    return candidates;
}

} // namespace BundleScope
