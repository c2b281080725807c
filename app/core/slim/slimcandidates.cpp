// SPDX-License-Identifier: GPL-3.0-or-later
#include "slimcandidates.h"

#include "analysis/packagelocator.h"
#include "analysis/specfragmentgenerator.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace BundleScope {

namespace {
    QString relativeLink(const QString& from, const QString& to)
    {
        // Both relative to the bundle folder; QDir needs absolute paths to relate them.
        const QString base = QStringLiteral("/bundle/");
        return QDir(QFileInfo(base + from).path()).relativeFilePath(base + to);
    }

    quint64 ownBytes(const BundleTree& tree, NodeId id)
    {
        return tree.kind(id) == NodeKind::File && !tree.hasFlag(id, HardLinkDuplicate) ? tree.size(id) : 0;
    }

    NodeId launcherOf(const BundleTree& tree, NodeId id)
    {
        for (NodeId parent = tree.parent(id); parent != InvalidNode && parent != tree.root();
             parent = tree.parent(parent)) {
            if (tree.hasFlag(parent, Expandable))
                return parent;
        }
        return InvalidNode;
    }

    // The action removing a virtual node from its launcher's PYZ, or nothing when the node is another kind of
    // launcher member (a PKG member, the PYZ's index) that the rewriter does not remove.
    std::optional<SlimAction> pyzModuleAction(const BundleTree& tree, NodeId id)
    {
        const NodeId launcher = launcherOf(tree, id);
        if (!tree.isValid(launcher) || tree.kind(id) != NodeKind::File)
            return std::nullopt;
        const QString launcherPath = tree.path(launcher);
        const QString member = tree.path(id).mid(launcherPath.size() + 1);
        const qsizetype slash = member.indexOf(u'/');
        if (slash <= 0 || !member.left(slash).endsWith(QLatin1String(".pyz"), Qt::CaseInsensitive)
            || !member.endsWith(QLatin1String(".pyc")))
            return std::nullopt;
        return SlimAction { launcherPath, QString(), ownBytes(tree, id), member };
    }

    // The PYZ nodes (module files and package folders) of the dotted `modules` and everything below them, in every
    // launcher of the bundle: what Analysis(excludes=[...]) keeps out, besides the files the candidate names.
    std::vector<NodeId> pyzNodesNamed(const BundleTree& tree, const QStringList& modules)
    {
        std::vector<NodeId> nodes;
        if (modules.isEmpty())
            return nodes;
        for (NodeId launcher = 1; launcher < tree.nodeCount(); ++launcher) {
            if (!tree.isDirectory(launcher) || !tree.hasFlag(launcher, Expandable))
                continue;
            for (NodeId pyz : tree.children(launcher)) {
                if (!tree.isDirectory(pyz) || !tree.name(pyz).endsWith(QLatin1String(".pyz"), Qt::CaseInsensitive))
                    continue;
                const QString base = tree.path(pyz) + u'/';
                for (const QString& module : modules) {
                    const QString path = base + QString(module).replace(u'.', u'/');
                    for (const QString& candidatePath : QStringList { path, path + QStringLiteral(".pyc") }) {
                        const NodeId node = tree.findPath(candidatePath);
                        if (tree.isValid(node))
                            nodes.push_back(node);
                    }
                }
            }
        }
        return nodes;
    }
} // namespace

std::vector<SlimAction> SlimCandidates::pyzModuleActions(const BundleTree& tree, const QStringList& modules)
{
    std::vector<SlimAction> actions;
    QSet<QString> seen;
    for (NodeId node : pyzNodesNamed(tree, modules)) {
        for (NodeId id : filesBelow(tree, node)) {
            std::optional<SlimAction> action = pyzModuleAction(tree, id);
            if (action && !seen.contains(action->path + u'\n' + action->member)) {
                seen.insert(action->path + u'\n' + action->member);
                actions.push_back(std::move(*action));
            }
        }
    }
    return actions;
}

SlimSelection SlimSelection::parse(const QString& text)
{
    SlimSelection selection;
    if (text.isEmpty() || text == u"advised")
        return selection;
    if (text == u"all") {
        selection.mode = Mode::All;
        return selection;
    }
    selection.mode = Mode::Ids;
    for (const QString& id : text.split(u',', Qt::SkipEmptyParts))
        selection.ids.append(id.trimmed());
    return selection;
}

bool SlimCandidates::isVirtual(const BundleTree& tree, NodeId id)
{
    for (NodeId parent = tree.parent(id); parent != InvalidNode; parent = tree.parent(parent)) {
        if (tree.hasFlag(parent, Expandable))
            return true;
        if (parent == tree.root())
            break;
    }
    return false;
}

std::vector<NodeId> SlimCandidates::filesBelow(const BundleTree& tree, NodeId id)
{
    if (!tree.isDirectory(id))
        return { id };
    std::vector<NodeId> files;
    std::vector<NodeId> stack { id };
    while (!stack.empty()) {
        const NodeId dir = stack.back();
        stack.pop_back();
        for (NodeId child : tree.children(dir)) {
            if (tree.isDirectory(child))
                stack.push_back(child);
            else
                files.push_back(child);
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

QString SlimCandidates::notTriedReason(const Candidate& candidate)
{
    switch (candidate.kind) {
    case Candidate::Kind::StripDebug:
        return tr("rewrites binaries (strip) instead of removing files; apply it in the .spec and re-run slim");
    case Candidate::Kind::Upx:
        return tr("rewrites binaries (UPX) instead of removing files; apply it in the .spec and re-run slim");
    case Candidate::Kind::ModelPrecision:
    case Candidate::Kind::LazyLoadModel:
        return tr("needs a code change (converting or loading the weights differently)");
    case Candidate::Kind::Layout:
        return tr("needs a rebuild with another layout");
    default:
        return tr("removes no files on its own; needs a code change or a rebuild");
    }
}

SlimItem SlimCandidates::makeItem(const BundleTree& tree, const Candidate& candidate)
{
    SlimItem item;
    item.id = candidate.id;
    item.kind = candidateKindId(candidate.kind);
    item.title = candidate.title;
    item.saving = candidate.saving;
    int virtualFiles = 0;
    QSet<QString> seen;
    std::vector<SlimAction> actions;
    quint64 saving = 0;
    std::vector<NodeId> nodes;
    for (const Candidate::FileSaving& file : candidate.files) {
        if (file.removesFile && tree.isValid(file.node))
            nodes.push_back(file.node);
    }
    // An exclusion keeps every module of the excluded names out, also those the candidate's files do not list
    // (setuptools' candidate excludes distutils and _distutils_hack too).
    for (NodeId node : pyzNodesNamed(tree, candidate.excludes))
        nodes.push_back(node);
    for (NodeId node : nodes) {
        if (isVirtual(tree, node)) {
            for (NodeId id : filesBelow(tree, node)) {
                std::optional<SlimAction> action = pyzModuleAction(tree, id);
                if (!action) {
                    ++virtualFiles;
                    continue;
                }
                const QString key = action->path + u'\n' + action->member;
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                saving += action->bytes;
                actions.push_back(std::move(*action));
            }
            continue;
        }
        const bool link = candidate.kind == Candidate::Kind::Duplicate && tree.isValid(candidate.keep);
        for (NodeId id : filesBelow(tree, node)) {
            const QString path = tree.path(id);
            if (seen.contains(path))
                continue;
            seen.insert(path);
            SlimAction action { path, link ? relativeLink(path, tree.path(candidate.keep)) : QString(),
                ownBytes(tree, id) };
            saving += action.bytes;
            actions.push_back(std::move(action));
        }
    }
    if (virtualFiles > 0 && actions.empty()) {
        item.evidence = tr("its files are members of the launcher's archive other than PYZ modules; verifying them "
                           "needs a rebuild");
        return item;
    }
    if (actions.empty()) {
        item.evidence = notTriedReason(candidate);
        return item;
    }
    if (virtualFiles > 0)
        item.note = tr("%n launcher member(s) other than PYZ modules stay (not verified)", nullptr, virtualFiles);
    item.actions = std::move(actions);
    item.saving = saving;
    return item;
}

Result<std::vector<SlimItem>> SlimCandidates::fromAnalysis(
    const BundleTree& tree, const std::vector<Candidate>& candidates, const SlimSelection& selection)
{
    std::vector<SlimItem> items;
    QStringList missing = selection.ids;
    for (const Candidate& candidate : candidates) {
        const bool chosen = selection.mode == SlimSelection::Mode::All
            || (selection.mode == SlimSelection::Mode::Advised && candidate.advised)
            || (selection.mode == SlimSelection::Mode::Ids && selection.ids.contains(candidate.id));
        if (!chosen)
            continue;
        missing.removeAll(candidate.id);
        items.push_back(makeItem(tree, candidate));
    }
    if (!missing.isEmpty())
        return makeError(Error::Code::InvalidArgument,
            tr("No candidate with the id %1 (bundlescope report PATH --candidates lists them).")
                .arg(missing.join(QStringLiteral(", "))));
    return items;
}

std::vector<SlimItem> SlimCandidates::fromTrace(
    const BundleTree& tree, const TraceLog& trace, const std::vector<SlimItem>& existing, quint64 minBytes, int limit)
{
    QSet<QString> covered;
    for (const SlimItem& item : existing) {
        for (const SlimAction& action : item.actions)
            covered.insert(action.path);
    }
    std::vector<SlimItem> items;
    for (NodeId id : trace.untouched(tree, minBytes, limit)) {
        SlimItem item;
        item.id = QStringLiteral("unused:") + tree.path(id);
        item.kind = QStringLiteral("unused_in_run");
        item.title = tree.isDirectory(id) ? tr("Folder %1, not opened in the traced run").arg(tree.path(id))
                                          : tr("%1, not opened in the traced run").arg(tree.path(id));
        for (NodeId file : filesBelow(tree, id)) {
            const QString path = tree.path(file);
            if (covered.contains(path))
                continue;
            item.actions.push_back({ path, QString(), ownBytes(tree, file) });
            item.saving += ownBytes(tree, file);
        }
        if (item.saving >= minBytes)
            items.push_back(std::move(item));
    }
    return items;
}

QString SlimCandidates::specFragment(
    const BundleTree& tree, const std::vector<Candidate>& candidates, const std::vector<SlimItem>& items)
{
    std::vector<Candidate> all = candidates;
    QSet<QString> checked;
    for (const SlimItem& item : items) {
        if (item.verdict != SlimVerdict::Removed)
            continue;
        checked.insert(item.id);
        if (item.kind != u"unused_in_run")
            continue;
        // Not an analysis candidate: a datas/binaries filter for the unused path.
        Candidate unused;
        unused.kind = Candidate::Kind::DevFiles;
        unused.id = item.id;
        unused.title = item.title;
        const NodeId node = tree.findPath(item.id.mid(int(qstrlen("unused:"))));
        if (tree.isValid(node)) {
            const QString path = PackageLocator::contentsPath(tree, node);
            unused.dropPatterns.append(tree.isDirectory(node) ? path + QStringLiteral("/*") : path);
            // Its bytes, so that the fragment's headline counts what the trial removed (it said 205.2 MiB of the
            // 254.7 MiB verified on the torch bundle: the unused paths were missing).
            unused.bytes = unused.saving = tree.size(node);
            unused.files.push_back({ node, tree.size(node), true });
        }
        all.push_back(std::move(unused));
    }
    return SpecFragmentGenerator::generate(tree, all, checked);
}

} // namespace BundleScope
