// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot/historystore.h"

#include <QAbstractTableModel>

#include <vector>

namespace BundleScope {

// The snapshots of one bundle as a table: date, total, change vs the previous snapshot and that change in percent.
// RawValueRole carries numbers (msecs since the epoch, bytes, signed delta, fraction) for sorting; PathRole the
// snapshot file. GUI thread; owned by its parent (HistoryPanel).
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, TotalColumn, ChangeColumn, PercentColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, PathRole };

    explicit HistoryModel(QObject* parent = nullptr);

    void setEntries(std::vector<HistoryStore::Entry> entries); // oldest first
    const std::vector<HistoryStore::Entry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(int row, int column) const;
    QString text(int row, int column) const;
    qint64 delta(int row) const; // 0 for the first snapshot

    std::vector<HistoryStore::Entry> m_entries;
};

} // namespace BundleScope
