// SPDX-License-Identifier: GPL-3.0-or-later
#include "renamematcher.h"

#include "analysis/fasthash.h"
#include "scan/contentreader.h"

#include <QHash>
#include <QMultiHash>

#include <algorithm>
#include <optional>

namespace BundleScope {

namespace {
    constexpr qint64 s_chunk = 1 << 20;

    // XXH64 of the whole file, or nothing when it cannot be read to the end (a partial read proves nothing).
    std::optional<quint64> contentHash(const ContentReader& reader, NodeId node, quint64 expected)
    {
        const std::unique_ptr<QIODevice> device = reader.open(node);
        if (!device)
            return std::nullopt;
        FastHash hash;
        quint64 total = 0;
        QByteArray buffer;
        for (;;) {
            buffer = device->read(s_chunk);
            if (buffer.isEmpty())
                break;
            hash.addData(buffer);
            total += quint64(buffer.size());
        }
        if (total != expected)
            return std::nullopt;
        return hash.result();
    }
} // namespace

RenameMatcher::RenameMatcher(const ContentReader* before, const ContentReader* after)
    : m_before(before)
    , m_after(after)
{
}

std::vector<RenameMatcher::Pair> RenameMatcher::match(
    const std::vector<File>& removed, const std::vector<File>& added) const
{
    std::vector<Pair> pairs;
    if (!m_before || !m_after || removed.empty() || added.empty())
        return pairs;
    // Sizes present on both sides: only those files are worth reading.
    QMultiHash<quint64, std::size_t> addedBySize;
    for (std::size_t i = 0; i < added.size(); ++i) {
        if (added[i].bytes > 0)
            addedBySize.insert(added[i].bytes, i);
    }
    std::vector<std::size_t> order(removed.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(
        order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return removed[a].path < removed[b].path; });

    QHash<std::size_t, std::optional<quint64>> addedHashes;
    std::vector<bool> taken(added.size(), false);
    for (std::size_t r : order) {
        const File& gone = removed[r];
        QList<std::size_t> sameSize = addedBySize.values(gone.bytes);
        if (gone.bytes == 0 || sameSize.isEmpty())
            continue;
        const std::optional<quint64> goneHash = contentHash(*m_before, gone.node, gone.bytes);
        if (!goneHash)
            continue;
        std::sort(sameSize.begin(), sameSize.end(),
            [&](std::size_t a, std::size_t b) { return added[a].path < added[b].path; });
        for (std::size_t a : sameSize) {
            if (taken[a])
                continue;
            if (!addedHashes.contains(a))
                addedHashes.insert(a, contentHash(*m_after, added[a].node, added[a].bytes));
            if (addedHashes.value(a) == goneHash) {
                taken[a] = true;
                pairs.push_back({ r, a });
                break;
            }
        }
    }
    return pairs;
}

} // namespace BundleScope
