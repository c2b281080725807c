// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotreader.h"

#include "deps/dependencyattribution.h"
#include "model/bundletreebuilder.h"
#include "model/category.h"
#include "snapshot/readerrorssection.h"

#include <KCompressionDevice>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace BundleScope {

namespace {
    const QLatin1String s_schemaPrefix("bundlescope.snapshot/");

    std::optional<NodeKind> kindFromId(const QString& id)
    {
        if (id == QLatin1String("d"))
            return NodeKind::Directory;
        if (id == QLatin1String("f"))
            return NodeKind::File;
        if (id == QLatin1String("l"))
            return NodeKind::Symlink;
        if (id == QLatin1String("o"))
            return NodeKind::Other;
        return std::nullopt;
    }

    // One saved node, validated, in the order of the file.
    struct SavedNode {
        qint64 parent = -1;
        QByteArray name;
        BundleTreeBuilder::Entry entry;
    };

    QByteArray nodeName(const QJsonObject& node)
    {
        if (node.contains(QLatin1String("nb")))
            return QByteArray::fromBase64(node.value(QLatin1String("nb")).toString().toLatin1());
        return node.value(QLatin1String("n")).toString().toUtf8();
    }
    // Node member "u": indices into the package table, at least two.
    bool packageIndicesOk(const QJsonObject& node, qsizetype packageCount)
    {
        const QJsonValue users = node.value(QLatin1String("u"));
        if (users.isUndefined())
            return true;
        const QJsonArray array = users.toArray();
        return array.size() >= 2 && std::all_of(array.begin(), array.end(), [packageCount](const QJsonValue& v) {
            return v.isDouble() && v.toInteger(-1) >= 0 && v.toInteger(-1) < packageCount;
        });
    }

    std::vector<PackageId> packageUsers(const QJsonObject& node)
    {
        std::vector<PackageId> users;
        for (const QJsonValue& value : node.value(QLatin1String("u")).toArray())
            users.push_back(PackageId(value.toInteger()));
        std::sort(users.begin(), users.end());
        users.erase(std::unique(users.begin(), users.end()), users.end());
        return users;
    }

} // namespace

Result<QByteArray> SnapshotReader::gunzip(const QByteArray& data, const QString& path)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    KCompressionDevice device(&buffer, false, KCompressionDevice::GZip);
    if (!device.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Malformed, tr("The compressed snapshot cannot be opened."), path);
    QByteArray out;
    char chunk[65536];
    for (;;) {
        const qint64 got = device.read(chunk, sizeof chunk);
        if (got < 0)
            return makeError(Error::Code::Malformed, tr("The compressed snapshot is corrupt or truncated."), path);
        if (got == 0)
            break;
        out.append(chunk, got);
    }
    if (out.isEmpty())
        return makeError(Error::Code::Malformed, tr("The compressed snapshot is empty or truncated."), path);
    return out;
}

Result<Snapshot> SnapshotReader::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.exists() ? Error::Code::PermissionDenied : Error::Code::NotFound,
            tr("The snapshot cannot be opened: %1").arg(file.errorString()), path);
    return decode(file.readAll(), path);
}

Result<Snapshot> SnapshotReader::decode(const QByteArray& bytes, const QString& path)
{
    QByteArray json = bytes;
    if (bytes.startsWith("\x1f\x8b")) {
        Result<QByteArray> plain = gunzip(bytes, path);
        if (!plain)
            return plain.error();
        json = std::move(*plain);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(Error::Code::Malformed,
            tr("The snapshot is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset),
            path);
    if (!document.isObject())
        return makeError(Error::Code::Malformed, tr("The snapshot is not a JSON object."), path);
    return fromJson(document.object(), path);
}

bool SnapshotReader::looksLikeSnapshot(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    if (name.endsWith(QLatin1String(".bundlescope.json")) || name.endsWith(QLatin1String(".bundlescope.json.gz")))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(256);
    return head.trimmed().startsWith('{') && head.contains(QByteArray(s_schemaPrefix.data(), s_schemaPrefix.size()));
}

Result<Snapshot> SnapshotReader::fromJson(const QJsonObject& root, const QString& path)
{
    const QString schema = root.value(QLatin1String("schema")).toString();
    if (!schema.startsWith(s_schemaPrefix))
        return makeError(
            Error::Code::Malformed, tr("This is not a BundleScope snapshot (schema \"%1\").").arg(schema), path);
    bool ok = false;
    const int version = schema.mid(s_schemaPrefix.size()).toInt(&ok);
    if (!ok || version < 1)
        return makeError(
            Error::Code::Malformed, tr("The snapshot schema \"%1\" has no valid version.").arg(schema), path);
    if (version > FormatVersion)
        return makeError(Error::Code::Unsupported,
            tr("The snapshot uses format version %1; this BundleScope reads version %2 only. Update BundleScope.")
                .arg(version)
                .arg(FormatVersion),
            path);
    const QJsonArray nodes = root.value(QLatin1String("nodes")).toArray();
    const QStringList packages = root.value(QLatin1String("packages")).toVariant().toStringList();
    if (nodes.isEmpty() || packages.isEmpty())
        return makeError(Error::Code::Malformed, tr("The snapshot has no nodes or no package table."), path);

    std::vector<SavedNode> saved(std::size_t(nodes.size()));
    std::vector<std::vector<NodeId>> children(saved.size());
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QJsonObject node = nodes.at(i).toObject();
        SavedNode& s = saved[std::size_t(i)];
        const auto kind = kindFromId(node.value(QLatin1String("k")).toString());
        s.parent = i == 0 ? -1 : node.value(QLatin1String("p")).toInteger(-1);
        const bool parentOk = i == 0
            ? !node.contains(QLatin1String("p"))
            : s.parent >= 0 && s.parent < i && saved[std::size_t(s.parent)].entry.kind == NodeKind::Directory;
        const qint64 package = node.value(QLatin1String("g")).toInteger(0);
        if (!kind || !parentOk || (i == 0 && *kind != NodeKind::Directory) || package < 0 || package >= packages.size()
            || node.value(QLatin1String("s")).toInteger(0) < 0 || !packageIndicesOk(node, packages.size()))
            return makeError(Error::Code::Malformed, tr("Node %1 of the snapshot is inconsistent.").arg(i), path);
        s.name = nodeName(node);
        s.entry.kind = *kind;
        s.entry.size = quint64(node.value(QLatin1String("s")).toInteger(0));
        s.entry.allocated = quint64(node.value(QLatin1String("b")).toInteger(0)) * 512;
        s.entry.mtime = node.value(QLatin1String("m")).toInteger(0);
        s.entry.flags = quint8(node.value(QLatin1String("f")).toInt(0));
        s.entry.category = *kind == NodeKind::File ? CategoryInfo::fromId(node.value(QLatin1String("c")).toString())
                                                   : Category::None;
        if (i > 0)
            children[std::size_t(s.parent)].push_back(NodeId(i));
    }

    const QString rootPath = root.value(QLatin1String("root")).toString();
    BundleTreeBuilder builder(
        rootPath.isEmpty() ? path : rootPath, BundleTree::SourceKind::Snapshot, saved[0].entry.mtime);
    std::vector<NodeId> newIds(saved.size(), InvalidNode);
    newIds[0] = 0;
    // Breadth-first from the root: each directory gets its children as one block, sorted by name bytes.
    std::vector<NodeId> queue { 0 };
    for (std::size_t q = 0; q < queue.size(); ++q) {
        std::vector<NodeId>& kids = children[queue[q]];
        std::sort(kids.begin(), kids.end(), [&saved](NodeId a, NodeId b) { return saved[a].name < saved[b].name; });
        if (kids.empty())
            continue;
        std::vector<BundleTreeBuilder::Entry> entries;
        entries.reserve(kids.size());
        for (NodeId kid : kids) {
            entries.push_back(saved[kid].entry);
            entries.back().name = QByteArrayView(saved[kid].name);
        }
        const NodeId first = builder.addChildren(newIds[queue[q]], entries);
        for (std::size_t k = 0; k < kids.size(); ++k) {
            newIds[kids[k]] = first + NodeId(k);
            if (saved[kids[k]].entry.kind == NodeKind::Directory)
                queue.push_back(kids[k]);
        }
    }
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QJsonObject node = nodes.at(i).toObject();
        const NodeId id = newIds[std::size_t(i)];
        if (node.contains(QLatin1String("l")))
            builder.setSymlinkTarget(id, node.value(QLatin1String("l")).toString().toUtf8());
        if (node.contains(QLatin1String("e")))
            builder.setError(id, node.value(QLatin1String("e")).toString());
        if (node.contains(QLatin1String("t")))
            builder.setStoredSize(id, quint64(node.value(QLatin1String("t")).toInteger(0)));
    }
    builder.addFlags(0, saved[0].entry.flags);
    const QVariantMap metadata = root.value(QLatin1String("metadata")).toObject().toVariantMap();
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        builder.setMetadata(it.key(), it.value());

    // The builder's root entry has no blocks of its own: the saved ones (annotate() counts them for the root).
    builder.setOwnAllocatedSize(0, quint64(nodes.at(0).toObject().value(QLatin1String("b")).toInteger(0)) * 512);
    builder.annotate();
    restoreAnnotations(builder, root, newIds, packages);
    if (!path.isEmpty())
        builder.setRootPath(path);
    Snapshot snapshot;
    snapshot.tree = builder.finish();
    snapshot.sections = root.value(QLatin1String("sections")).toObject();
    snapshot.created = root.value(QLatin1String("created")).toString();
    ReadErrorsSection::Recorded recorded = ReadErrorsSection::parse(snapshot.sections);
    snapshot.analysisErrors = std::move(recorded.analysis);
    snapshot.estimateErrors = std::move(recorded.estimate);
    return snapshot;
}

void SnapshotReader::restoreLegacyShared(BundleTreeBuilder& builder, NodeId id, const QString& pathPackage)
{
    const BundleTree& tree = builder.treeInProgress();
    // Written before snapshots had "u": a library several packages need went to "shared: a, b" and its bytes were
    // split evenly. Recover the users from the name and give the library its owner as a scan would now.
    const QStringList names = DependencyAttribution::sharedPackageNames(tree.packageName(tree.package(id)));
    std::vector<PackageId> users;
    for (const QString& name : names) {
        if (const PackageId user = tree.packageId(name); user != OtherPackage)
            users.push_back(user);
    }
    if (users.size() < 2 || users.size() != std::size_t(names.size()))
        return;
    std::sort(users.begin(), users.end());
    DependencyAttribution::attributeShared(builder, id, users, tree.packageId(pathPackage));
}

void SnapshotReader::restoreAnnotations(
    BundleTreeBuilder& builder, const QJsonObject& root, const std::vector<NodeId>& newIds, const QStringList& packages)
{
    // The annotator ran again in annotate(); the saved categories, packages and contents folder win. Its path-based
    // packages stay at hand for libraries that snapshots written without "u" gave to a "shared: a, b" package.
    const BundleTree& tree = builder.treeInProgress();
    const QStringList annotatedNames = tree.packageNames();
    std::vector<PackageId> annotated(tree.nodeCount());
    for (NodeId id = 0; id < tree.nodeCount(); ++id)
        annotated[id] = tree.package(id);
    builder.setPackageTable(packages);
    const QJsonArray nodes = root.value(QLatin1String("nodes")).toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QJsonObject node = nodes.at(i).toObject();
        const NodeId id = newIds[std::size_t(i)];
        builder.setPackage(id, PackageId(node.value(QLatin1String("g")).toInt(0)));
        const QJsonValue category = node.value(QLatin1String("c"));
        builder.setCategory(id, category.isString() ? CategoryInfo::fromId(category.toString()) : Category::None);
        if (node.contains(QLatin1String("u")))
            builder.setPackageUsers(id, packageUsers(node));
        else
            restoreLegacyShared(builder, id, annotatedNames.value(annotated[id]));
    }
    const qint64 contents = root.value(QLatin1String("contents_node")).toInteger(0);
    const NodeId contentsId = contents >= 0 && contents < qint64(newIds.size()) ? newIds[std::size_t(contents)] : 0;
    builder.setContentsRoot(tree.isDirectory(contentsId) ? contentsId : 0);
    const QString rootName = root.value(QLatin1String("root_name")).toString();
    if (!rootName.isEmpty())
        builder.setRootName(rootName);
}

} // namespace BundleScope
