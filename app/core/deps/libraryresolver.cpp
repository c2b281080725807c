// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryresolver.h"

#include <QDir>

namespace BundleScope {

namespace {

    constexpr int MaxLinkHops = 16;

    QString joined(const QString& folder, const QString& name)
    {
        return folder.isEmpty() ? name : folder + u'/' + name;
    }

    // A '/'-separated path inside the tree, or a null string when it leaves the tree or is absolute.
    QString cleanInside(const QString& path)
    {
        if (path.startsWith(u'/'))
            return {};
        const QString clean = QDir::cleanPath(path);
        if (clean == QLatin1String("..") || clean.startsWith(QLatin1String("../")))
            return {};
        return clean == QLatin1String(".") ? QString(QLatin1String("")) : clean;
    }

} // namespace

LibraryResolver::LibraryResolver(
    const BundleTree& tree, const std::vector<NodeId>& natives, const QHash<NodeId, QString>& sonames)
    : m_tree(tree)
    , m_contents(tree.path(tree.contentsRoot()))
{
    if (m_contents.isNull())
        m_contents = QLatin1String(""); // the root: an empty, not a null, folder path
    for (NodeId id : natives) {
        QStringList names { tree.name(id) };
        if (const QString soname = sonames.value(id); !soname.isEmpty())
            names.append(soname.section(u'/', -1));
        for (const QString& name : std::as_const(names)) {
            if (!m_byName.contains(name))
                m_byName.insert(name, id);
            if (!m_byLowerName.contains(name.toLower()))
                m_byLowerName.insert(name.toLower(), id);
        }
    }
    // The launcher sits in the root folder (macOS: Contents/MacOS); @executable_path is its folder.
    m_executableFolder = m_tree.contentsRoot() == m_tree.root()
        ? m_contents
        : m_tree.path(m_tree.parent(m_tree.contentsRoot())) + QLatin1String("");
}

NodeId LibraryResolver::followLinks(NodeId id) const
{
    for (int hop = 0; hop < MaxLinkHops && id != InvalidNode; ++hop) {
        if (m_tree.kind(id) != NodeKind::Symlink)
            return id;
        const QString target = cleanInside(joined(folderOf(id), m_tree.symlinkTarget(id)));
        id = target.isNull() ? InvalidNode : m_tree.findPath(target);
    }
    return id != InvalidNode && m_tree.kind(id) == NodeKind::File ? id : InvalidNode;
}

QString LibraryResolver::folderOf(NodeId id) const
{
    return id == m_tree.root() ? QString(QLatin1String("")) : m_tree.path(m_tree.parent(id)) + QLatin1String("");
}

NodeId LibraryResolver::lookUp(const QString& folder, const QString& name, bool caseInsensitive) const
{
    if (folder.isNull())
        return InvalidNode;
    NodeId found = m_tree.findPath(joined(folder, name));
    if (found == InvalidNode && caseInsensitive) {
        const NodeId dir = folder.isEmpty() ? m_tree.root() : m_tree.findPath(folder);
        if (dir == InvalidNode || !m_tree.isDirectory(dir))
            return InvalidNode;
        for (NodeId child : m_tree.children(dir)) {
            if (m_tree.name(child).compare(name, Qt::CaseInsensitive) == 0) {
                found = child;
                break;
            }
        }
    }
    return found == InvalidNode ? InvalidNode : followLinks(found);
}

NodeId LibraryResolver::byName(const QString& name, bool caseInsensitive) const
{
    return caseInsensitive ? m_byLowerName.value(name.toLower(), InvalidNode) : m_byName.value(name, InvalidNode);
}

LibraryResolver::Match LibraryResolver::resolve(NodeId from, const NativeImports& imports, const QString& name) const
{
    Match match;
    switch (imports.format) {
    case NativeImports::Format::Elf:
        match = resolveElf(from, imports, name);
        break;
    case NativeImports::Format::MachO:
        match = resolveMachO(from, imports, name);
        break;
    case NativeImports::Format::Pe:
        match = { lookUp(folderOf(from), name, true), Confidence::Loader };
        break;
    case NativeImports::Format::None:
        return {};
    }
    const bool pe = imports.format == NativeImports::Format::Pe;
    const QString base = name.section(u'/', -1);
    if (match.node == InvalidNode)
        match = { lookUp(m_contents, base, pe), Confidence::ContentsFolder };
    if (match.node == InvalidNode)
        match = { byName(base, pe), Confidence::ByName };
    return match;
}

LibraryResolver::Match LibraryResolver::resolveElf(NodeId from, const NativeImports& imports, const QString& name) const
{
    if (name.contains(u'/')) // a path: used as it is, relative to the working directory
        return {};
    const QString origin = folderOf(from);
    for (QString entry : imports.searchPaths) {
        entry.replace(QLatin1String("${ORIGIN}"), QLatin1String("$ORIGIN"));
        if (!entry.startsWith(QLatin1String("$ORIGIN")))
            continue; // an absolute path on the build or target machine: outside the bundle
        entry.replace(0, 7, origin.isEmpty() ? QStringLiteral(".") : origin);
        if (const NodeId found = lookUp(cleanInside(entry), name, false); found != InvalidNode)
            return { found, Confidence::Loader };
    }
    return {};
}

QString LibraryResolver::expandMachO(QString path, NodeId from, const QString& rpath) const
{
    const auto replacePrefix = [&path](QLatin1String prefix, const QString& with) {
        if (path.startsWith(prefix))
            path = (with.isEmpty() ? QStringLiteral(".") : with) + path.mid(prefix.size());
    };
    replacePrefix(QLatin1String("@rpath"), rpath);
    replacePrefix(QLatin1String("@loader_path"), folderOf(from));
    replacePrefix(QLatin1String("@executable_path"), m_executableFolder);
    return path.startsWith(u'@') ? QString() : cleanInside(path);
}

LibraryResolver::Match LibraryResolver::resolveMachO(
    NodeId from, const NativeImports& imports, const QString& name) const
{
    QStringList candidates;
    if (name.startsWith(QLatin1String("@rpath/"))) {
        for (const QString& rpath : imports.searchPaths) {
            const QString expanded = expandMachO(rpath, from, {});
            if (!expanded.isNull())
                candidates.append(expandMachO(name, from, expanded));
        }
    } else if (name.startsWith(u'@')) {
        candidates.append(expandMachO(name, from, {}));
    }
    for (const QString& candidate : std::as_const(candidates)) {
        if (candidate.isEmpty())
            continue;
        if (const NodeId found = lookUp(candidate.section(u'/', 0, -2), candidate.section(u'/', -1), false);
            found != InvalidNode)
            return { found, Confidence::Loader };
    }
    if (name.startsWith(u'/'))
        return { InvalidNode, Confidence::ByName }; // system path: still try contents folder and name (frameworks)
    return {};
}

} // namespace BundleScope
