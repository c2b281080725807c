// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletree.h"

#include <QSet>
#include <QWidget>

class QLineEdit;
class QMenu;
class QTreeView;

namespace BundleScope {

class BundleTreeModel;
class TreeFilterProxyModel;

// The tree table: a filter box over a sortable QTreeView of the bundle (BundleTreeModel behind a
// TreeFilterProxyModel), a % bar column and a context menu (open containing folder, copy path, copy size).
// Reports the current node and follows selectNode() from the treemap. GUI thread; owned by BundleView.
class TreeTablePanel : public QWidget {
    Q_OBJECT
public:
    explicit TreeTablePanel(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(TreeTablePanel)

    void setTree(BundleTreePtr tree);
    // Expands the ancestors, selects the row and scrolls to it; no nodeSelected() echo.
    void selectNode(NodeId id);
    NodeId selectedNode() const;
    void setHighlightedNodes(const QSet<NodeId>& nodes);
    QTreeView* view() const { return m_view; }
    BundleTreeModel* model() const { return m_model; }
    QLineEdit* filterEdit() const { return m_filter; }

Q_SIGNALS:
    void nodeSelected(NodeId id);
    void nodeActivated(NodeId id); // double-click

private:
    void onCurrentChanged(const QModelIndex& current);
    void showContextMenu(const QPoint& position);
    void openContainingFolder(NodeId id) const;
    QModelIndex viewIndexForNode(NodeId id) const;

    BundleTreePtr m_tree;
    QLineEdit* m_filter = nullptr;
    QTreeView* m_view = nullptr;
    BundleTreeModel* m_model = nullptr;
    TreeFilterProxyModel* m_proxy = nullptr;
    bool m_syncing = false; // selectNode() in progress: do not echo nodeSelected()
};

} // namespace BundleScope
