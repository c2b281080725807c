// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/bundletreebuilder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace BundleScope {

// A snapshot file loaded back: the tree (SourceKind::Snapshot, categories, packages and contents root exactly as
// saved) and the report sections stored next to it (key -> JSON value, e.g. "candidates").
struct Snapshot {
    std::shared_ptr<const BundleTree> tree;
    QJsonObject sections;
    QString created; // ISO 8601 UTC, when the snapshot was written
    // Entries the analysis and the estimate of the scan could not read (the "read_errors" section,
    // ReadErrorsSection); empty for snapshots written before it existed.
    std::vector<Error> analysisErrors;
    std::vector<Error> estimateErrors;
};

// Parses "bundlescope.snapshot/1" documents (app/core/snapshot/SNAPSHOT.md), plain or gzip-compressed (detected by
// the 1f 8b magic). Malformed, truncated or future-version files give an Error, never a partial tree. Stateless,
// any thread.
class SnapshotReader {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::SnapshotReader)
public:
    static constexpr int FormatVersion = 1;

    // `path` becomes the tree's rootPath() (what the user opened); the root keeps the bundle's saved name.
    static Result<Snapshot> load(const QString& path);
    static Result<Snapshot> decode(const QByteArray& bytes, const QString& path = {});
    // True when `path` is named *.bundlescope.json[.gz] or starts with a snapshot's "schema" member.
    static bool looksLikeSnapshot(const QString& path);
    static Result<QByteArray> gunzip(const QByteArray& data, const QString& path = {});

private:
    static Result<Snapshot> fromJson(const QJsonObject& root, const QString& path);
    static void restoreLegacyShared(BundleTreeBuilder& builder, NodeId id, const QString& pathPackage);
    static void restoreAnnotations(BundleTreeBuilder& builder, const QJsonObject& root,
        const std::vector<NodeId>& newIds, const QStringList& packages);
};

} // namespace BundleScope
