// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatesanalyzer.h"

#include "analysis/fasthash.h"
#include "analysis/packagelocator.h"
#include "common/logging.h"
#include "common/result.h"
#include "common/sizeformat.h"
#include "deps/dependencygraph.h"
#include "scan/diskentries.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace BundleScope {

namespace {

    constexpr qint64 ChunkBytes = 1024 * 1024;

    Error readError(const QString& message)
    {
        return makeError(Error::Code::Io, message);
    }

    // Adds exactly `bytes` bytes of `device` to `hash`: a short read (the file shrank since the scan) or a read error
    // is an Error, never a hash of what happened to arrive. Polls `token` every ChunkBytes.
    Result<void> addExactly(QIODevice& device, qint64 bytes, FastHash& hash, const CancellationToken& token)
    {
        qint64 done = 0;
        QByteArray chunk(std::min(ChunkBytes, bytes), Qt::Uninitialized);
        while (done < bytes) {
            if (token.isCancelled())
                return makeError(Error::Code::Cancelled, DuplicatesAnalyzer::tr("Cancelled."));
            const qint64 got = device.read(chunk.data(), std::min(qint64(chunk.size()), bytes - done));
            if (got < 0)
                return readError(DuplicatesAnalyzer::tr("Reading failed: %1").arg(device.errorString()));
            if (got == 0) {
                return readError(DuplicatesAnalyzer::tr("Reading for duplicates stopped after %1 of %2 bytes: the "
                                                        "file changed since the scan.")
                                     .arg(done)
                                     .arg(bytes));
            }
            hash.addData(QByteArrayView(chunk.constData(), got));
            done += got;
        }
        return {};
    }

    // After the last expected byte: more content means the file grew since the scan.
    Result<void> expectEnd(QIODevice& device, quint64 size)
    {
        if (!device.read(1).isEmpty())
            return readError(DuplicatesAnalyzer::tr("The file is larger than the %1 bytes the scan found: it changed "
                                                    "since the scan.")
                                 .arg(size));
        return {};
    }

    // XXH64 of the first and last EdgeBytes (the whole file when it is not larger than both together).
    Result<quint64> edgeHash(const ContentReader& reader, NodeId id, quint64 size, const CancellationToken& token)
    {
        auto device = reader.open(id);
        if (!device)
            return readError(DuplicatesAnalyzer::tr("The file could not be opened for reading (it is no longer a "
                                                    "readable regular file)."));
        FastHash hash;
        const qint64 edge = DuplicatesAnalyzer::EdgeBytes;
        if (size <= quint64(2 * edge)) {
            if (auto read = addExactly(*device, qint64(size), hash, token); !read)
                return read.error();
            if (auto end = expectEnd(*device, size); !end)
                return end.error();
            return hash.result();
        }
        if (auto read = addExactly(*device, edge, hash, token); !read)
            return read.error();
        const qint64 gap = qint64(size) - 2 * edge;
        if (!device->isSequential()) {
            if (!device->seek(qint64(size) - edge))
                return readError(DuplicatesAnalyzer::tr("Seeking to byte %1 failed: %2")
                                     .arg(qint64(size) - edge)
                                     .arg(device->errorString()));
        } else if (const qint64 skipped = device->skip(gap); skipped != gap) {
            return readError(DuplicatesAnalyzer::tr("Skipping to byte %1 stopped after %2 bytes: the file changed "
                                                    "since the scan.")
                                 .arg(qint64(size) - edge)
                                 .arg(edge + std::max<qint64>(skipped, 0)));
        }
        if (auto read = addExactly(*device, edge, hash, token); !read)
            return read.error();
        return hash.result();
    }

    Result<quint64> fullHash(const ContentReader& reader, NodeId id, quint64 size, const CancellationToken& token)
    {
        auto device = reader.open(id);
        if (!device)
            return readError(DuplicatesAnalyzer::tr("The file could not be opened for reading (it is no longer a "
                                                    "readable regular file)."));
        FastHash hash;
        if (auto read = addExactly(*device, qint64(size), hash, token); !read)
            return read.error();
        if (auto end = expectEnd(*device, size); !end)
            return end.error();
        return hash.result();
    }

    // Splits `files` into groups of equal key; groups of one are dropped. A file whose key cannot be computed is left
    // out and reported on the context (cancellation is not reported: the run ends).
    template <typename KeyFn>
    std::vector<std::vector<NodeId>> splitBy(
        const AnalysisContext& context, const std::vector<NodeId>& files, KeyFn key)
    {
        QMap<quint64, std::vector<NodeId>> byKey;
        for (NodeId id : files) {
            if (context.token.isCancelled())
                return {};
            const Result<quint64> k = key(id);
            if (k)
                byKey[*k].push_back(id);
            else if (k.error().code != Error::Code::Cancelled)
                context.readFailed(id, k.error());
        }
        std::vector<std::vector<NodeId>> groups;
        for (auto& group : byKey) {
            if (group.size() > 1)
                groups.push_back(std::move(group));
        }
        return groups;
    }

    // Which copy to keep: the one the app loads by its name, because --exclude-candidates deletes the others (the
    // spec fragment and slim turn them into links to it). 0: the Python library the launcher's PKG cookie names, which
    // the bootloader dlopen()s by that exact name from the contents folder (a Debian build can ship
    // libpython3.11.so beside libpython3.11.so.1.0); 1: a copy some binary's DT_NEEDED resolves to; 2: any other.
    int keepRank(const AnalysisContext& context, NodeId id)
    {
        const QString pythonLibrary
            = context.tree.metadata().value(QStringLiteral("pyinstaller.python_library")).toString();
        if (!pythonLibrary.isEmpty() && PackageLocator::contentsPath(context.tree, id) == pythonLibrary)
            return 0;
        const DependencyGraph* graph = context.dependencies.get();
        if (graph && graph->contains(id) && !graph->neededByDirectly(id).empty())
            return 1;
        return 2;
    }

    Candidate makeCandidate(const AnalysisContext& context, std::vector<NodeId> copies)
    {
        const BundleTree& tree = context.tree;
        std::vector<std::pair<int, NodeId>> ranked;
        for (NodeId id : copies)
            ranked.emplace_back(keepRank(context, id), id);
        std::sort(ranked.begin(), ranked.end(), [&tree](const auto& a, const auto& b) {
            return a.first != b.first ? a.first < b.first : tree.pathBytes(a.second) < tree.pathBytes(b.second);
        });
        for (std::size_t i = 0; i < ranked.size(); ++i)
            copies[i] = ranked[i].second;
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
    // The members of a launcher opened in place (its PKG and PYZ modules in a one-folder bundle) are no files: no file
    // operation removes one (the package excludes cover them), and the view lists them at their stored, compressed
    // size while the reader yields the decoded bytes. The members of a one-file executable (the tree's root is then
    // their container) are listed at their real size and are what the spec collects: they stay.
    const DiskEntries disk(tree, context.reader);
    QHash<quint64, std::vector<NodeId>> bySize;
    for (NodeId id = 0; id < tree.nodeCount(); ++id) {
        if (tree.kind(id) != NodeKind::File || tree.hasFlag(id, HardLinkDuplicate) || tree.size(id) < m_minimumSize
            || tree.size(id) == 0)
            continue;
        if (const NodeId real = disk.realEntry(id); real != id && real != tree.root())
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
    if (!context.reader.hasContent())
        return candidates; // a snapshot: sizes without content prove nothing
    for (quint64 size : sizes) {
        const CancellationToken& token = context.token;
        auto edge = [&](NodeId id) { return edgeHash(context.reader, id, size, token); };
        for (const auto& sameEdges : splitBy(context, bySize.value(size), edge)) {
            if (size <= quint64(2 * EdgeBytes)) {
                candidates.push_back(makeCandidate(context, sameEdges));
                continue;
            }
            auto full = [&](NodeId id) { return fullHash(context.reader, id, size, token); };
            for (const auto& same : splitBy(context, sameEdges, full))
                candidates.push_back(makeCandidate(context, same));
        }
        if (token.isCancelled())
            return {};
    }
    qCDebug(lcAnalysis) << "duplicate groups:" << candidates.size();
    return candidates;
}

} // namespace BundleScope
