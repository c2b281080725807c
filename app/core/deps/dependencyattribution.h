// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deps/dependencygraph.h"
#include "model/bundletree.h"

#include <QCoreApplication>

namespace BundleScope {

// Attributes every native library to the packages whose roots reach it in the DependencyGraph: one package -> that
// package; several -> a "shared: a, b" package whose bytes BundleTree::packageShares() splits evenly among them, so
// per-package totals still add up to the bundle; none -> the path-based package stays (a package folder's library
// that nothing links is most likely dlopen()ed by that package), or "unreferenced" when the path said "(other)".
// Roots of kind Runtime belong to the Python runtime package. Runs once on the scanning thread, before the tree is
// shared (ScanPipeline).
class DependencyAttribution {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::DependencyAttribution)
public:
    static QString unreferencedPackage() { return QStringLiteral("unreferenced"); }
    static QString sharedPackageName(const QStringList& packages); // "shared: scipy, torch"

    static void apply(BundleTree& tree, const DependencyGraph& graph);
};

} // namespace BundleScope
