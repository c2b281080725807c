// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutdetector.h"

#include "bundletree.h"

#include <QRegularExpression>

namespace BundleScope {

namespace {

    constexpr int MaxWrapperDepth = 4;

    bool isRuntimeMarker(QStringView name)
    {
        static const QRegularExpression re(
            QStringLiteral("^(?:base_library\\.zip|libpython3[^/]*\\.(?:so(?:\\.[0-9]+)*|dylib)|python3[0-9]*\\.dll)$"),
            QRegularExpression::CaseInsensitiveOption);
        return re.match(name.toString()).hasMatch();
    }

    bool isSharedLibraryName(QStringView name)
    {
        static const QRegularExpression re(
            QStringLiteral("\\.(?:so(?:\\.[0-9]+)*|dll|dylib|pyd)$"), QRegularExpression::CaseInsensitiveOption);
        return re.match(name.toString()).hasMatch();
    }

    // Descends through folders that hold exactly one folder and nothing else ("dist/app/" inside an archive).
    NodeId unwrap(const BundleTree& tree, NodeId start)
    {
        NodeId current = start;
        for (int depth = 0; depth < MaxWrapperDepth; ++depth) {
            const BundleTree::ChildRange range = tree.children(current);
            if (range.count != 1 || !tree.isDirectory(range.first) || tree.hasFlag(range.first, Expandable)
                || tree.name(range.first) == u"_internal")
                break;
            current = range.first;
        }
        return current;
    }

    // The launcher of a bundle folder: prefer the one named like the folder ("app" or "app.exe").
    NodeId findLauncher(const BundleTree& tree, NodeId folder)
    {
        NodeId first = InvalidNode;
        const QString folderName = tree.name(folder);
        for (NodeId child : tree.children(folder)) {
            if (!LayoutDetector::isLauncherCandidate(tree, child))
                continue;
            const QString name = tree.name(child);
            if (name == folderName || name.compare(folderName + QLatin1String(".exe"), Qt::CaseInsensitive) == 0)
                return child;
            if (first == InvalidNode)
                first = child;
        }
        return first;
    }

    bool hasRuntimeMarker(const BundleTree& tree, NodeId folder)
    {
        for (NodeId child : tree.children(folder)) {
            if (!tree.isDirectory(child) && isRuntimeMarker(tree.name(child)))
                return true;
        }
        return false;
    }

    // PyInstaller >= 6 with --contents-directory NAME: the folder next to the launcher that holds the runtime.
    NodeId findCustomContents(const BundleTree& tree, NodeId folder)
    {
        for (NodeId child : tree.children(folder)) {
            if (tree.isDirectory(child) && hasRuntimeMarker(tree, child))
                return child;
        }
        return InvalidNode;
    }

} // namespace

bool LayoutDetector::isLauncherCandidate(const BundleTree& tree, NodeId id)
{
    const bool openedLauncher = tree.kind(id) == NodeKind::Directory && tree.hasFlag(id, Expandable);
    if (openedLauncher)
        return true;
    if (tree.kind(id) != NodeKind::File || tree.category(id) == Category::NativeLibrary)
        return false;
    const QString name = tree.name(id);
    if (isSharedLibraryName(name))
        return false;
    return tree.hasFlag(id, ExecutableBit) || tree.category(id) == Category::Executable
        || name.endsWith(QLatin1String(".exe"), Qt::CaseInsensitive);
}

LayoutDetector::Info LayoutDetector::detect(const BundleTree& tree)
{
    Info info;
    const NodeId base = unwrap(tree, tree.root());
    const NodeId launcher = findLauncher(tree, base);
    const NodeId internal = tree.findPath(QString(tree.path(base) + QLatin1String("/_internal")));
    // _internal/ with the Python runtime in it is PyInstaller 6 even when the launcher is not recognised (a launcher
    // for another platform inside an archive that kept no permission bits).
    const bool hasInternal = internal != InvalidNode && tree.isDirectory(internal);
    if (hasInternal && (launcher != InvalidNode || hasRuntimeMarker(tree, internal))) {
        info = { BundleLayout::PyInstallerOnedir6, base, internal, launcher };
    } else if (launcher != InvalidNode && hasRuntimeMarker(tree, base)) {
        info = { BundleLayout::PyInstallerOnedirLegacy, base, base, launcher };
    } else if (const NodeId custom = launcher != InvalidNode ? findCustomContents(tree, base) : InvalidNode;
               custom != InvalidNode) {
        info = { BundleLayout::PyInstallerOnedir6, base, custom, launcher };
    } else {
        // Past wrapper folders too: an archive of dist/app/ compares file for file with the dist/app folder.
        info = { BundleLayout::PlainFolder, base, base, InvalidNode };
    }
    switch (tree.sourceKind()) {
    case BundleTree::SourceKind::OneFileExecutable:
        info.layout = BundleLayout::PyInstallerOnefile;
        break;
    case BundleTree::SourceKind::Archive:
        info.layout = BundleLayout::Archive;
        break;
    case BundleTree::SourceKind::Folder:
    case BundleTree::SourceKind::Snapshot:
        break;
    }
    return info;
}

QString LayoutDetector::id(BundleLayout layout)
{
    switch (layout) {
    case BundleLayout::PyInstallerOnedir6:
        return QStringLiteral("pyinstaller-onedir-6");
    case BundleLayout::PyInstallerOnedirLegacy:
        return QStringLiteral("pyinstaller-onedir-legacy");
    case BundleLayout::PyInstallerOnefile:
        return QStringLiteral("pyinstaller-onefile");
    case BundleLayout::Archive:
        return QStringLiteral("archive");
    case BundleLayout::PlainFolder:
        return QStringLiteral("plain-folder");
    }
    return {};
}

QString LayoutDetector::displayName(BundleLayout layout)
{
    switch (layout) {
    case BundleLayout::PyInstallerOnedir6:
        return tr("PyInstaller one-folder bundle (6.0 or later)");
    case BundleLayout::PyInstallerOnedirLegacy:
        return tr("PyInstaller one-folder bundle (before 6.0)");
    case BundleLayout::PyInstallerOnefile:
        return tr("PyInstaller one-file executable");
    case BundleLayout::Archive:
        return tr("Archive");
    case BundleLayout::PlainFolder:
        return tr("Plain folder");
    }
    return {};
}

} // namespace BundleScope
