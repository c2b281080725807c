// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundletreemodel.h"

#include "common/sizeformat.h"

#include <QLocale>

namespace BundleScope {

BundleTreeModel::BundleTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_order(*this)
{
}

void BundleTreeModel::setTree(BundleTreePtr tree)
{
    beginResetModel();
    m_tree = std::move(tree);
    m_order.setTree(m_tree.get());
    m_savings.clear();
    m_estimates.clear();
    endResetModel();
}

QModelIndex BundleTreeModel::indexForNode(NodeId id, int column) const
{
    if (!m_tree || !m_tree->isValid(id) || column < 0 || column >= ColumnCount)
        return {};
    if (id == m_tree->root())
        return createIndex(0, column, quintptr(id));
    return createIndex(m_order.rowOf(id), column, quintptr(id));
}

NodeId BundleTreeModel::nodeForIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return InvalidNode;
    return NodeId(index.internalId());
}

QModelIndex BundleTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!m_tree || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(m_tree->root())) : QModelIndex();
    const NodeId dir = nodeForIndex(parent);
    if (quint32(row) >= m_tree->childCount(dir))
        return {};
    return createIndex(row, column, quintptr(m_order.childAt(dir, row)));
}

QModelIndex BundleTreeModel::parent(const QModelIndex& child) const
{
    const NodeId id = nodeForIndex(child);
    if (!m_tree || id == InvalidNode || id == m_tree->root())
        return {};
    return indexForNode(m_tree->parent(id));
}

int BundleTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!m_tree)
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    return int(m_tree->childCount(nodeForIndex(parent)));
}

int BundleTreeModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

bool BundleTreeModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags BundleTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_tree->isDirectory(nodeForIndex(index)))
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QVariant BundleTreeModel::data(const QModelIndex& index, int role) const
{
    const NodeId id = nodeForIndex(index);
    if (!m_tree || id == InvalidNode)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(id, index.column());
    case Qt::ToolTipRole:
        return toolTip(id);
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == PercentColumn || index.column() == FilesColumn
            || index.column() == SavingColumn || index.column() == EstimateColumn || index.column() == RatioColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case RawValueRole:
        return rawData(id, index.column());
    case NodeIdRole:
        return uint(id);
    case KindRole:
        return int(m_tree->kind(id));
    case CategoryRole:
        return int(m_tree->category(id));
    case PackageRole:
        return int(m_tree->package(id));
    case FlagsRole:
        return uint(m_tree->flags(id));
    default:
        return {};
    }
}

QVariant BundleTreeModel::displayData(NodeId id, int column) const
{
    switch (column) {
    case NameColumn:
        return m_tree->name(id);
    case SizeColumn:
        return QLocale().formattedDataSize(qint64(m_tree->size(id)), 1, QLocale::DataSizeIecFormat);
    case PercentColumn:
        return SizeFormat::percent(shareOfParent(id));
    case FilesColumn:
        return m_tree->isDirectory(id) ? QLocale().toString(m_tree->fileCount(id)) : QString();
    case CategoryColumn:
        // An opened launcher or archive is still a file on disk: it keeps its category.
        return m_tree->kind(id) == NodeKind::File || m_tree->hasFlag(id, Expandable)
            ? CategoryInfo::displayName(m_tree->category(id))
            : QString();
    case PackageColumn:
        if (m_tree->isDirectory(id) && m_tree->package(id) == OtherPackage)
            return QString();
        return m_tree->packageName(m_tree->package(id));
    case SavingColumn:
        return saving(id) == 0 ? QString()
                               : QLocale().formattedDataSize(qint64(saving(id)), 1, QLocale::DataSizeIecFormat);
    case EstimateColumn:
        return hasEstimate(id) ? QLocale().formattedDataSize(qint64(estimate(id)), 1, QLocale::DataSizeIecFormat)
                               : QString();
    case RatioColumn:
        return hasEstimate(id) && m_tree->size(id) > 0 ? SizeFormat::percent(ratio(id)) : QString();
    case FlagsColumn:
        return flagsText(m_tree->flags(id));
    default:
        return {};
    }
}

QVariant BundleTreeModel::rawData(NodeId id, int column) const
{
    switch (column) {
    case NameColumn:
        return m_tree->name(id);
    case SizeColumn:
        return qulonglong(m_tree->size(id));
    case PercentColumn:
        return shareOfParent(id);
    case FilesColumn:
        return uint(m_tree->fileCount(id));
    case CategoryColumn:
        return int(m_tree->category(id));
    case PackageColumn:
        return int(m_tree->package(id));
    case SavingColumn:
        return qulonglong(saving(id));
    case EstimateColumn:
        return qulonglong(estimate(id));
    case RatioColumn:
        return ratio(id);
    case FlagsColumn:
        return uint(m_tree->flags(id));
    default:
        return {};
    }
}

QString BundleTreeModel::toolTip(NodeId id) const
{
    const QLocale locale;
    const QString path = id == m_tree->root() ? m_tree->rootPath() : m_tree->path(id);
    QString text = tr("%1\n%2 (%3 bytes)")
                       .arg(path, locale.formattedDataSize(qint64(m_tree->size(id)), 1, QLocale::DataSizeIecFormat),
                           locale.toString(qulonglong(m_tree->size(id))));
    if (m_tree->isDirectory(id) && m_tree->hasFlag(id, Expandable) && id != m_tree->root())
        text += u'\n'
            + (m_tree->category(id) == Category::Executable
                    ? tr("A launcher with an embedded PyInstaller archive: expand it to see what the archive holds.")
                    : tr("A file with contents of its own: expand it to see them."));
    const QString error = m_tree->error(id);
    if (!error.isEmpty())
        text += u'\n' + tr("Error: %1").arg(error);
    return text;
}

double BundleTreeModel::shareOfParent(NodeId id) const
{
    if (id == m_tree->root())
        return 1.0;
    const quint64 parentSize = m_tree->size(m_tree->parent(id));
    return parentSize == 0 ? 0.0 : double(m_tree->size(id)) / double(parentSize);
}

QVariant BundleTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole
        && (section == SizeColumn || section == PercentColumn || section == FilesColumn || section == SavingColumn))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case PercentColumn:
        return tr("% of parent");
    case FilesColumn:
        return tr("Files");
    case CategoryColumn:
        return tr("Category");
    case PackageColumn:
        return tr("Package");
    case SavingColumn:
        return tr("Saving");
    case EstimateColumn:
        return tr("Est. tar.gz");
    case RatioColumn:
        return tr("Ratio");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

void BundleTreeModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    if (column == m_order.column() && order == m_order.order())
        return;
    relayout(column, order);
}

void BundleTreeModel::setSavings(std::vector<quint64> savings)
{
    m_savings = std::move(savings);
    refreshColumns(SavingColumn, SavingColumn);
}

void BundleTreeModel::setEstimates(std::vector<quint64> estimates)
{
    m_estimates = std::move(estimates);
    refreshColumns(EstimateColumn, RatioColumn);
}

void BundleTreeModel::refreshColumns(int first, int last)
{
    if (!m_tree || m_tree->nodeCount() == 0)
        return;
    if (m_order.column() >= first && m_order.column() <= last)
        relayout(m_order.column(), m_order.order());
    const QModelIndex root = indexForNode(m_tree->root(), first);
    Q_EMIT dataChanged(root, root.siblingAtColumn(FlagsColumn)); // several cells: views repaint the whole viewport
}

double BundleTreeModel::ratio(NodeId id) const
{
    const quint64 size = m_tree->size(id);
    return size == 0 ? 0.0 : double(estimate(id)) / double(size);
}

QString BundleTreeModel::flagsText(quint8 flags)
{
    static const std::pair<NodeFlag, const char*> names[] = {
        { Expandable, QT_TR_NOOP("expandable") },
        { Compressed, QT_TR_NOOP("compressed") },
        { ExecutableBit, QT_TR_NOOP("executable") },
        { HardLinkDuplicate, QT_TR_NOOP("hard link") },
        { UnsafeName, QT_TR_NOOP("unsafe name") },
        { HasError, QT_TR_NOOP("error") },
    };
    QStringList words;
    for (const auto& [flag, name] : names)
        if ((flags & flag) != 0)
            words.append(tr(name));
    return words.join(QStringLiteral(", "));
}

void BundleTreeModel::relayout(int column, Qt::SortOrder order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList oldIndexes = persistentIndexList();
    std::vector<NodeId> nodes;
    nodes.reserve(oldIndexes.size());
    for (const QModelIndex& index : oldIndexes)
        nodes.push_back(nodeForIndex(index));
    m_order.setSort(column, order);
    QModelIndexList newIndexes;
    newIndexes.reserve(oldIndexes.size());
    for (qsizetype i = 0; i < oldIndexes.size(); ++i)
        newIndexes.append(indexForNode(nodes[std::size_t(i)], oldIndexes[i].column()));
    changePersistentIndexList(oldIndexes, newIndexes);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace BundleScope
