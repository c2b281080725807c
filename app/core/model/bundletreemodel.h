// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundletree.h"
#include "bundletreeorder.h"

#include <QAbstractItemModel>

#include <vector>

namespace BundleScope {

// Qt item model over a scanned BundleTree, without copying it: internalId() is the NodeId. The bundle folder (the
// tree's root) is the single top-level row. Sorting keeps, per directory, an array of its children in sorted order
// (BundleTreeOrder); the arrays are built lazily, only for directories whose rows a view asks for (expanded ones),
// and dropped on the next sort() or setTree(). Engine model: QtCore types only, icons and colours are added in
// widgets/. Lives on the GUI thread; owned by its QObject parent (the main window's table panel).
class BundleTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    // Appending a column: add it before ColumnCount and handle it in the column switch statements.
    enum Column : int {
        NameColumn,
        SizeColumn,
        PercentColumn, // share of the parent folder
        FilesColumn,
        CategoryColumn,
        PackageColumn,
        SavingColumn, // bytes the analysis could save in this node (setSavings); empty before an analysis
        EstimateColumn, // estimated bytes in a .tar.gz (setEstimates); empty before the estimate
        RatioColumn, // EstimateColumn / size
        FlagsColumn, // NodeFlag names ("expandable, compressed")
        ColumnCount
    };
    enum Role : int {
        RawValueRole = Qt::UserRole + 1, // numbers for sorting and bars (quint64 sizes, double fractions, …)
        NodeIdRole, // NodeId as uint
        KindRole, // NodeKind as int
        CategoryRole, // Category as int
        PackageRole, // PackageId as int
        FlagsRole, // NodeFlag bits as uint
    };

    explicit BundleTreeModel(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(BundleTreeModel)

    void setTree(BundleTreePtr tree);
    BundleTreePtr tree() const { return m_tree; }
    // Per-node savings indexed by NodeId (directories already summed); empty clears the column.
    void setSavings(std::vector<quint64> savings);
    quint64 saving(NodeId id) const { return id < m_savings.size() ? m_savings[id] : 0; }
    static QString flagsText(quint8 flags);
    // Per-node estimated compressed bytes indexed by NodeId (directories summed); empty clears the columns.
    void setEstimates(std::vector<quint64> estimates);
    bool hasEstimate(NodeId id) const { return id < m_estimates.size(); }
    quint64 estimate(NodeId id) const { return hasEstimate(id) ? m_estimates[id] : 0; }
    double ratio(NodeId id) const; // estimate / size, 0 for an empty node

    QModelIndex indexForNode(NodeId id, int column = NameColumn) const; // invalid for InvalidNode / no tree
    NodeId nodeForIndex(const QModelIndex& index) const; // InvalidNode for an invalid index
    int sortColumn() const { return m_order.column(); }
    Qt::SortOrder sortOrder() const { return m_order.order(); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // column -1 restores the natural (name byte) order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant displayData(NodeId id, int column) const;
    QVariant rawData(NodeId id, int column) const;
    QString toolTip(NodeId id) const;
    double shareOfParent(NodeId id) const;
    void relayout(int column, Qt::SortOrder order);
    void refreshColumns(int first, int last);

    BundleTreePtr m_tree;
    BundleTreeOrder m_order;
    std::vector<quint64> m_savings;
    std::vector<quint64> m_estimates;
};

} // namespace BundleScope
