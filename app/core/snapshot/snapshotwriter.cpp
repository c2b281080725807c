// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotwriter.h"

#include "model/category.h"
#include "report/bundlereport.h"

#include <KCompressionDevice>

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace BundleScope {

namespace {
    QString kindId(NodeKind kind)
    {
        switch (kind) {
        case NodeKind::Directory:
            return QStringLiteral("d");
        case NodeKind::File:
            return QStringLiteral("f");
        case NodeKind::Symlink:
            return QStringLiteral("l");
        case NodeKind::Other:
            break;
        }
        return QStringLiteral("o");
    }
} // namespace

QJsonObject SnapshotWriter::nodeJson(const BundleTree& tree, NodeId id)
{
    QJsonObject node;
    if (id != tree.root())
        node.insert(QLatin1String("p"), qint64(tree.parent(id)));
    const QByteArray name = tree.nameBytes(id).toByteArray();
    const QString decoded = QString::fromUtf8(name);
    if (decoded.toUtf8() == name)
        node.insert(QLatin1String("n"), decoded);
    else
        node.insert(QLatin1String("nb"), QString::fromLatin1(name.toBase64()));
    node.insert(QLatin1String("k"), kindId(tree.kind(id)));
    if (!tree.isDirectory(id)) {
        node.insert(QLatin1String("s"), qint64(tree.size(id)));
        if (tree.storedSize(id) != tree.size(id))
            node.insert(QLatin1String("t"), qint64(tree.storedSize(id)));
    }
    if (const quint64 blocks = tree.ownAllocatedSize(id) / 512; blocks != 0)
        node.insert(QLatin1String("b"), qint64(blocks));
    if (tree.modificationTime(id) != 0)
        node.insert(QLatin1String("m"), tree.modificationTime(id));
    if (tree.flags(id) != NoFlags)
        node.insert(QLatin1String("f"), int(tree.flags(id)));
    if (tree.kind(id) == NodeKind::File || tree.category(id) != Category::None)
        node.insert(QLatin1String("c"), CategoryInfo::id(tree.category(id)));
    if (tree.package(id) != OtherPackage)
        node.insert(QLatin1String("g"), int(tree.package(id)));
    const std::vector<PackageId> users = tree.packageUsers(id);
    if (!users.empty()) {
        QJsonArray array;
        for (PackageId user : users)
            array.append(int(user));
        node.insert(QLatin1String("u"), array);
    }
    if (tree.kind(id) == NodeKind::Symlink)
        node.insert(QLatin1String("l"), tree.symlinkTarget(id));
    const QString error = tree.error(id);
    if (!error.isEmpty())
        node.insert(QLatin1String("e"), error);
    return node;
}

QJsonObject SnapshotWriter::toJson(const BundleTree& tree, const std::vector<ReportSection>& sections)
{
    QJsonObject root;
    root.insert(QLatin1String("schema"), QStringLiteral("bundlescope.snapshot/1"));
    root.insert(QLatin1String("generator"), QStringLiteral("bundlescope " BUNDLESCOPE_VERSION));
    root.insert(QLatin1String("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    root.insert(QLatin1String("root"), tree.rootPath());
    root.insert(QLatin1String("root_name"), tree.name(tree.root()));
    root.insert(QLatin1String("source"), BundleReport::sourceId(tree.sourceKind()));
    root.insert(QLatin1String("contents_node"), qint64(tree.contentsRoot()));
    root.insert(QLatin1String("total_bytes"), qint64(tree.totalSize()));
    root.insert(QLatin1String("metadata"), QJsonObject::fromVariantMap(tree.metadata()));
    root.insert(QLatin1String("packages"), QJsonArray::fromStringList(tree.packageNames()));
    QJsonArray nodes;
    for (NodeId id = 0; id < tree.nodeCount(); ++id)
        nodes.append(nodeJson(tree, id));
    root.insert(QLatin1String("nodes"), nodes);
    QJsonObject extra;
    for (const ReportSection& section : sections)
        extra.insert(section.key, section.json);
    root.insert(QLatin1String("sections"), extra);
    return root;
}

QByteArray SnapshotWriter::gzip(const QByteArray& data)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        KCompressionDevice device(&buffer, false, KCompressionDevice::GZip);
        if (!device.open(QIODevice::WriteOnly))
            return {};
        device.write(data);
        device.close();
    }
    return buffer.data();
}

QByteArray SnapshotWriter::encode(const BundleTree& tree, const std::vector<ReportSection>& sections, bool forceGzip)
{
    // QJsonObject sorts its keys; put "schema" first so a reader can recognise the file from its first bytes.
    QJsonObject object = toJson(tree, sections);
    const QString schema = object.take(QLatin1String("schema")).toString();
    const QByteArray json
        = "{\"schema\":\"" + schema.toUtf8() + "\"," + QJsonDocument(object).toJson(QJsonDocument::Compact).mid(1);
    return forceGzip || json.size() > GzipThreshold ? gzip(json) : json;
}

Result<void> SnapshotWriter::save(
    const BundleTree& tree, const QString& path, const std::vector<ReportSection>& sections)
{
    const QByteArray bytes = encode(tree, sections, path.endsWith(QLatin1String(".gz")));
    if (bytes.isEmpty())
        return makeError(Error::Code::Io, tr("The snapshot could not be compressed."), path);
    // Unbuffered: write() then reaches the file system and a short write (a full disk) shows in its result. Buffered,
    // the bytes would only be flushed by commit(), and Qt 6.4's commit() can miss a failed flush.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return makeError(Error::Code::Io, tr("The snapshot could not be written: %1").arg(file.errorString()), path);
    if (const qint64 written = file.write(bytes); written != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(Error::Code::Io,
            tr("The snapshot could not be written (%1 of %2 bytes): %3")
                .arg(qMax<qint64>(written, 0))
                .arg(bytes.size())
                .arg(reason),
            path);
    }
    if (!file.commit())
        return makeError(Error::Code::Io, tr("The snapshot could not be written: %1").arg(file.errorString()), path);
    return {};
}

} // namespace BundleScope
