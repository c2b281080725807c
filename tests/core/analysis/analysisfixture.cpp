// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisfixture.h"

#include "model/bundletreebuilder.h"
#include "scan/foldersource.h"
#include "testsupport.h"

#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <map>
#include <memory>

namespace BundleScope::Test {

AnalysisFixture::AnalysisFixture() = default;

bool AnalysisFixture::write(const QString& relativePath, const QByteArray& content)
{
    return writeFile(root() + u'/' + relativePath, content);
}

bool AnalysisFixture::writeSized(const QString& relativePath, qint64 size, quint32 seed)
{
    QByteArray content(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char(generator.generate() & 0xff);
    return write(relativePath, content);
}

bool AnalysisFixture::scan()
{
    // The PyInstaller >= 6 launcher next to _internal/ makes the layout detector pick _internal as contents folder.
    const QString launcher = root() + QStringLiteral("/app");
    if (!QFile::exists(launcher)) {
        if (!writeFile(launcher,
                QByteArray("\x7f"
                           "ELF launcher stub")))
            return false;
        QFile::setPermissions(launcher, QFile::permissions(launcher) | QFile::ExeOwner | QFile::ExeUser);
    }
    FolderSource source(root());
    Result<ScanResult> result = source.scan(CancellationToken(), {});
    if (!result)
        return false;
    m_scan = std::move(*result);
    return m_scan.tree && m_scan.reader;
}

std::vector<Candidate> AnalysisFixture::run(
    const Analyzer& analyzer, TargetPlatform platform, quint64 lazyLoadThreshold) const
{
    AnalysisContext context { *m_scan.tree, *m_scan.reader, CancellationToken(), platform, lazyLoadThreshold };
    return analyzer.analyze(context);
}

namespace {

    struct Dir {
        std::map<QByteArray, std::unique_ptr<Dir>> dirs;
        std::map<QByteArray, quint64> files;
    };

    void addLevel(BundleTreeBuilder& builder, NodeId parent, const Dir& dir, const QString& prefix,
        const QStringList& hardLinks, std::vector<std::pair<NodeId, const Dir*>>& pending)
    {
        // Children of one directory: files and folders merged, sorted by name bytes as sources do.
        std::map<QByteArray, BundleTreeBuilder::Entry> entries;
        for (const auto& [name, size] : dir.files) {
            BundleTreeBuilder::Entry entry;
            entry.kind = NodeKind::File;
            entry.size = entry.allocated = size;
            if (hardLinks.contains(prefix + QString::fromUtf8(name)))
                entry.flags = HardLinkDuplicate;
            entries[name] = entry;
        }
        for (const auto& [name, child] : dir.dirs) {
            BundleTreeBuilder::Entry entry;
            entry.kind = NodeKind::Directory;
            entries[name] = entry;
        }
        std::vector<BundleTreeBuilder::Entry> list;
        for (auto& [name, entry] : entries) {
            entry.name = QByteArrayView(name);
            list.push_back(entry);
        }
        NodeId id = builder.addChildren(parent, list);
        for (const auto& [name, entry] : entries) {
            auto it = dir.dirs.find(name);
            if (it != dir.dirs.end())
                pending.push_back({ id, it->second.get() });
            ++id;
        }
    }

} // namespace

BundleTreePtr buildTree(const QMap<QString, quint64>& files, const QStringList& hardLinks, BundleTree::SourceKind kind)
{
    Dir root;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QStringList parts = it.key().split(u'/');
        const QByteArray leaf = parts.takeLast().toUtf8();
        Dir* dir = &root;
        for (const QString& part : std::as_const(parts)) {
            auto& child = dir->dirs[part.toUtf8()];
            if (!child)
                child = std::make_unique<Dir>();
            dir = child.get();
        }
        dir->files[leaf] = it.value();
    }
    BundleTreeBuilder builder(QStringLiteral("/virtual/app"), kind);
    std::vector<std::pair<NodeId, const Dir*>> pending { { builder.root(), &root } };
    // Breadth-first; each pending folder remembers its path prefix so hard links can be matched by path.
    QHash<NodeId, QString> prefixOf { { builder.root(), QString() } };
    for (std::size_t i = 0; i < pending.size(); ++i) {
        const auto [id, dir] = pending[i];
        const std::size_t before = pending.size();
        addLevel(builder, id, *dir, prefixOf.value(id), hardLinks, pending);
        for (std::size_t j = before; j < pending.size(); ++j) {
            // Name of the new folder: look it up among dir's folders by order.
            auto it = dir->dirs.begin();
            std::advance(it, qsizetype(j - before));
            prefixOf.insert(pending[j].first, prefixOf.value(id) + QString::fromUtf8(it->first) + u'/');
        }
    }
    return builder.finish();
}

const Candidate* findCandidate(const std::vector<Candidate>& candidates, const QString& id)
{
    auto it = std::find_if(
        candidates.begin(), candidates.end(), [&id](const Candidate& candidate) { return candidate.id == id; });
    return it == candidates.end() ? nullptr : &*it;
}

} // namespace BundleScope::Test
