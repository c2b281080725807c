// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymodel.h"

#include "common/sizeformat.h"

#include <QLocale>

namespace BundleScope {

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setEntries(std::vector<HistoryStore::Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 HistoryModel::delta(int row) const
{
    if (row <= 0)
        return 0;
    return qint64(m_entries[std::size_t(row)].bytes) - qint64(m_entries[std::size_t(row) - 1].bytes);
}

QVariant HistoryModel::rawValue(int row, int column) const
{
    const HistoryStore::Entry& entry = m_entries[std::size_t(row)];
    switch (column) {
    case DateColumn:
        return entry.time.toMSecsSinceEpoch();
    case TotalColumn:
        return entry.bytes;
    case ChangeColumn:
        return delta(row);
    case PercentColumn: {
        const quint64 previous = row > 0 ? m_entries[std::size_t(row) - 1].bytes : 0;
        return previous > 0 ? double(delta(row)) / double(previous) : 0.0;
    }
    default:
        return {};
    }
}

QString HistoryModel::text(int row, int column) const
{
    const HistoryStore::Entry& entry = m_entries[std::size_t(row)];
    const bool first = row == 0;
    switch (column) {
    case DateColumn:
        return QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    case TotalColumn:
        return SizeFormat::format(entry.bytes);
    case ChangeColumn: {
        const qint64 change = delta(row);
        if (first)
            return QStringLiteral("—");
        const QString size = SizeFormat::format(quint64(change < 0 ? -change : change));
        return (change < 0 ? QLocale().negativeSign() : QLocale().positiveSign()) + size;
    }
    case PercentColumn: {
        if (first || m_entries[std::size_t(row) - 1].bytes == 0)
            return QStringLiteral("—");
        const double fraction = rawValue(row, column).toDouble();
        return (fraction > 0 ? QStringLiteral("+") : QString()) + SizeFormat::percent(fraction);
    }
    default:
        return {};
    }
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case RawValueRole:
        return rawValue(index.row(), index.column());
    case PathRole:
        return m_entries[std::size_t(index.row())].path;
    case Qt::TextAlignmentRole:
        return index.column() == DateColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        return m_entries[std::size_t(index.row())].path;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TotalColumn:
        return tr("Total");
    case ChangeColumn:
        return tr("Change");
    case PercentColumn:
        return tr("Change %");
    default:
        return {};
    }
}

} // namespace BundleScope
