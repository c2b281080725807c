// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nodetypes.h"

#include <QIcon>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>

namespace BundleScope {

// The tree table's view of a BundleTreeModel: recursive name filter (substring, or a glob when the text holds * ? or
// [), icons by node kind and a tint for highlighted nodes. Sorting is forwarded to the source model, which keeps
// per-directory orders, so the proxy never sorts 100k rows itself. GUI thread; owned by TreeTablePanel.
class TreeFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TreeFilterProxyModel(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(TreeFilterProxyModel)

    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }
    void setHighlightedNodes(const QSet<NodeId>& nodes);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_filterText;
    QRegularExpression m_glob; // valid only in glob mode
    QSet<NodeId> m_highlighted;
    QIcon m_folderIcon;
    QIcon m_fileIcon;
    QIcon m_linkIcon;
};

} // namespace BundleScope
