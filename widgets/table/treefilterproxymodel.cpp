// SPDX-License-Identifier: GPL-3.0-or-later
#include "treefilterproxymodel.h"

#include "model/bundletreemodel.h"

#include <QApplication>
#include <QColor>
#include <QFileIconProvider>
#include <QFont>
#include <QPalette>
#include <QStyle>

namespace BundleScope {

TreeFilterProxyModel::TreeFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(false);
    const QFileIconProvider icons;
    m_folderIcon = icons.icon(QAbstractFileIconProvider::Folder);
    m_fileIcon = icons.icon(QAbstractFileIconProvider::File);
    m_linkIcon = QApplication::style()->standardIcon(QStyle::SP_FileLinkIcon);
}

void TreeFilterProxyModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    const bool glob = trimmed.contains(u'*') || trimmed.contains(u'?') || trimmed.contains(u'[');
    m_glob = glob ? QRegularExpression(QRegularExpression::wildcardToRegularExpression(
                                           trimmed, QRegularExpression::UnanchoredWildcardConversion),
                 QRegularExpression::CaseInsensitiveOption)
                  : QRegularExpression();
    invalidateRowsFilter();
}

void TreeFilterProxyModel::setHighlightedNodes(const QSet<NodeId>& nodes)
{
    m_highlighted = nodes;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::BackgroundRole });
    // A multi-cell dataChanged makes views repaint their whole viewport, nested rows included.
}

QVariant TreeFilterProxyModel::data(const QModelIndex& index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == BundleTreeModel::NameColumn) {
        switch (NodeKind(QSortFilterProxyModel::data(index, BundleTreeModel::KindRole).toInt())) {
        case NodeKind::Directory:
            // A launcher or archive opened in place is a file on disk, not a stray folder named like the bundle.
            if (QSortFilterProxyModel::data(index, BundleTreeModel::FlagsRole).toUInt() & Expandable)
                return m_fileIcon;
            return m_folderIcon;
        case NodeKind::Symlink:
            return m_linkIcon;
        default:
            return m_fileIcon;
        }
    }
    if (role == Qt::BackgroundRole && !m_highlighted.isEmpty()) {
        const NodeId id = NodeId(QSortFilterProxyModel::data(index, BundleTreeModel::NodeIdRole).toUInt());
        if (m_highlighted.contains(id)) {
            QColor tint = QApplication::palette().color(QPalette::Highlight);
            tint.setAlpha(60);
            return tint;
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

void TreeFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    // The source keeps sorted child orders per directory; this proxy keeps the source order (sortColumn -1).
    if (sourceModel())
        sourceModel()->sort(column, order);
}

bool TreeFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_filterText.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, BundleTreeModel::NameColumn, sourceParent);
    if (!sourceParent.isValid())
        return false; // the bundle folder itself stays only as the parent of matches
    const QString name = index.data(Qt::DisplayRole).toString();
    if (m_glob.isValid() && !m_glob.pattern().isEmpty())
        return m_glob.match(name).hasMatch();
    return name.contains(m_filterText, Qt::CaseInsensitive);
}

} // namespace BundleScope
