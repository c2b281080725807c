// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundletreebuilder.h"

namespace BundleScope {

// Second pass over a freshly built tree, run by BundleTreeBuilder::finish() on the scanning thread: finds the contents
// folder (PyInstaller >= 6 "_internal", or the root for older layouts), turns files under tests/ examples/ …
// folders of a package into Category::Tests, and attributes every file to a Python package or library family.
class BundleAnnotator {
public:
    static void annotate(BundleTree& tree, const BundleTreeBuilder::FileReader& readFile);
};

} // namespace BundleScope
