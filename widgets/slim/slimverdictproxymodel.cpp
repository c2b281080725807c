// SPDX-License-Identifier: GPL-3.0-or-later
#include "slimverdictproxymodel.h"

#include "analysis/candidatesmodel.h"
#include "slimverdictstyle.h"

namespace BundleScope {

SlimVerdictProxyModel::SlimVerdictProxyModel(QObject* parent)
    : QIdentityProxyModel(parent)
{
}

void SlimVerdictProxyModel::setSlimResult(SlimResultPtr result)
{
    m_result = std::move(result);
    m_items.clear();
    if (m_result) {
        for (const SlimItem& item : m_result->items)
            m_items.insert(item.id, &item);
    }
    if (rowCount() > 0) {
        // Every row, groups and their candidates, may change icon and tooltip.
        const auto touch = [this](const QModelIndex& parent, auto&& self) -> void {
            const int rows = rowCount(parent);
            if (rows == 0)
                return;
            Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, 0, parent),
                { Qt::DecorationRole, Qt::ToolTipRole, VerdictRole, EvidenceRole });
            for (int row = 0; row < rows; ++row)
                self(index(row, 0, parent), self);
        };
        touch({}, touch);
    }
}

const SlimItem* SlimVerdictProxyModel::item(const QString& candidateId) const
{
    return m_items.value(candidateId, nullptr);
}

QVariant SlimVerdictProxyModel::data(const QModelIndex& index, int role) const
{
    const bool verdictRole
        = role == Qt::DecorationRole || role == Qt::ToolTipRole || role == VerdictRole || role == EvidenceRole;
    if (!verdictRole || index.column() != CandidatesModel::TitleColumn || m_items.isEmpty())
        return QIdentityProxyModel::data(index, role);
    const SlimItem* found = item(QIdentityProxyModel::data(index, CandidatesModel::CandidateIdRole).toString());
    if (!found)
        return QIdentityProxyModel::data(index, role);
    switch (role) {
    case Qt::DecorationRole:
        return SlimVerdictStyle::icon(found->verdict);
    case Qt::ToolTipRole: {
        const QString own = QIdentityProxyModel::data(index, role).toString();
        return own.isEmpty() ? SlimVerdictStyle::toolTip(*found)
                             : SlimVerdictStyle::toolTip(*found) + QStringLiteral("\n\n") + own;
    }
    case VerdictRole:
        return slimVerdictId(found->verdict);
    default:
        return found->evidence;
    }
}

} // namespace BundleScope
