// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletree.h"
#include "model/category.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace BundleScope {

class ContentReader;

// The difference between two scans of a bundle (folders, archives, one-file executables or snapshots), "before"
// (baseline) and "after" (e.g. optimized): totals, and per package, per category and per file what was added,
// removed, grew or shrank, each list sorted by absolute change. Files are matched by their path relative to each
// tree's contentsRoot(), so a PyInstaller 5 top-level layout and a PyInstaller 6 `_internal/` layout of the same
// program pair up (counted in `movedFiles`) instead of showing as removed + added. A plain value computed on any
// thread, owned by whoever asked. Given the means to read both sides, a file that vanished and one that appeared with
// the same bytes pair up as Renamed (RenameMatcher). JSON form: app/core/compare/COMPARE.md.
struct BundleComparison {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::BundleComparison)
public:
    enum class Change { Added, Removed, Grown, Shrunk, Unchanged, Renamed };

    struct Entry {
        QString name; // normalized file path, package name or category id
        quint64 before = 0;
        quint64 after = 0;
        Change change = Change::Unchanged;
        Category category = Category::Other; // files: the after category (before when removed)
        QString package; // files only
        QString previousName; // Renamed files: the path before (name is the path after)
        qint64 delta() const { return qint64(after) - qint64(before); }
        std::optional<double> fraction() const; // delta / before; nullopt when before is 0
    };
    struct Side {
        QString root;
        QString rootName;
        quint64 bytes = 0;
        quint32 files = 0;
    };

    // Readers (optional) let files with the same bytes under another name pair up as renames.
    static BundleComparison compare(const BundleTree& before, const BundleTree& after,
        const ContentReader* beforeReader = nullptr, const ContentReader* afterReader = nullptr);
    // The path files are matched by: relative to contentsRoot() when inside it, else relative to the root.
    static QString normalizedPath(const BundleTree& tree, NodeId id);
    static QString changeId(Change change); // "added", "removed", "grown", "shrunk", "unchanged", "renamed"
    static QString changeLabel(Change change); // translated

    qint64 delta() const { return qint64(after.bytes) - qint64(before.bytes); }
    std::optional<double> fraction() const;
    int count(Change change) const; // files with that change

    Side before;
    Side after;
    std::vector<Entry> packages;
    std::vector<Entry> categories;
    std::vector<Entry> files;
    quint32 movedFiles = 0; // matched files at another path inside the bundle folder (layout moves)
};

} // namespace BundleScope
