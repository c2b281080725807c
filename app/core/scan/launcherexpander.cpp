// SPDX-License-Identifier: GPL-3.0-or-later
#include "launcherexpander.h"

#include <QFile>

namespace BundleScope {

namespace {
    constexpr int s_maxCandidates = 4;
    constexpr qint64 s_maxMemberBytes = 512ll * 1024 * 1024;

    class ExpandedContentReader : public ContentReader {
    public:
        ExpandedContentReader(std::shared_ptr<const ContentReader> base, LauncherExpander::Members members)
            : m_base(std::move(base))
            , m_members(std::move(members))
        {
        }
        std::unique_ptr<QIODevice> open(NodeId id) const override
        {
            const auto it = m_members.constFind(id);
            if (it == m_members.constEnd())
                return m_base->open(id);
            return CArchiveMembers::open(it->executable, it->location, s_maxMemberBytes);
        }
        std::optional<QByteArray> readContent(NodeId id, qint64 maxBytes) const override
        {
            if (!m_members.contains(id))
                return m_base->readContent(id, maxBytes); // the base reader's fast path for the folder's own files
            return ContentReader::readContent(id, maxBytes);
        }

    private:
        std::shared_ptr<const ContentReader> m_base;
        LauncherExpander::Members m_members;
    };

    std::vector<NodeId> launcherCandidates(const BundleTree& tree, const QByteArray& rootName)
    {
        std::vector<NodeId> named;
        std::vector<NodeId> others;
        bool pyinstallerLooking = false;
        for (NodeId child : tree.children(tree.root())) {
            const QByteArrayView name = tree.nameBytes(child);
            if (name == "_internal" || name == "base_library.zip")
                pyinstallerLooking = true;
            if (tree.kind(child) != NodeKind::File || tree.size(child) < 4096)
                continue;
            const bool exe = name.endsWith(".exe") || name.endsWith(".EXE");
            if (!exe && !tree.hasFlag(child, ExecutableBit))
                continue;
            if (name.contains(".so") || name.endsWith(".dll") || name.endsWith(".pyd"))
                continue;
            if (name == rootName || (exe && name.chopped(4) == rootName))
                named.push_back(child);
            else
                others.push_back(child);
        }
        if (pyinstallerLooking) {
            for (std::size_t i = 0; i < others.size() && named.size() < std::size_t(s_maxCandidates); ++i)
                named.push_back(others[i]);
        }
        return named;
    }
} // namespace

LauncherExpander::Members LauncherExpander::expand(
    BundleTreeBuilder& builder, const QByteArray& rootPath, const CancellationToken& token)
{
    Members result;
    const BundleTree& tree = builder.treeInProgress();
    const QByteArray rootName = rootPath.mid(rootPath.lastIndexOf('/') + 1);
    for (NodeId launcher : launcherCandidates(tree, rootName)) {
        if (token.isCancelled())
            break;
        const QString path = QFile::decodeName(rootPath + '/' + tree.nameBytes(launcher).toByteArray());
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        auto archive = CArchiveReader::read(file);
        if (!archive)
            continue; // an ordinary executable
        VirtualTreeBuilder members;
        auto collected = CArchiveMembers::collect(file, *archive, CArchiveMembers::Sizes::Stored, members, token);
        if (!collected)
            continue;
        builder.convertToContainer(launcher);
        for (const auto& [id, locator] : members.emitInto(builder, launcher))
            result.insert(id, { path, collected->locations[std::size_t(locator)] });
        CArchiveMembers::addMetadata(members, *archive, file.size(), collected->pyzBytes);
        for (auto it = members.metadata().constBegin(); it != members.metadata().constEnd(); ++it)
            builder.setMetadata(it.key(), it.value());
    }
    return result;
}

std::shared_ptr<const ContentReader> LauncherExpander::wrapReader(
    std::shared_ptr<const ContentReader> base, Members members)
{
    if (members.isEmpty())
        return base;
    return std::make_shared<const ExpandedContentReader>(std::move(base), std::move(members));
}

} // namespace BundleScope
