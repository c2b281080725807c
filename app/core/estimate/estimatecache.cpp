// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimatecache.h"

namespace BundleScope {

namespace {
    constexpr qsizetype s_maxEntries = 1 << 20; // ~60 MB at most; cleared wholesale when full
}

EstimateCache& EstimateCache::instance()
{
    static EstimateCache cache;
    return cache;
}

std::optional<quint64> EstimateCache::lookup(const QByteArray& key) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

void EstimateCache::insert(const QByteArray& key, quint64 compressedBytes)
{
    std::lock_guard lock(m_mutex);
    if (m_entries.size() >= s_maxEntries)
        m_entries.clear();
    m_entries.insert(key, compressedBytes);
}

void EstimateCache::clear()
{
    std::lock_guard lock(m_mutex);
    m_entries.clear();
}

qsizetype EstimateCache::size() const
{
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

} // namespace BundleScope
