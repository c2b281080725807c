// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundletreebuilder.h"
#include "layoutdetector.h"

#include <vector>

namespace BundleScope {

// Second pass over a freshly built tree, run by BundleTreeBuilder::annotate() on the scanning thread: finds the
// contents folder (PyInstaller >= 6 "_internal", or the root for older layouts), turns files under tests/ examples/ …
// folders of a package into Category::Tests, and attributes every file to a Python package or library family
// (path rules: PackageAttributor::rules(); then *.dist-info/RECORD listings; directories get their subtree's package
// when it is uniform). Linear in the node count; one instance per annotate() call.
class BundleAnnotator {
public:
    static void annotate(BundleTreeBuilder& builder, const BundleTreeBuilder::FileReader& readFile);

    // Folder names whose files are tests or examples when they sit inside a package.
    static bool isTestsFolderName(QByteArrayView name);

private:
    // Where a node sits relative to the contents folder; drives which rules apply to its children.
    // Pyz: a PYZ archive opened as a folder; its children are top-level Python modules and packages.
    enum class Role : std::uint8_t { Outside, Contents, Namespace, Inside, Pyz };

    BundleAnnotator(BundleTreeBuilder& builder, const LayoutDetector::Info& layout);
    void assignPathPackages();
    void assignNode(NodeId id);
    void applyRecords(const BundleTreeBuilder::FileReader& readFile);
    void applyRecord(const QByteArray& record, PackageId package);
    void assignDirectoryPackages();

    BundleTreeBuilder& m_builder;
    const BundleTree& m_tree; // m_builder's tree, for reading
    LayoutDetector::Info m_layout;
    std::vector<Role> m_role;
    std::vector<bool> m_inTests;
    QHash<NodeId, QString> m_namespacePrefix;
    PackageId m_runtime = OtherPackage;
};

} // namespace BundleScope
