// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHash>

#include <mutex>
#include <optional>

namespace BundleScope {

// Compressed sizes of samples already measured, keyed by a digest of what the sample is made of (format, level,
// sampling window, absolute bundle path, and every (path, size, mtime) piece it covers), so estimating an unchanged
// bundle again is instant. Process-wide and thread-safe; bounded in memory (the least recently used entries go
// first). Folder bundles can keep it across processes: loadPersistent() / savePersistent() read and write
// persistentFile() under QStandardPaths::CacheLocation through EstimateCacheFile (the newest MaxStoredEntries).
class EstimateCache {
public:
    static constexpr qsizetype MaxEntries = 1 << 20; // in memory (~60 MB)
    static constexpr qsizetype MaxStoredEntries = 200'000; // on disk (~8 MB)

    static EstimateCache& instance();

    std::optional<quint64> lookup(const QByteArray& key); // a hit counts as a use
    void insert(const QByteArray& key, quint64 compressedBytes);
    void clear();
    qsizetype size() const;

    // Merges the entries of `fileName` (entries already in memory win). False, and nothing merged, when the file is
    // missing, corrupt or of another version; the next save() then replaces it.
    bool load(const QString& fileName);
    // Writes the newest MaxStoredEntries entries to `fileName` (QSaveFile).
    [[nodiscard]] Result<void> save(const QString& fileName) const;

    static QString persistentFile(); // <CacheLocation>/estimate-cache.bin
    void loadPersistent(); // once per process; later calls do nothing
    void savePersistent(); // when entries were added since the last load or save; failures are logged

private:
    EstimateCache() = default;
    void evictOldest(qsizetype keep); // m_mutex held

    struct Entry {
        quint64 compressed = 0;
        quint64 used = 0; // m_clock at the last insert or hit
    };
    mutable std::mutex m_mutex; // guards the members below except m_loaded
    QHash<QByteArray, Entry> m_entries;
    quint64 m_clock = 0;
    bool m_dirty = false;
    std::mutex m_fileMutex; // serializes loadPersistent() and savePersistent(); guards m_loaded
    bool m_loaded = false;
};

} // namespace BundleScope
