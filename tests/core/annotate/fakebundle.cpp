// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakebundle.h"

#include "model/bundletreebuilder.h"

#include <QMap>
#include <QQueue>

namespace BundleScope::Test {

std::shared_ptr<BundleTree> buildFakeTree(
    const QList<FakeFile>& files, BundleTree::SourceKind kind, bool withReader, qint64* requestedMax)
{
    QMap<QString, QMap<QByteArray, int>> children; // folder -> name -> index in files, -1 for folders
    for (int i = 0; i < files.size(); ++i) {
        const QStringList parts = files[i].path.split(u'/');
        for (int k = 0; k < parts.size(); ++k) {
            const bool last = k + 1 == parts.size();
            auto& names = children[parts.mid(0, k).join(u'/')];
            const QByteArray name = parts[k].toUtf8();
            if (last || !names.contains(name))
                names.insert(name, last ? i : -1);
        }
    }
    BundleTreeBuilder builder(QStringLiteral("/fake/app"), kind);
    QHash<NodeId, QByteArray> contents;
    QQueue<QPair<NodeId, QString>> folders;
    folders.enqueue({ builder.root(), QString() });
    while (!folders.isEmpty()) {
        const auto [id, folder] = folders.dequeue();
        const QMap<QByteArray, int> names = children.value(folder);
        std::vector<BundleTreeBuilder::Entry> entries;
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            BundleTreeBuilder::Entry entry;
            entry.name = it.key();
            entry.kind = it.value() < 0 ? NodeKind::Directory : NodeKind::File;
            if (it.value() >= 0) {
                const FakeFile& file = files[it.value()];
                entry.size = file.size;
                entry.allocated = (file.size + 4095) / 4096 * 4096;
                entry.category = file.category;
                entry.flags = file.flags;
            }
            entries.push_back(entry);
        }
        if (entries.empty())
            continue;
        const NodeId first = builder.addChildren(id, entries);
        int k = 0;
        for (auto it = names.cbegin(); it != names.cend(); ++it, ++k) {
            const QString path
                = folder.isEmpty() ? QString::fromUtf8(it.key()) : folder + u'/' + QString::fromUtf8(it.key());
            if (it.value() < 0)
                folders.enqueue({ first + NodeId(k), path });
            else
                contents.insert(first + NodeId(k), files[it.value()].content);
        }
    }
    if (!withReader)
        return builder.finish();
    return builder.finish([&contents, requestedMax](NodeId id, qint64 maxBytes) {
        if (requestedMax)
            *requestedMax = maxBytes;
        return contents.value(id).left(maxBytes);
    });
}

} // namespace BundleScope::Test
