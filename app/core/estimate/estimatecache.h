// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <mutex>
#include <optional>

namespace BundleScope {

// Compressed sizes of samples already measured, keyed by a digest of what the sample is made of (format, level,
// and every (path, size, mtime, offset) piece it covers), so estimating an unchanged bundle again is instant.
// Process-wide, in memory, bounded; thread-safe.
class EstimateCache {
public:
    static EstimateCache& instance();

    std::optional<quint64> lookup(const QByteArray& key) const;
    void insert(const QByteArray& key, quint64 compressedBytes);
    void clear();
    qsizetype size() const;

private:
    EstimateCache() = default;

    mutable std::mutex m_mutex;
    QHash<QByteArray, quint64> m_entries;
};

} // namespace BundleScope
