// SPDX-License-Identifier: GPL-3.0-or-later
#include "treemaptooltip.h"

#include "common/sizeformat.h"
#include "model/bundletree.h"

#include <QLocale>

namespace BundleScope {

QString TreemapToolTip::text(const BundleTree& tree, const TreemapTile& tile, quint64 parentBytes, quint64 totalBytes)
{
    if (!tree.isValid(tile.node))
        return {};
    const bool small = tile.kind == TreemapTile::Kind::SmallFiles;
    const QString path = tree.path(tile.node);
    const QString shownPath = path.isEmpty() ? tree.name(tile.node) : path;
    QStringList lines;
    if (small)
        lines << tr("%n small file(s) in %1", "", int(tile.count)).arg(shownPath);
    else
        lines << shownPath;
    lines << tr("Size: %1 (%2 bytes)").arg(SizeFormat::format(tile.bytes), QLocale().toString(tile.bytes));
    // A SmallFiles tile's parent is its own folder.
    if (parentBytes > 0 && (small || tile.node != tree.root()))
        lines << tr("Share of folder: %1").arg(SizeFormat::percent(double(tile.bytes) / double(parentBytes)));
    if (totalBytes > 0)
        lines << tr("Share of bundle: %1").arg(SizeFormat::percent(double(tile.bytes) / double(totalBytes)));
    if (!small) {
        if (tree.isDirectory(tile.node))
            lines << tr("Folder with %n file(s)", "", int(tree.fileCount(tile.node)));
        else
            lines << tr("Category: %1").arg(CategoryInfo::displayName(tree.category(tile.node)));
        lines << tr("Package: %1").arg(tree.packageName(tree.package(tile.node)));
        if (const std::vector<PackageId> users = tree.packageUsers(tile.node); !users.empty()) {
            QStringList names;
            for (PackageId user : users)
                names.append(tree.packageName(user));
            names.sort();
            lines << tr("Needed by: %1").arg(names.join(QLatin1String(", ")));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace BundleScope
