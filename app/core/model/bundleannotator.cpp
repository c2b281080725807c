// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleannotator.h"

#include "common/logging.h"
#include "packageattributor.h"

#include <array>

namespace BundleScope {

namespace {
    constexpr quint32 UnsetPackage = 0x10000;
    constexpr quint32 MixedPackage = 0x10001;
} // namespace

BundleAnnotator::BundleAnnotator(BundleTreeBuilder& builder, const LayoutDetector::Info& layout)
    : m_builder(builder)
    , m_tree(builder.treeInProgress())
    , m_layout(layout)
    , m_role(m_tree.nodeCount(), Role::Outside)
    , m_inTests(m_tree.nodeCount(), false)
{
}

void BundleAnnotator::annotate(BundleTreeBuilder& builder, const BundleTreeBuilder::FileReader& readFile)
{
    const LayoutDetector::Info layout = LayoutDetector::detect(builder.treeInProgress());
    builder.setContentsRoot(layout.contentsRoot);
    BundleAnnotator annotator(builder, layout);
    annotator.m_runtime = builder.addPackage(PackageAttributor::runtimePackage());
    annotator.assignPathPackages();
    if (readFile)
        annotator.applyRecords(readFile);
    annotator.assignDirectoryPackages();
}

bool BundleAnnotator::isTestsFolderName(QByteArrayView name)
{
    static constexpr std::array<const char*, 6> names { "tests", "test", "testing", "examples", "example",
        "benchmarks" };
    for (const char* candidate : names) {
        if (name == QByteArrayView(candidate))
            return true;
    }
    return false;
}

// One forward pass: parents have smaller ids than their children, so each node's parent is already decided.
void BundleAnnotator::assignPathPackages()
{
    const NodeId contents = m_layout.contentsRoot;
    m_role[contents] = Role::Contents;
    for (NodeId id = 1; id < m_tree.nodeCount(); ++id) {
        if (id == contents)
            continue;
        assignNode(id);
        const NodeId parent = m_tree.parent(id);
        if (m_tree.isDirectory(id)) {
            m_inTests[id]
                = m_inTests[parent] || (m_role[parent] == Role::Inside && isTestsFolderName(m_tree.nameBytes(id)));
        } else if (m_tree.kind(id) == NodeKind::File && m_inTests[parent]) {
            m_builder.setCategory(id, Category::Tests);
        }
    }
}

void BundleAnnotator::assignNode(NodeId id)
{
    const NodeId parent = m_tree.parent(id);
    const bool directory = m_tree.isDirectory(id);
    if (id == m_layout.launcher) {
        m_builder.setPackage(id, m_runtime);
        if (directory)
            m_role[id] = Role::Inside; // an opened launcher: bootloader, PKG members and PYZ are the runtime's
        return;
    }
    if (directory && m_role[parent] != Role::Outside && PackageAttributor::isPyzArchiveName(m_tree.name(id))) {
        m_builder.setPackage(id, m_runtime);
        m_role[id] = Role::Pyz;
        return;
    }
    switch (m_role[parent]) {
    case Role::Pyz: {
        const QString package = PackageAttributor::pyzModulePackage(m_tree.name(id));
        m_builder.setPackage(id, package.isEmpty() ? m_runtime : m_builder.addPackage(package));
        m_role[id] = Role::Inside;
        return;
    }
    case Role::Outside:
        return; // "(other)" and Role::Outside are the defaults
    case Role::Contents: {
        const PackageAttributor::Match match = PackageAttributor::matchTopLevel(m_tree.name(id), directory);
        m_builder.setPackage(id, m_builder.addPackage(match.package));
        if (directory && match.namespaceFolder) {
            m_role[id] = Role::Namespace;
            m_namespacePrefix.insert(id, match.package);
        } else {
            m_role[id] = Role::Inside;
        }
        return;
    }
    case Role::Namespace: {
        const QString package = m_namespacePrefix.value(parent) + u'-' + PackageAttributor::normalize(m_tree.name(id));
        m_builder.setPackage(id, directory ? m_builder.addPackage(package) : m_tree.package(parent));
        m_role[id] = Role::Inside;
        return;
    }
    case Role::Inside:
        m_builder.setPackage(id, m_tree.package(parent));
        m_role[id] = Role::Inside;
        return;
    }
}

// Wheel metadata lists every installed path (PEP 376 RECORD); it is the authority where present.
void BundleAnnotator::applyRecords(const BundleTreeBuilder::FileReader& readFile)
{
    for (NodeId folder : m_tree.children(m_layout.contentsRoot)) {
        if (!m_tree.isDirectory(folder))
            continue;
        const QString package = PackageAttributor::metadataFolderPackage(m_tree.name(folder));
        if (package.isEmpty())
            continue;
        const QString recordPath = m_tree.path(folder) + QLatin1String("/RECORD");
        const NodeId record = m_tree.findPath(recordPath);
        if (record == InvalidNode || m_tree.kind(record) != NodeKind::File)
            continue;
        const QByteArray content = readFile(record, PackageAttributor::MaxRecordBytes);
        if (content.size() >= PackageAttributor::MaxRecordBytes)
            qCWarning(lcModel) << "RECORD truncated at" << PackageAttributor::MaxRecordBytes << "bytes:" << recordPath;
        applyRecord(content, m_builder.addPackage(package));
    }
}

void BundleAnnotator::applyRecord(const QByteArray& record, PackageId package)
{
    const QString prefix = m_tree.path(m_layout.contentsRoot);
    for (const QString& path : PackageAttributor::parseRecord(record)) {
        const NodeId id = m_tree.findPath(prefix.isEmpty() ? path : prefix + u'/' + path);
        if (id != InvalidNode && !m_tree.isDirectory(id))
            m_builder.setPackage(id, package);
    }
}

// One backward pass: children have larger ids, so a directory is final before its parent merges it.
void BundleAnnotator::assignDirectoryPackages()
{
    std::vector<quint32> merged(m_tree.nodeCount(), UnsetPackage);
    for (NodeId id = m_tree.nodeCount(); id-- > 0;) {
        if (m_tree.isDirectory(id) && merged[id] != UnsetPackage)
            m_builder.setPackage(id, merged[id] == MixedPackage ? OtherPackage : PackageId(merged[id]));
        if (id == m_tree.root())
            break;
        quint32& target = merged[m_tree.parent(id)];
        const quint32 mine = m_tree.package(id);
        if (target == UnsetPackage)
            target = mine;
        else if (target != mine)
            target = MixedPackage;
    }
}

} // namespace BundleScope
