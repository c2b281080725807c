// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/bundlecomparison.h"

#include <QAbstractItemModel>

#include <memory>

namespace BundleScope {

// A flat table over one list of a BundleComparison (files, packages or categories): name, change, before, after,
// delta and delta %. RawValueRole carries numbers (quint64 sizes, qint64 delta, double fraction) for sorting and bars;
// display text uses QLocale::formattedDataSize. QtCore only: colours come from widgets/compare. GUI thread; owned by
// its view (QObject parent).
class CompareModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Level { Files, Packages, Categories };
    enum Column { NameColumn, ChangeColumn, BeforeColumn, AfterColumn, DeltaColumn, PercentColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        ChangeRole, // int(BundleComparison::Change)
    };

    explicit CompareModel(QObject* parent = nullptr);

    void setComparison(std::shared_ptr<const BundleComparison> comparison);
    std::shared_ptr<const BundleComparison> comparison() const { return m_comparison; }
    void setLevel(Level level);
    Level level() const { return m_level; }
    const BundleComparison::Entry* entry(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const std::vector<BundleComparison::Entry>* entries() const;
    QVariant displayData(const BundleComparison::Entry& entry, int column) const;
    QVariant rawData(const BundleComparison::Entry& entry, int column) const;

    std::shared_ptr<const BundleComparison> m_comparison;
    Level m_level = Level::Files;
};

} // namespace BundleScope
