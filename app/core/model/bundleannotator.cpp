// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleannotator.h"

namespace BundleScope {

void BundleAnnotator::annotate(BundleTree& tree, const BundleTreeBuilder::FileReader& readFile)
{
    Q_UNUSED(readFile)
    const NodeId internal = tree.findPath(u"_internal");
    tree.setContentsRoot(internal != InvalidNode && tree.isDirectory(internal) ? internal : tree.root());
}

} // namespace BundleScope
