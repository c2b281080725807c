// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundletreemodel.h"

#include "common/sizeformat.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace BundleScope {

namespace {

    // Sorts ids (the consecutive children first..first+n) by a precomputed key; stable, so equal keys keep the
    // natural name order in both directions.
    template <typename Key>
    void sortByKeys(std::vector<NodeId>& ids, NodeId first, const std::vector<Key>& keys, Qt::SortOrder order)
    {
        if (order == Qt::AscendingOrder)
            std::stable_sort(
                ids.begin(), ids.end(), [&](NodeId a, NodeId b) { return keys[a - first] < keys[b - first]; });
        else
            std::stable_sort(
                ids.begin(), ids.end(), [&](NodeId a, NodeId b) { return keys[b - first] < keys[a - first]; });
    }

} // namespace

BundleTreeModel::BundleTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void BundleTreeModel::setTree(BundleTreePtr tree)
{
    beginResetModel();
    m_tree = std::move(tree);
    m_orders.clear();
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
    return createIndex(rowOf(id), column, quintptr(id));
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
    return createIndex(row, column, quintptr(childAt(dir, row)));
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
        return m_tree->kind(id) == NodeKind::File ? CategoryInfo::displayName(m_tree->category(id)) : QString();
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
    if (column == m_sortColumn && order == m_sortOrder)
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
    if (m_sortColumn >= first && m_sortColumn <= last)
        relayout(m_sortColumn, m_sortOrder);
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
    m_sortColumn = column;
    m_sortOrder = order;
    m_orders.clear();
    QModelIndexList newIndexes;
    newIndexes.reserve(oldIndexes.size());
    for (qsizetype i = 0; i < oldIndexes.size(); ++i)
        newIndexes.append(indexForNode(nodes[std::size_t(i)], oldIndexes[i].column()));
    changePersistentIndexList(oldIndexes, newIndexes);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const BundleTreeModel::ChildOrder* BundleTreeModel::orderFor(NodeId dir) const
{
    if (m_sortColumn < 0)
        return nullptr;
    auto it = m_orders.find(dir);
    if (it == m_orders.end())
        it = m_orders.emplace(dir, buildOrder(dir)).first;
    return &it->second;
}

BundleTreeModel::ChildOrder BundleTreeModel::buildOrder(NodeId dir) const
{
    const BundleTree::ChildRange range = m_tree->children(dir);
    const NodeId first = range.first;
    ChildOrder order;
    order.rowToNode.resize(range.count);
    std::iota(order.rowToNode.begin(), order.rowToNode.end(), first);
    const auto keysOf = [&](auto keyOf) {
        std::vector<decltype(keyOf(first))> keys;
        keys.reserve(range.count);
        for (NodeId id : range)
            keys.push_back(keyOf(id));
        sortByKeys(order.rowToNode, first, keys, m_sortOrder);
    };
    switch (m_sortColumn) {
    case NameColumn:
        keysOf([this](NodeId id) { return m_tree->name(id).toCaseFolded(); });
        break;
    case SizeColumn:
    case PercentColumn: // same parent: the share orders like the size
        keysOf([this](NodeId id) { return m_tree->size(id); });
        break;
    case FilesColumn:
        keysOf([this](NodeId id) { return m_tree->fileCount(id); });
        break;
    case CategoryColumn:
        keysOf([this](NodeId id) {
            return m_tree->kind(id) == NodeKind::File ? CategoryInfo::displayName(m_tree->category(id)) : QString();
        });
        break;
    case PackageColumn:
        keysOf([this](NodeId id) { return m_tree->packageName(m_tree->package(id)).toCaseFolded(); });
        break;
    case SavingColumn:
        keysOf([this](NodeId id) { return saving(id); });
        break;
    case EstimateColumn:
        keysOf([this](NodeId id) { return estimate(id); });
        break;
    case RatioColumn:
        keysOf([this](NodeId id) { return ratio(id); });
        break;
    case FlagsColumn:
        keysOf([this](NodeId id) { return m_tree->flags(id); });
        break;
    default:
        break;
    }
    order.nodeToRow.resize(range.count);
    for (quint32 row = 0; row < range.count; ++row)
        order.nodeToRow[order.rowToNode[row] - first] = row;
    return order;
}

NodeId BundleTreeModel::childAt(NodeId dir, int row) const
{
    if (const ChildOrder* order = orderFor(dir))
        return order->rowToNode[std::size_t(row)];
    return m_tree->children(dir).first + NodeId(row);
}

int BundleTreeModel::rowOf(NodeId id) const
{
    const NodeId dir = m_tree->parent(id);
    const NodeId first = m_tree->children(dir).first;
    if (const ChildOrder* order = orderFor(dir))
        return int(order->nodeToRow[id - first]);
    return int(id - first);
}

} // namespace BundleScope
