// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletreebuilder.h"
#include "scan/contentreader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QHash>

#include <map>

namespace BundleScope::Test {

// A folder bundle for analyzer tests: files written under `root`, a BundleTree built with BundleTreeBuilder (every
// category given by the test), and a ContentReader that opens the files on disk. Test thread only; the tree is
// shared read-only afterwards.
class FixtureBundle : public ContentReader {
public:
    explicit FixtureBundle(QString root)
        : m_root(std::move(root))
    {
    }
    bool addFile(const QString& relativePath, const QByteArray& content, Category category)
    {
        m_files[relativePath] = category;
        return writeFile(m_root + QLatin1Char('/') + relativePath, content);
    }
    BundleTreePtr build()
    {
        BundleTreeBuilder builder(m_root, BundleTree::SourceKind::Folder);
        addFolder(builder, builder.root(), QString());
        m_tree = builder.finish();
        return m_tree;
    }
    std::unique_ptr<QIODevice> open(NodeId id) const override
    {
        auto file = std::make_unique<QFile>(m_root + QLatin1Char('/') + m_tree->path(id));
        if (!file->open(QIODevice::ReadOnly))
            return nullptr;
        return file;
    }
    NodeId node(const QString& relativePath) const { return m_tree->findPath(relativePath); }

private:
    void addFolder(BundleTreeBuilder& builder, NodeId parent, const QString& prefix)
    {
        const QDir dir(m_root + QLatin1Char('/') + prefix);
        const QStringList names
            = dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
        std::vector<QByteArray> encoded;
        std::map<QByteArray, QString> sorted; // byte order, as BundleTree requires
        for (const QString& name : names)
            sorted[QFile::encodeName(name)] = name;
        std::vector<BundleTreeBuilder::Entry> entries;
        for (const auto& [bytes, name] : sorted) {
            encoded.push_back(bytes);
            const QString path = prefix + name;
            const QFileInfo info(dir.filePath(name));
            BundleTreeBuilder::Entry entry;
            entry.name = encoded.back();
            entry.kind = info.isDir() ? NodeKind::Directory : NodeKind::File;
            entry.size = info.isDir() ? 0 : quint64(info.size());
            entry.allocated = entry.size;
            entry.category = info.isDir() ? Category::None : m_files.value(path, Category::Other);
            entries.push_back(entry);
        }
        for (std::size_t i = 0; i < entries.size(); ++i)
            entries[i].name = encoded[i]; // encoded may have moved while growing
        const NodeId first = builder.addChildren(parent, entries);
        NodeId id = first;
        for (const auto& [bytes, name] : sorted) {
            if (QFileInfo(dir.filePath(name)).isDir())
                addFolder(builder, id, prefix + name + QLatin1Char('/'));
            ++id;
        }
    }

    QString m_root;
    QHash<QString, Category> m_files;
    BundleTreePtr m_tree;
};

} // namespace BundleScope::Test
