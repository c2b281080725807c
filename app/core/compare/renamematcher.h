// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nodetypes.h"

#include <QString>

#include <utility>
#include <vector>

namespace BundleScope {

class ContentReader;

// Pairs files that vanished from one build with files that appeared in the next when they hold the same bytes
// (libpython3.11.so -> libpython3.11.so.1.0): a rename, not one removal plus one addition. Only files of equal size are
// read, and only when both sides can be read (a snapshot has no content: nothing is paired). Synchronous; any thread.
class RenameMatcher {
public:
    struct File {
        QString path; // normalized path, as BundleComparison matches files
        NodeId node = InvalidNode;
        quint64 bytes = 0;
    };
    struct Pair {
        std::size_t removed = 0; // index into the removed list
        std::size_t added = 0; // index into the added list
    };

    RenameMatcher(const ContentReader* before, const ContentReader* after);

    // Each file is paired at most once; among equal contents, paths are paired in name order. Empty files never pair
    // (every empty file is equal to every other).
    std::vector<Pair> match(const std::vector<File>& removed, const std::vector<File>& added) const;

private:
    const ContentReader* m_before;
    const ContentReader* m_after;
};

} // namespace BundleScope
