// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/bundletree.h"
#include "report/reportsection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace BundleScope {

// Serializes a scanned BundleTree (every node with size, allocation, mtime, flags, category, package, symlink target,
// stored size and error; the metadata; optional report sections such as candidates and estimates) to the versioned
// JSON document "bundlescope.snapshot/1" described in app/core/snapshot/SNAPSHOT.md. Files above 1 MiB of JSON are
// gzip-compressed (RFC 1952) through KCompressionDevice. Stateless, any thread.
class SnapshotWriter {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::SnapshotWriter)
public:
    static constexpr qsizetype GzipThreshold = 1024 * 1024;

    static QJsonObject toJson(const BundleTree& tree, const std::vector<ReportSection>& sections = {});
    // The bytes of a snapshot file: JSON, gzip-compressed when larger than GzipThreshold (or when forced).
    static QByteArray encode(
        const BundleTree& tree, const std::vector<ReportSection>& sections = {}, bool forceGzip = false);
    // Writes encode() to `path` through QSaveFile; forces gzip when `path` ends in ".gz".
    [[nodiscard]] static Result<void> save(
        const BundleTree& tree, const QString& path, const std::vector<ReportSection>& sections = {});
    static QByteArray gzip(const QByteArray& data);

private:
    static QJsonObject nodeJson(const BundleTree& tree, NodeId id);
};

} // namespace BundleScope
