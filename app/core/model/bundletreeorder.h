// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nodetypes.h"

#include <QtCore/qnamespace.h>

#include <unordered_map>
#include <vector>

namespace BundleScope {

class BundleTree;
class BundleTreeModel;

// The rows of BundleTreeModel: per directory, its children in the display order of the sort column and the inverse
// (row of each child). Built lazily, only for directories whose rows a view asks for (expanded ones), and dropped by
// setSort() and setTree(). Sort keys come from the model's tree, savings and estimates. Part of one BundleTreeModel
// (GUI thread), which owns it; not thread-safe.
class BundleTreeOrder {
public:
    explicit BundleTreeOrder(const BundleTreeModel& model);
    Q_DISABLE_COPY_MOVE(BundleTreeOrder)

    int column() const { return m_column; } // -1: the natural (name byte) order
    Qt::SortOrder order() const { return m_order; }
    void setSort(int column, Qt::SortOrder order); // drops every built order
    void setTree(const BundleTree* tree); // drops every built order, keeps the sort; the model owns the tree

    NodeId childAt(NodeId dir, int row) const;
    int rowOf(NodeId id) const;

private:
    struct ChildOrder {
        std::vector<NodeId> rowToNode;
        std::vector<quint32> nodeToRow; // row of child `first + i`
    };

    const ChildOrder* orderFor(NodeId dir) const; // nullptr while unsorted
    ChildOrder build(NodeId dir) const;

    const BundleTreeModel& m_model;
    const BundleTree* m_tree = nullptr;
    int m_column = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    mutable std::unordered_map<NodeId, ChildOrder> m_orders;
};

} // namespace BundleScope
