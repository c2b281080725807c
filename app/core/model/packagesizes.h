// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletree.h"

#include <vector>

namespace BundleScope {

// Bytes per package that answer "what goes if this package goes", from the attribution in a BundleTree (package() and
// packageUsers(), see DependencyAttribution). Every entry counts in exactly one package, so the sizes add up to the
// bundle; nothing is split. A pure function of the tree: any thread; values owned by the caller.
class PackageSizes {
public:
    struct Entry {
        quint64 bytes = 0; // every entry attributed to the package (hard links once)
        quint32 files = 0; // entries (files, symlinks) attributed to it
        // The part of `bytes` that goes with the package alone: its entries that no other package needs. A "shared:"
        // package has 0: no single package takes its libraries with it.
        quint64 exclusiveBytes = 0;
        // Other packages that need some of its native libraries (for a "shared: a, b" package: a and b), sorted.
        std::vector<PackageId> sharedWith;
    };

    // One entry per BundleTree::packageNames() index.
    static std::vector<Entry> compute(const BundleTree& tree);

    // True when entry `id` leaves the bundle once every package in `excluded` (sorted) is excluded: every package that
    // needs it is excluded, or, when at most one does, its package is.
    static bool goesWith(const BundleTree& tree, NodeId id, const std::vector<PackageId>& excluded);
    // Bytes of the non-directory entries that go with `excluded` (hard links once).
    static quint64 bytesGoingWith(const BundleTree& tree, const std::vector<PackageId>& excluded);
};

} // namespace BundleScope
