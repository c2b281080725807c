// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparemodel.h"

#include "model/category.h"

#include <QLocale>

namespace BundleScope {

CompareModel::CompareModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void CompareModel::setComparison(std::shared_ptr<const BundleComparison> comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    endResetModel();
}

void CompareModel::setLevel(Level level)
{
    if (level == m_level)
        return;
    beginResetModel();
    m_level = level;
    endResetModel();
}

const std::vector<BundleComparison::Entry>* CompareModel::entries() const
{
    if (!m_comparison)
        return nullptr;
    switch (m_level) {
    case Level::Files:
        return &m_comparison->files;
    case Level::Packages:
        return &m_comparison->packages;
    case Level::Categories:
        break;
    }
    return &m_comparison->categories;
}

const BundleComparison::Entry* CompareModel::entry(const QModelIndex& index) const
{
    const auto* list = entries();
    if (!list || !index.isValid() || index.model() != this || index.row() >= int(list->size()))
        return nullptr;
    return &(*list)[std::size_t(index.row())];
}

QModelIndex CompareModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(row));
}

QModelIndex CompareModel::parent(const QModelIndex&) const
{
    return {};
}

int CompareModel::rowCount(const QModelIndex& parent) const
{
    const auto* list = entries();
    return parent.isValid() || !list ? 0 : int(list->size());
}

int CompareModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompareModel::displayData(const BundleComparison::Entry& entry, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        if (m_level == Level::Categories)
            return CategoryInfo::displayName(CategoryInfo::fromId(entry.name));
        // A rename shows where the bytes went: "libpython3.11.so → libpython3.11.so.1.0".
        return entry.previousName.isEmpty() ? entry.name : entry.previousName + QStringLiteral(" → ") + entry.name;
    case ChangeColumn:
        return BundleComparison::changeLabel(entry.change);
    case BeforeColumn:
        return locale.formattedDataSize(qint64(entry.before), 1, QLocale::DataSizeIecFormat);
    case AfterColumn:
        return locale.formattedDataSize(qint64(entry.after), 1, QLocale::DataSizeIecFormat);
    case DeltaColumn: {
        const QString size = locale.formattedDataSize(std::abs(entry.delta()), 1, QLocale::DataSizeIecFormat);
        if (entry.delta() == 0)
            return size;
        return QString((entry.delta() > 0 ? u'+' : u'-') + size);
    }
    case PercentColumn: {
        const auto fraction = entry.fraction();
        if (!fraction)
            return tr("new");
        return QString(locale.toString(*fraction * 100.0, 'f', 1) + u'%');
    }
    default:
        return {};
    }
}

QVariant CompareModel::rawData(const BundleComparison::Entry& entry, int column) const
{
    switch (column) {
    case NameColumn:
        return entry.name;
    case ChangeColumn:
        return int(entry.change);
    case BeforeColumn:
        return entry.before;
    case AfterColumn:
        return entry.after;
    case DeltaColumn:
        return entry.delta();
    case PercentColumn: {
        const auto fraction = entry.fraction();
        return fraction ? *fraction : std::numeric_limits<double>::infinity();
    }
    default:
        return {};
    }
}

QVariant CompareModel::data(const QModelIndex& index, int role) const
{
    const BundleComparison::Entry* e = entry(index);
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*e, index.column());
    case Qt::ToolTipRole:
        if (index.column() != NameColumn)
            return QVariant();
        return e->previousName.isEmpty()
            ? QVariant(e->name)
            : QVariant(tr("%1\nrenamed from %2 (same bytes)").arg(e->name, e->previousName));
    case Qt::TextAlignmentRole:
        return index.column() >= BeforeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case RawValueRole:
        return rawData(*e, index.column());
    case ChangeRole:
        return int(e->change);
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return m_level == Level::Files ? tr("File") : m_level == Level::Packages ? tr("Package") : tr("Category");
    case ChangeColumn:
        return tr("Change");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case DeltaColumn:
        return tr("Change (bytes)");
    case PercentColumn:
        return tr("Change (%)");
    default:
        return {};
    }
}

} // namespace BundleScope
