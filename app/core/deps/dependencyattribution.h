// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deps/dependencygraph.h"
#include "model/bundletreebuilder.h"

#include <QCoreApplication>

namespace BundleScope {

// Attributes every native library to the packages whose roots reach it in the DependencyGraph, so that a package's
// size answers "what goes if this package goes":
// - one package reaches it -> that package;
// - several -> the library is recorded with all of them (BundleTree::packageUsers()) and belongs to its owner among
//   them (owner()): the Python runtime when it needs it too (the interpreter is never excluded), else the package
//   whose folder (or RECORD) holds it (torch/lib/, numpy.libs/), else the package whose name family it carries
//   (libtorch_cpu, libc10 -> torch); else, when only one package reaches it other than through another package's
//   libraries, to that one (libdnnl, needed by functorch only through torch's libtorch_cpu, is torch's); else to a
//   "shared: a, b" package naming the packages that reach it directly. Its bytes are never split; PackageSizes derives
//   each package's exclusive bytes from the users;
// - none -> the path-based package stays (a package folder's library that nothing links is most likely dlopen()ed by
//   that package), or "unreferenced" when the path said "(other)".
// Roots of kind Runtime belong to the Python runtime package. Runs once on the scanning thread, before the tree is
// shared (ScanPipeline).
class DependencyAttribution {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::DependencyAttribution)
public:
    static QString unreferencedPackage() { return QStringLiteral("unreferenced"); }
    static QString sharedPackageName(const QStringList& packages); // "shared: scipy, torch"
    static bool isSharedPackageName(const QString& name);
    // The package names a sharedPackageName() lists; empty for other names.
    static QStringList sharedPackageNames(const QString& name);

    // The owner of native library `id` among `users` (sorted, two or more) by the rules above, given the package its
    // path gave it (`pathPackage`); OtherPackage when none owns it.
    static PackageId owner(
        const BundleTree& tree, NodeId id, const std::vector<PackageId>& users, PackageId pathPackage);

    static void apply(BundleTreeBuilder& builder, const DependencyGraph& graph);
    // Gives a library with several users its owner, or the "shared: a, b" package; records the users. Also used by
    // SnapshotReader to bring snapshots written before owners existed up to date.
    static void attributeShared(
        BundleTreeBuilder& builder, NodeId id, const std::vector<PackageId>& users, PackageId pathPackage);
};

} // namespace BundleScope
