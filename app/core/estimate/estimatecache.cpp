// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimatecache.h"

#include "common/logging.h"
#include "estimate/estimatecachefile.h"

#include <QStandardPaths>

#include <algorithm>

namespace BundleScope {

EstimateCache& EstimateCache::instance()
{
    static EstimateCache cache;
    return cache;
}

std::optional<quint64> EstimateCache::lookup(const QByteArray& key)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return std::nullopt;
    it->used = ++m_clock;
    return it->compressed;
}

void EstimateCache::insert(const QByteArray& key, quint64 compressedBytes)
{
    std::lock_guard lock(m_mutex);
    if (m_entries.size() >= MaxEntries)
        evictOldest(MaxEntries / 2);
    m_entries.insert(key, { compressedBytes, ++m_clock });
    m_dirty = true;
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

void EstimateCache::evictOldest(qsizetype keep)
{
    if (m_entries.size() <= keep)
        return;
    std::vector<quint64> uses;
    uses.reserve(std::size_t(m_entries.size()));
    for (const Entry& entry : std::as_const(m_entries))
        uses.push_back(entry.used);
    const auto cut = uses.end() - keep;
    std::nth_element(uses.begin(), cut, uses.end());
    const quint64 oldestKept = *cut; // uses are unique: exactly `keep` entries are >= it
    m_entries.removeIf([oldestKept](const auto& entry) { return entry.value().used < oldestKept; });
}

bool EstimateCache::load(const QString& fileName)
{
    Result<std::vector<EstimateCacheFile::Record>> records = EstimateCacheFile::read(fileName);
    if (!records) {
        qCDebug(lcEstimate) << "estimate cache not loaded:" << records.error().toString();
        return false;
    }
    std::lock_guard lock(m_mutex);
    quint64 newest = 0;
    for (const EstimateCacheFile::Record& record : std::as_const(*records))
        newest = std::max(newest, record.used);
    // Loaded entries are older than anything this process used: shift this process's clock above them.
    for (Entry& entry : m_entries)
        entry.used += newest;
    m_clock += newest;
    for (const EstimateCacheFile::Record& record : std::as_const(*records)) {
        if (!m_entries.contains(record.key))
            m_entries.insert(record.key, { record.compressed, record.used });
    }
    evictOldest(MaxEntries);
    return true;
}

Result<void> EstimateCache::save(const QString& fileName) const
{
    std::vector<EstimateCacheFile::Record> records;
    {
        std::lock_guard lock(m_mutex);
        records.reserve(std::size_t(m_entries.size()));
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
            records.push_back({ it.key(), it->compressed, it->used });
    }
    const auto newestFirst = [](const auto& a, const auto& b) { return a.used > b.used; };
    if (records.size() > std::size_t(MaxStoredEntries)) {
        std::nth_element(records.begin(), records.begin() + MaxStoredEntries, records.end(), newestFirst);
        records.resize(std::size_t(MaxStoredEntries));
    }
    std::sort(records.begin(), records.end(), newestFirst); // deterministic bytes for the same content
    return EstimateCacheFile::write(fileName, records);
}

QString EstimateCache::persistentFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/estimate-cache.bin");
}

void EstimateCache::loadPersistent()
{
    std::lock_guard fileLock(m_fileMutex); // a second caller waits until the entries are in
    if (m_loaded)
        return;
    m_loaded = true;
    load(persistentFile());
}

void EstimateCache::savePersistent()
{
    std::lock_guard fileLock(m_fileMutex);
    {
        std::lock_guard lock(m_mutex);
        if (!m_dirty)
            return;
        m_dirty = false;
    }
    if (const Result<void> saved = save(persistentFile()); !saved)
        qCInfo(lcEstimate) << "estimate cache not saved:" << saved.error().toString();
}

} // namespace BundleScope
