// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "model/bundletree.h"
#include "model/category.h"
#include "model/layoutdetector.h"
#include "report/reportsection.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace BundleScope {

class DependencyGraph;

// Everything a report says about a scanned bundle, as plain values computed once from a BundleTree: totals, bytes
// per category and per package, the largest files, the layout and the read errors. Writers (JSON, text, Markdown)
// only format it. Computed on any thread; a value, owned by whoever asked for it. Format: app/core/report/SCHEMA.md.
struct BundleReport {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::BundleReport)
public:
    struct Totals {
        quint64 bytes = 0; // apparent sizes, every inode once
        quint64 allocatedBytes = 0; // on disk (st_blocks * 512), every inode once
        quint32 files = 0;
        quint32 dirs = 0; // below the root
        quint32 symlinks = 0;
        quint32 errors = 0;
    };
    struct CategoryEntry {
        Category category = Category::Other; // Category::None: symlinks and special files
        quint64 bytes = 0;
        quint32 files = 0; // entries (files, or symlinks for Category::None)
    };
    struct PackageEntry {
        QString name;
        quint64 bytes = 0; // everything attributed to it (PackageSizes); each entry counts in one package only
        quint32 files = 0;
        // What goes if this package goes: the part of `bytes` no other package needs (0 for a "shared: a, b" entry).
        quint64 exclusiveBytes = 0;
        // The rest of `bytes`: native libraries it owns (or, for "shared: a, b", holds) that other packages need too.
        quint64 sharedBytes = 0;
        QStringList sharedWith; // the packages that need those libraries too, sorted
    };
    struct FileEntry {
        QString path; // relative to the root, '/'-separated
        quint64 bytes = 0;
        Category category = Category::Other;
        QString package;
        // Native files: the shortest chain of files that load it, from the file itself to a root (extension module,
        // launcher); empty otherwise or when nothing does.
        QStringList neededBy;
    };
    struct ErrorEntry {
        QString path;
        QString message;
    };
    // The PyInstaller archive (CArchive, PyInstaller/archive/writers.py) in the launcher or one-file executable, from
    // the tree's "pyinstaller.*" metadata (CArchiveMembers); pythonVersion 0 when the scan found none.
    struct PyInstallerInfo {
        int pythonVersion = 0; // 311 for Python 3.11
        QString pythonLibrary;
        quint64 bootloaderBytes = 0; // the executable in front of the archive, plus trailing bytes
        quint64 pkgBytes = 0;
        quint64 pyzBytes = 0;
        bool oneFile = false; // unpacks itself to a temporary folder at every start
        bool isPresent() const { return pythonVersion > 0; }
        QString pythonVersionText() const; // "3.11"
    };

    static constexpr int DefaultTop = 20;

    // Sorted: categories and packages by bytes descending then name, largest by bytes then path, errors by path.
    static BundleReport fromTree(const BundleTree& tree, int top = DefaultTop);
    // The same, with `needed_by` chains of the largest files from the native dependency graph (may be null).
    static BundleReport fromTree(const BundleTree& tree, int top, const DependencyGraph* dependencies);

    // Adds errors found after the scan (entries an analyzer could not read) to `errors` and the totals.
    void addErrors(const std::vector<Error>& more);

    // Category label for reports (adds "Symlinks and special files" for Category::None).
    static QString categoryLabel(Category category);
    static QString sourceId(BundleTree::SourceKind kind); // "folder", "onefile", "archive", "snapshot"

    QString root; // what the user opened
    QString rootName;
    BundleLayout layout = BundleLayout::PlainFolder;
    QString source;
    QString contentsPath; // relative to the root; empty when the root is the contents folder
    Totals totals;
    std::vector<CategoryEntry> categories; // only categories with entries
    std::vector<PackageEntry> packages; // every package that owns bytes or files
    std::vector<FileEntry> largest; // at most `top`, regular files, hard-link duplicates skipped
    std::vector<ErrorEntry> errors; // every error
    PyInstallerInfo pyinstaller;
    int top = DefaultTop;
    std::vector<ReportSection> extraSections; // contributed by later stages, written after the core sections
};

} // namespace BundleScope
