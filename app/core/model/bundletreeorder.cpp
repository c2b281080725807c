// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundletreeorder.h"

#include "bundletreemodel.h"

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

BundleTreeOrder::BundleTreeOrder(const BundleTreeModel& model)
    : m_model(model)
{
}

void BundleTreeOrder::setSort(int column, Qt::SortOrder order)
{
    m_column = column;
    m_order = order;
    m_orders.clear();
}

void BundleTreeOrder::setTree(const BundleTree* tree)
{
    m_tree = tree;
    m_orders.clear();
}

const BundleTreeOrder::ChildOrder* BundleTreeOrder::orderFor(NodeId dir) const
{
    if (m_column < 0)
        return nullptr;
    auto it = m_orders.find(dir);
    if (it == m_orders.end())
        it = m_orders.emplace(dir, build(dir)).first;
    return &it->second;
}

BundleTreeOrder::ChildOrder BundleTreeOrder::build(NodeId dir) const
{
    const BundleTree& tree = *m_tree;
    const BundleTree::ChildRange range = tree.children(dir);
    const NodeId first = range.first;
    ChildOrder order;
    order.rowToNode.resize(range.count);
    std::iota(order.rowToNode.begin(), order.rowToNode.end(), first);
    const auto keysOf = [&](auto keyOf) {
        std::vector<decltype(keyOf(first))> keys;
        keys.reserve(range.count);
        for (NodeId id : range)
            keys.push_back(keyOf(id));
        sortByKeys(order.rowToNode, first, keys, m_order);
    };
    switch (m_column) {
    case BundleTreeModel::NameColumn:
        keysOf([&](NodeId id) { return tree.name(id).toCaseFolded(); });
        break;
    case BundleTreeModel::SizeColumn:
    case BundleTreeModel::PercentColumn: // same parent: the share orders like the size
        keysOf([&](NodeId id) { return tree.size(id); });
        break;
    case BundleTreeModel::FilesColumn:
        keysOf([&](NodeId id) { return tree.fileCount(id); });
        break;
    case BundleTreeModel::CategoryColumn:
        keysOf([&](NodeId id) {
            return tree.kind(id) == NodeKind::File ? CategoryInfo::displayName(tree.category(id)) : QString();
        });
        break;
    case BundleTreeModel::PackageColumn:
        keysOf([&](NodeId id) { return tree.packageName(tree.package(id)).toCaseFolded(); });
        break;
    case BundleTreeModel::SavingColumn:
        keysOf([&](NodeId id) { return m_model.saving(id); });
        break;
    case BundleTreeModel::EstimateColumn:
        keysOf([&](NodeId id) { return m_model.estimate(id); });
        break;
    case BundleTreeModel::RatioColumn:
        keysOf([&](NodeId id) { return m_model.ratio(id); });
        break;
    case BundleTreeModel::FlagsColumn:
        keysOf([&](NodeId id) { return tree.flags(id); });
        break;
    default:
        break;
    }
    order.nodeToRow.resize(range.count);
    for (quint32 row = 0; row < range.count; ++row)
        order.nodeToRow[order.rowToNode[row] - first] = row;
    return order;
}

NodeId BundleTreeOrder::childAt(NodeId dir, int row) const
{
    const BundleTree& tree = *m_tree;
    if (const ChildOrder* order = orderFor(dir))
        return order->rowToNode[std::size_t(row)];
    return tree.children(dir).first + NodeId(row);
}

int BundleTreeOrder::rowOf(NodeId id) const
{
    const BundleTree& tree = *m_tree;
    const NodeId dir = tree.parent(id);
    const NodeId first = tree.children(dir).first;
    if (const ChildOrder* order = orderFor(dir))
        return int(order->nodeToRow[id - first]);
    return int(id - first);
}

} // namespace BundleScope
