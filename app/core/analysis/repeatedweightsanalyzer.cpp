// SPDX-License-Identifier: GPL-3.0-or-later
#include "repeatedweightsanalyzer.h"

#include "analysis/droppattern.h"
#include "analysis/fasthash.h"
#include "analysis/modelweightsanalyzer.h"
#include "analysis/packagelocator.h"
#include "common/sizeformat.h"
#include "scan/checkedreaddevice.h"

#include <QHash>

#include <algorithm>

namespace BundleScope {

namespace {

    constexpr qint64 ChunkBytes = 1024 * 1024;

    struct HashedPayload {
        quint64 hash = 0;
        quint64 length = 0;
        QString name;
    };

    struct ModelFile {
        NodeId id = InvalidNode;
        WeightsInfo info;
        std::vector<HashedPayload> payloads;
        quint64 payloadBytes = 0;
        int rank = 0;
    };

    // How two files' payload multisets overlap. `shared*` is the intersection; `keptOnly*` / `otherOnly*` what
    // only one of them holds.
    struct Overlap {
        int sharedCount = 0;
        quint64 sharedBytes = 0;
        QStringList sharedNames;
        int keptOnlyCount = 0;
        quint64 keptOnlyBytes = 0;
        int otherOnlyCount = 0;
        quint64 otherOnlyBytes = 0;
        bool contained() const { return keptOnlyCount == 0 || otherOnlyCount == 0; }
        bool identical() const { return keptOnlyCount == 0 && otherOnlyCount == 0; }
    };

    Error ioError(const QString& message)
    {
        return makeError(Error::Code::Io, message);
    }

    // Moves a device from `position` to `offset`: seeks when it can, skips forward when it is sequential.
    Result<void> moveTo(QIODevice& device, quint64 position, quint64 offset)
    {
        if (!device.isSequential()) {
            if (!device.seek(qint64(offset)))
                return ioError(
                    RepeatedWeightsAnalyzer::tr("Seeking to byte %1 failed: %2").arg(offset).arg(device.errorString()));
            return {};
        }
        if (offset < position)
            return makeError(Error::Code::Unsupported,
                RepeatedWeightsAnalyzer::tr("Tensors overlap in a file that can only be read forward."));
        const auto gap = qint64(offset - position);
        if (device.skip(gap) != gap)
            return ioError(
                RepeatedWeightsAnalyzer::tr("The file ends before byte %1: it changed since the scan.").arg(offset));
        return {};
    }

    // XXH64 of exactly `length` bytes from the device's current position; a short read is an Error, never a hash of
    // what happened to arrive.
    Result<quint64> hashExactly(QIODevice& device, quint64 length, const CancellationToken& token)
    {
        FastHash hash;
        QByteArray chunk(qsizetype(std::min<quint64>(ChunkBytes, length)), Qt::Uninitialized);
        quint64 done = 0;
        while (done < length) {
            if (token.isCancelled())
                return makeError(Error::Code::Cancelled, RepeatedWeightsAnalyzer::tr("Cancelled."));
            const qint64 got
                = device.read(chunk.data(), qint64(std::min<quint64>(quint64(chunk.size()), length - done)));
            if (got < 0)
                return ioError(RepeatedWeightsAnalyzer::tr("Reading failed: %1").arg(device.errorString()));
            if (got == 0)
                return ioError(RepeatedWeightsAnalyzer::tr("Reading tensor bytes stopped after %1 of %2 bytes: the "
                                                           "file changed since the scan.")
                                   .arg(done)
                                   .arg(length));
            hash.addData(QByteArrayView(chunk.constData(), got));
            done += quint64(got);
        }
        return hash.result();
    }

    Result<std::vector<HashedPayload>> hashPayloads(
        const AnalysisContext& context, NodeId id, const WeightsInfo& info, const CancellationToken& token)
    {
        Result<std::unique_ptr<CheckedReadDevice>> device = CheckedReadDevice::open(context.tree, context.reader, id);
        if (!device)
            return device.error();
        std::vector<HashedPayload> hashed;
        quint64 position = 0;
        for (const TensorPayload& payload : info.payloads) { // in file order
            if (payload.length == 0)
                continue;
            if (auto moved = moveTo(**device, position, payload.offset); !moved)
                return (*device)->hasFailed() ? (*device)->failure() : moved.error();
            const Result<quint64> hash = hashExactly(**device, payload.length, token);
            if (!hash)
                return (*device)->hasFailed() ? (*device)->failure() : hash.error();
            hashed.push_back({ *hash, payload.length, payload.name });
            position = payload.offset + payload.length;
        }
        return hashed;
    }

    using PayloadKey = std::pair<quint64, quint64>; // (hash, length)

    Overlap overlapOf(const ModelFile& kept, const ModelFile& other)
    {
        QHash<PayloadKey, int> available;
        for (const HashedPayload& p : kept.payloads)
            ++available[{ p.hash, p.length }];
        // Names are shown from the file whose container records real tensor names (a torch zip has only data/N).
        const bool namesFromKept = kept.info.format != WeightsInfo::Format::TorchZip;
        QHash<PayloadKey, QString> keptNames;
        if (namesFromKept) {
            for (const HashedPayload& p : kept.payloads)
                keptNames.insert({ p.hash, p.length }, p.name);
        }
        Overlap overlap;
        for (const HashedPayload& p : other.payloads) {
            int& count = available[{ p.hash, p.length }];
            if (count == 0) {
                ++overlap.otherOnlyCount;
                overlap.otherOnlyBytes += p.length;
                continue;
            }
            --count;
            ++overlap.sharedCount;
            overlap.sharedBytes += p.length;
            if (overlap.sharedNames.size() < RepeatedWeightsAnalyzer::NamesShown)
                overlap.sharedNames.append(namesFromKept ? keptNames.value({ p.hash, p.length }) : p.name);
        }
        overlap.keptOnlyCount = int(kept.payloads.size()) - overlap.sharedCount;
        overlap.keptOnlyBytes = kept.payloadBytes - overlap.sharedBytes;
        return overlap;
    }

    bool hasTopLevelFolder(const BundleTree& tree, const QString& name)
    {
        for (NodeId id = 0; id < tree.nodeCount(); ++id) {
            if (tree.isDirectory(id) && tree.name(id) == name && PackageLocator::contentsPath(tree, id) == name)
                return true;
        }
        return false;
    }

    // Lower ranks are kept first; see the class comment.
    int rankOf(const WeightsInfo& info, bool torch, bool onnxruntime)
    {
        switch (info.format) {
        case WeightsInfo::Format::Safetensors:
            return 0;
        case WeightsInfo::Format::TorchZip:
            return (info.pickledClass.isEmpty() ? 1 : 4) + (torch ? 0 : 10);
        case WeightsInfo::Format::Onnx:
            return onnxruntime && !torch ? -1 : 2;
        case WeightsInfo::Format::Gguf:
            return 3;
        }
        return 5;
    }

    QString describe(const BundleTree& tree, const ModelFile& file)
    {
        QString text = RepeatedWeightsAnalyzer::tr("%1 (%2, %3)")
                           .arg(PackageLocator::contentsPath(tree, file.id), WeightsInfo::formatName(file.info.format),
                               SizeFormat::format(tree.size(file.id)));
        if (!file.info.pickledClass.isEmpty())
            text += u' '
                + RepeatedWeightsAnalyzer::tr("is a whole pickled model (class %1), not a state dict; it")
                      .arg(file.info.pickledClass);
        return text;
    }

    QString loaderOf(const ModelFile& file)
    {
        switch (file.info.format) {
        case WeightsInfo::Format::Safetensors:
            return RepeatedWeightsAnalyzer::tr("model.load_state_dict(safetensors.torch.load_file(path))");
        case WeightsInfo::Format::TorchZip:
            return file.info.pickledClass.isEmpty()
                ? RepeatedWeightsAnalyzer::tr("model.load_state_dict(torch.load(path, map_location=\"cpu\"))")
                : RepeatedWeightsAnalyzer::tr("torch.load(path, weights_only=False)");
        case WeightsInfo::Format::Onnx:
            return RepeatedWeightsAnalyzer::tr("onnxruntime.InferenceSession(path)");
        case WeightsInfo::Format::Gguf:
            return RepeatedWeightsAnalyzer::tr("llama_cpp.Llama(model_path=path)");
        }
        return {};
    }

    // One sentence per dropped file: what it shares with the kept one, exactly.
    QString matchSentence(const BundleTree& tree, const ModelFile& other, const Overlap& o)
    {
        QString text
            = RepeatedWeightsAnalyzer::tr("%1 holds %n of the same tensors (%2, e.g. %3).", nullptr, o.sharedCount)
                  .arg(describe(tree, other), SizeFormat::format(o.sharedBytes),
                      o.sharedNames.join(QStringLiteral(", ")));
        if (o.otherOnlyCount > 0)
            text += u' '
                + RepeatedWeightsAnalyzer::tr(
                    "It also holds %n tensor(s) (%1) the kept file lacks.", nullptr, o.otherOnlyCount)
                      .arg(SizeFormat::format(o.otherOnlyBytes));
        return text;
    }

    Candidate groupCandidate(const BundleTree& tree, const ModelFile& kept,
        const std::vector<std::pair<const ModelFile*, Overlap>>& dropped, const ModelFile* pickledModel)
    {
        const QString keptPath = PackageLocator::contentsPath(tree, kept.id);
        Candidate candidate;
        candidate.kind = Candidate::Kind::RepeatedWeights;
        candidate.id = QStringLiteral("repeated_weights:") + keptPath;
        candidate.keep = kept.id;
        candidate.title = RepeatedWeightsAnalyzer::tr("Same weights in %1 files: keep %2")
                              .arg(QString::number(dropped.size() + 1), tree.name(kept.id));
        candidate.bytes = tree.size(kept.id);
        bool identical = true, advised = true;
        QStringList sentences, droppedPaths;
        std::vector<NodeId> removed;
        for (const auto& [file, overlap] : dropped) {
            identical = identical && overlap.identical();
            advised = advised && overlap.otherOnlyBytes * 100 < file->payloadBytes;
            removed.push_back(file->id);
            candidate.bytes += tree.size(file->id);
            candidate.saving += tree.size(file->id);
            const QString path = PackageLocator::contentsPath(tree, file->id);
            droppedPaths.append(path);
            candidate.dropPatterns.append(path);
            sentences.append(matchSentence(tree, *file, overlap));
        }
        candidate.files = PackageLocator::removals(tree, removed);
        candidate.confidence = identical ? Candidate::Confidence::High : Candidate::Confidence::Medium;
        candidate.advised = advised;
        QString why = RepeatedWeightsAnalyzer::tr("%1 holds %n tensor(s) (%2).", nullptr, int(kept.payloads.size()))
                          .arg(describe(tree, kept), SizeFormat::format(kept.payloadBytes));
        why += u' ' + sentences.join(u' ');
        why += u' ' + RepeatedWeightsAnalyzer::tr("Same bytes in another container: the app needs one of them.");
        if (pickledModel)
            why += u' '
                + RepeatedWeightsAnalyzer::tr(
                    "A whole pickled model needs its class's code at load time and unpickles arbitrary objects; "
                    "the state dict of the same tensors is the safer file to keep.");
        candidate.why = why;
        std::sort(candidate.dropPatterns.begin(), candidate.dropPatterns.end());
        candidate.action = RepeatedWeightsAnalyzer::tr("Keep %1 and load it with %2; remove the code that loads %3. "
                                                       "Then drop those files from datas: list only %1 in datas, or "
                                                       "add after Analysis(...) in the .spec file:")
                               .arg(keptPath, loaderOf(kept), droppedPaths.join(QStringLiteral(", ")))
            + u'\n' + DropPattern::filterSnippet(candidate.dropPatterns);
        return candidate;
    }

    // Two files that share most of their tensors but not all: informational, with the exact counts.
    Candidate partialCandidate(const BundleTree& tree, const ModelFile& a, const ModelFile& b, const Overlap& o)
    {
        const QString pathA = PackageLocator::contentsPath(tree, a.id),
                      pathB = PackageLocator::contentsPath(tree, b.id);
        Candidate candidate;
        candidate.kind = Candidate::Kind::RepeatedWeights;
        candidate.id = QStringLiteral("repeated_weights:partial:") + pathA + u':' + pathB;
        candidate.title = RepeatedWeightsAnalyzer::tr("%1 and %2 share most of their weights")
                              .arg(tree.name(a.id), tree.name(b.id));
        candidate.bytes = tree.size(a.id) + tree.size(b.id);
        candidate.advised = false;
        candidate.confidence = Candidate::Confidence::Low;
        candidate.why = RepeatedWeightsAnalyzer::tr(
            "%1 tensors (%2, e.g. %3) are the same bytes in %4 and %5, but %6 tensors (%7) of %4 and %8 tensors (%9) "
            "of %5 differ: not the same model, so neither file can simply go.")
                            .arg(QString::number(o.sharedCount), SizeFormat::format(o.sharedBytes),
                                o.sharedNames.join(QStringLiteral(", ")), pathA, pathB,
                                QString::number(o.keptOnlyCount), SizeFormat::format(o.keptOnlyBytes),
                                QString::number(o.otherOnlyCount), SizeFormat::format(o.otherOnlyBytes));
        candidate.action = RepeatedWeightsAnalyzer::tr(
            "None by itself. If both should be the same model, export them again from one checkpoint and ship one.");
        return candidate;
    }

    // Bytes of `a`'s payloads whose lengths are also among `b`'s (as multisets): an upper bound of what their hashes
    // can share, known before reading any tensor.
    quint64 sharedLengthBytes(const WeightsInfo& a, const WeightsInfo& b)
    {
        QHash<quint64, int> lengths;
        for (const TensorPayload& p : b.payloads)
            ++lengths[p.length];
        quint64 shared = 0;
        for (const TensorPayload& p : a.payloads) {
            int& count = lengths[p.length];
            if (p.length > 0 && count > 0) {
                --count;
                shared += p.length;
            }
        }
        return shared;
    }

    // Every readable weights file with all its payloads in the file; reading errors go to the context.
    std::vector<std::pair<NodeId, WeightsInfo>> readInfos(const AnalysisContext& context)
    {
        const BundleTree& tree = context.tree;
        std::vector<std::pair<NodeId, WeightsInfo>> infos;
        for (NodeId id = 0; id < tree.nodeCount() && !context.token.isCancelled(); ++id) {
            if (!ModelWeightsAnalyzer::isWeightsFile(tree, id) || tree.hasFlag(id, HardLinkDuplicate)
                || tree.size(id) == 0)
                continue;
            Result<WeightsInfo> info = ModelWeightsAnalyzer::readWeights(context.reader, tree, id);
            if (!info) {
                if (info.error().code != Error::Code::Unsupported)
                    context.readFailed(id, info.error());
                continue;
            }
            if (info->payloadsComplete && !info->payloads.empty())
                infos.emplace_back(id, std::move(*info));
        }
        return infos;
    }

    // The files that could match another, with their payloads hashed, in the order they are kept (see rankOf()).
    // Files whose payload lengths cannot share MinimumMatchedBytes with any other file are not read at all.
    std::vector<ModelFile> readModelFiles(const AnalysisContext& context)
    {
        const BundleTree& tree = context.tree;
        const bool torch = hasTopLevelFolder(tree, QStringLiteral("torch"));
        const bool onnxruntime = hasTopLevelFolder(tree, QStringLiteral("onnxruntime"));
        std::vector<std::pair<NodeId, WeightsInfo>> infos = readInfos(context);
        std::vector<bool> partnered(infos.size(), false);
        for (std::size_t i = 0; i < infos.size(); ++i) {
            for (std::size_t j = i + 1; j < infos.size(); ++j) {
                if (sharedLengthBytes(infos[i].second, infos[j].second) >= RepeatedWeightsAnalyzer::MinimumMatchedBytes)
                    partnered[i] = partnered[j] = true;
            }
        }
        std::vector<ModelFile> files;
        for (std::size_t i = 0; i < infos.size() && !context.token.isCancelled(); ++i) {
            if (!partnered[i])
                continue;
            const NodeId id = infos[i].first;
            auto hashed = hashPayloads(context, id, infos[i].second, context.token);
            if (!hashed) {
                if (hashed.error().code != Error::Code::Cancelled)
                    context.readFailed(id, hashed.error());
                continue;
            }
            ModelFile file { id, std::move(infos[i].second), std::move(*hashed), 0, 0 };
            for (const HashedPayload& p : file.payloads)
                file.payloadBytes += p.length;
            file.rank = rankOf(file.info, torch, onnxruntime);
            files.push_back(std::move(file));
        }
        std::sort(files.begin(), files.end(), [&tree](const ModelFile& a, const ModelFile& b) {
            if (a.rank != b.rank)
                return a.rank < b.rank;
            if (a.payloadBytes != b.payloadBytes)
                return a.payloadBytes > b.payloadBytes;
            return tree.pathBytes(a.id) < tree.pathBytes(b.id);
        });
        return files;
    }

} // namespace

std::vector<Candidate> RepeatedWeightsAnalyzer::analyze(const AnalysisContext& context) const
{
    std::vector<Candidate> candidates;
    if (!context.reader.hasContent())
        return candidates; // a snapshot: no tensor bytes to compare
    const std::vector<ModelFile> files = readModelFiles(context);
    if (context.token.isCancelled())
        return {};
    std::vector<bool> claimed(files.size(), false);
    for (std::size_t k = 0; k < files.size(); ++k) {
        if (claimed[k])
            continue;
        std::vector<std::pair<const ModelFile*, Overlap>> dropped;
        const ModelFile* pickledModel = nullptr;
        for (std::size_t o = k + 1; o < files.size(); ++o) {
            if (claimed[o])
                continue;
            const Overlap overlap = overlapOf(files[k], files[o]);
            if (overlap.sharedBytes < MinimumMatchedBytes)
                continue;
            if (!overlap.contained()) {
                const quint64 smaller = std::min(files[k].payloadBytes, files[o].payloadBytes);
                if (overlap.sharedBytes * 2 >= smaller)
                    candidates.push_back(partialCandidate(context.tree, files[k], files[o], overlap));
                continue;
            }
            claimed[o] = true;
            if (!files[o].info.pickledClass.isEmpty() && files[k].info.pickledClass.isEmpty())
                pickledModel = &files[o];
            dropped.emplace_back(&files[o], overlap);
        }
        if (!dropped.empty())
            candidates.push_back(groupCandidate(context.tree, files[k], dropped, pickledModel));
    }
    return candidates;
}

} // namespace BundleScope
