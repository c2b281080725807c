// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/candidate.h"
#include "model/bundletree.h"

#include <QString>

#include <vector>

namespace BundleScope {

// Path and package questions the analyzers share: where a file sits relative to the contents folder, which package
// it belongs to, which files make up a top-level Python module. Stateless helpers over an immutable tree; any thread.
class PackageLocator {
public:
    // Path relative to the contents folder ("torch/lib/libc10.so"); relative to the root for files outside it.
    static QString contentsPath(const BundleTree& tree, NodeId id);
    // The package a file belongs to: its attributed package, else the first component of its contents path
    // (without a .dist-info / .egg-info suffix or version), else "" for files at the top of the contents folder.
    static QString packageKey(const BundleTree& tree, NodeId id);
    // Regular files at or below `node`, in id order.
    static void collectFiles(const BundleTree& tree, NodeId node, std::vector<NodeId>& out);
    // Files of a top-level module: folder `module/`, single-file `module.*` (extension modules), its
    // `module-*.dist-info` / `.egg-info`, `lib-dynload/module.*`, and files attributed to package `module`.
    static std::vector<NodeId> moduleFiles(const BundleTree& tree, const QString& module);
    // What excluding `modules` takes along: of `files` (found by path and package), those that no package outside the
    // group needs (PackageSizes::goesWith), plus native libraries elsewhere that only the group's packages need. The
    // files that stay because other packages need them go to `kept` (sorted). Result sorted by id.
    static std::vector<NodeId> removableFiles(const BundleTree& tree, const std::vector<NodeId>& files,
        const QStringList& modules, std::vector<NodeId>& kept);
    // Bytes the files add to the bundle total (hard-link duplicates add nothing).
    static quint64 countedBytes(const BundleTree& tree, const std::vector<NodeId>& files);
    // One removesFile saving per file, worth its counted size.
    static std::vector<Candidate::FileSaving> removals(const BundleTree& tree, const std::vector<NodeId>& files);
    // "foo_bar" for "Foo-Bar", "foo.bar", as PEP 503 normalizes distribution names (with '_' as separator).
    static QString normalizedName(QStringView name);
};

} // namespace BundleScope
