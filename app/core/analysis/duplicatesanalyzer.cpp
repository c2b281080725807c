// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatesanalyzer.h"

#include "analysis/fasthash.h"
#include "analysis/packagelocator.h"
#include "common/logging.h"
#include "common/sizeformat.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <optional>

namespace BundleScope {

namespace {

    constexpr qint64 ChunkBytes = 1024 * 1024;

    // XXH64 of the first and last EdgeBytes (the whole file when it is not larger than both together).
    std::optional<quint64> edgeHash(const ContentReader& reader, NodeId id, quint64 size)
    {
        auto device = reader.open(id);
        if (!device)
            return std::nullopt;
        FastHash hash;
        const qint64 edge = DuplicatesAnalyzer::EdgeBytes;
        if (size <= quint64(2 * edge)) {
            hash.addData(device->readAll());
        } else {
            hash.addData(device->read(edge));
            if (!device->isSequential()) {
                if (!device->seek(qint64(size) - edge))
                    return std::nullopt;
            } else {
                device->skip(qint64(size) - 2 * edge);
            }
            hash.addData(device->read(edge));
        }
        return hash.result();
    }

    std::optional<quint64> fullHash(const ContentReader& reader, NodeId id, const CancellationToken& token)
    {
        auto device = reader.open(id);
        if (!device)
            return std::nullopt;
        FastHash hash;
        QByteArray chunk;
        while (!device->atEnd()) {
            if (token.isCancelled())
                return std::nullopt;
            chunk = device->read(ChunkBytes);
            if (chunk.isEmpty())
                break;
            hash.addData(chunk);
        }
        return hash.result();
    }

    // Splits `files` into groups of equal key; groups of one are dropped.
    template <typename KeyFn> std::vector<std::vector<NodeId>> splitBy(const std::vector<NodeId>& files, KeyFn key)
    {
        QMap<quint64, std::vector<NodeId>> byKey;
        for (NodeId id : files) {
            const std::optional<quint64> k = key(id);
            if (k)
                byKey[*k].push_back(id);
        }
        std::vector<std::vector<NodeId>> groups;
        for (auto& group : byKey) {
            if (group.size() > 1)
                groups.push_back(std::move(group));
        }
        return groups;
    }

    Candidate makeCandidate(const AnalysisContext& context, std::vector<NodeId> copies)
    {
        const BundleTree& tree = context.tree;
        std::sort(copies.begin(), copies.end(),
            [&tree](NodeId a, NodeId b) { return tree.pathBytes(a) < tree.pathBytes(b); });
        const quint64 size = tree.size(copies.front());
        Candidate candidate;
        candidate.kind = Candidate::Kind::Duplicate;
        candidate.keep = copies.front();
        const QString kept = PackageLocator::contentsPath(tree, candidate.keep);
        candidate.id = QStringLiteral("duplicate:") + kept;
        candidate.title = DuplicatesAnalyzer::tr("%n identical copies of %1", nullptr, int(copies.size()))
                              .arg(tree.name(candidate.keep));
        for (std::size_t i = 1; i < copies.size(); ++i)
            candidate.files.push_back({ copies[i], size, true });
        candidate.bytes = size * copies.size();
        candidate.saving = size * (copies.size() - 1);
        QStringList others;
        for (std::size_t i = 1; i < copies.size(); ++i)
            others.append(PackageLocator::contentsPath(tree, copies[i]));
        candidate.why = DuplicatesAnalyzer::tr("%1 (%2) also exists, byte for byte, as %3. Every copy but one is "
                                               "wasted space.")
                            .arg(kept, SizeFormat::format(size), others.join(QStringLiteral(", ")));
        if (context.platform == TargetPlatform::Windows) {
            candidate.advised = false;
            candidate.confidence = Candidate::Confidence::Low;
            candidate.action
                = DuplicatesAnalyzer::tr("Windows bundles cannot rely on symlinks: collect the library once "
                                         "and make the other package find it (PATH / os.add_dll_directory).");
        } else {
            candidate.confidence = Candidate::Confidence::High;
            candidate.action
                = DuplicatesAnalyzer::tr("Keep %1 and replace the other copies with relative symlinks after "
                                         "COLLECT (the generated spec fragment does it), as PyInstaller 6 "
                                         "already does for versioned .so chains.")
                      .arg(kept);
        }
        return candidate;
    }

} // namespace

std::vector<Candidate> DuplicatesAnalyzer::analyze(const AnalysisContext& context) const
{
    const BundleTree& tree = context.tree;
    QHash<quint64, std::vector<NodeId>> bySize;
    for (NodeId id = 0; id < tree.nodeCount(); ++id) {
        if (tree.kind(id) != NodeKind::File || tree.hasFlag(id, HardLinkDuplicate) || tree.size(id) < m_minimumSize
            || tree.size(id) == 0)
            continue;
        bySize[tree.size(id)].push_back(id);
    }
    std::vector<quint64> sizes;
    for (auto it = bySize.cbegin(); it != bySize.cend(); ++it) {
        if (it->size() > 1)
            sizes.push_back(it.key());
    }
    std::sort(sizes.begin(), sizes.end(), std::greater<>());
    std::vector<Candidate> candidates;
    for (quint64 size : sizes) {
        const CancellationToken& token = context.token;
        auto edge = [&](NodeId id) -> std::optional<quint64> {
            if (token.isCancelled())
                return std::nullopt;
            return edgeHash(context.reader, id, size);
        };
        for (const auto& sameEdges : splitBy(bySize.value(size), edge)) {
            if (size <= quint64(2 * EdgeBytes)) {
                candidates.push_back(makeCandidate(context, sameEdges));
                continue;
            }
            auto full = [&](NodeId id) { return fullHash(context.reader, id, token); };
            for (const auto& same : splitBy(sameEdges, full))
                candidates.push_back(makeCandidate(context, same));
        }
        if (token.isCancelled())
            return {};
    }
    qCDebug(lcAnalysis) << "duplicate groups:" << candidates.size();
    return candidates;
}

} // namespace BundleScope
