// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidatesmodel.h"

#include "common/sizeformat.h"

namespace BundleScope {

CandidatesModel::CandidatesModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void CandidatesModel::setResult(AnalysisResultPtr result, BundleTreePtr tree)
{
    beginResetModel();
    m_result = std::move(result);
    m_tree = std::move(tree);
    m_groups.clear();
    m_checked.clear();
    if (m_result && m_tree) {
        for (const Candidate& candidate : m_result->candidates) {
            if (m_groups.empty() || m_groups.back().kind != candidate.kind)
                m_groups.push_back({ candidate.kind, {}, 0, 0 });
            m_groups.back().candidates.push_back(&candidate);
            if (candidate.advised)
                m_checked.insert(candidate.id);
        }
        for (Group& group : m_groups) {
            group.saving = PotentialCalculator::compute(*m_tree, group.candidates).saving;
            for (const Candidate* candidate : group.candidates)
                group.bytes = std::max(group.bytes, candidate->bytes);
        }
    }
    endResetModel();
    Q_EMIT checkedCandidatesChanged(checkedIds());
}

QStringList CandidatesModel::checkedIds() const
{
    QStringList ids;
    if (!m_result)
        return ids;
    for (const Candidate& candidate : m_result->candidates) {
        if (m_checked.contains(candidate.id))
            ids.append(candidate.id);
    }
    return ids;
}

void CandidatesModel::setChecked(const QString& id, bool checked)
{
    const QModelIndex index = indexOf(id);
    if (index.isValid())
        setData(index, checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

void CandidatesModel::setCheckedIds(const QSet<QString>& ids)
{
    m_checked.clear();
    if (m_result) {
        for (const Candidate& candidate : m_result->candidates) {
            if (ids.contains(candidate.id))
                m_checked.insert(candidate.id);
        }
    }
    if (!m_groups.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, 0), { Qt::CheckStateRole });
    for (int g = 0; g < int(m_groups.size()); ++g) {
        const QModelIndex parent = index(g, 0);
        Q_EMIT dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, 0, parent), { Qt::CheckStateRole });
    }
    Q_EMIT checkedCandidatesChanged(checkedIds());
}

Potential CandidatesModel::checkedPotential() const
{
    if (!m_result || !m_tree)
        return {};
    return PotentialCalculator::selected(*m_tree, m_result->candidates, m_checked);
}

const Candidate* CandidatesModel::candidate(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return nullptr;
    return m_groups[index.internalId() - 1].candidates[std::size_t(index.row())];
}

QModelIndex CandidatesModel::indexOf(const QString& id) const
{
    for (int g = 0; g < int(m_groups.size()); ++g) {
        const auto& list = m_groups[std::size_t(g)].candidates;
        for (int row = 0; row < int(list.size()); ++row) {
            if (list[std::size_t(row)]->id == id)
                return createIndex(row, 0, quintptr(g + 1));
        }
    }
    return {};
}

QString CandidatesModel::kindTitle(Candidate::Kind kind)
{
    switch (kind) {
    case Candidate::Kind::StripDebug:
        return tr("Strip debug symbols");
    case Candidate::Kind::Upx:
        return tr("UPX compression");
    case Candidate::Kind::ExcludePackage:
        return tr("Exclude packages");
    case Candidate::Kind::DevFiles:
        return tr("Developer files");
    case Candidate::Kind::Duplicate:
        return tr("Duplicate files");
    case Candidate::Kind::ModelPrecision:
        return tr("Model precision");
    case Candidate::Kind::LazyLoadModel:
        return tr("Lazy-loaded models");
    case Candidate::Kind::GpuStack:
        return tr("GPU stack");
    case Candidate::Kind::Unreferenced:
        return tr("Unreferenced libraries");
    case Candidate::Kind::Layout:
        return tr("Bundle layout");
    case Candidate::Kind::RepeatedWeights:
        return tr("Repeated model weights");
    }
    return {};
}

QString CandidatesModel::confidenceText(Candidate::Confidence confidence)
{
    switch (confidence) {
    case Candidate::Confidence::Low:
        return tr("Low");
    case Candidate::Confidence::Medium:
        return tr("Medium");
    case Candidate::Confidence::High:
        return tr("High");
    }
    return {};
}

QModelIndex CandidatesModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CandidatesModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CandidatesModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups[std::size_t(parent.row())].candidates.size());
}

int CandidatesModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CandidatesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    if (const Candidate* c = candidate(index))
        return candidateData(*c, index.column(), role);
    return groupData(m_groups[std::size_t(index.row())], index.column(), role);
}

QVariant CandidatesModel::groupData(const Group& group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return QStringLiteral("%1 (%2)").arg(kindTitle(group.kind)).arg(group.candidates.size());
        if (column == SavingColumn)
            return SizeFormat::format(group.saving);
        return {};
    case Qt::CheckStateRole:
        return column == TitleColumn ? QVariant(groupState(group)) : QVariant();
    case RawValueRole:
        if (column == SavingColumn)
            return group.saving;
        if (column == BytesColumn)
            return group.bytes;
        return column == TitleColumn ? QVariant(kindTitle(group.kind)) : QVariant(0);
    case KindRole:
        return int(group.kind);
    case CandidateIdRole:
        return QString();
    default:
        return {};
    }
}

QVariant CandidatesModel::candidateData(const Candidate& c, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return c.title;
        case SavingColumn:
            return c.estimated ? tr("~%1").arg(SizeFormat::format(c.saving)) : SizeFormat::format(c.saving);
        case BytesColumn:
            return SizeFormat::format(c.bytes);
        case ConfidenceColumn:
            return confidenceText(c.confidence);
        }
        return {};
    case Qt::ToolTipRole:
        return c.why;
    case Qt::CheckStateRole:
        if (column != TitleColumn)
            return {};
        return m_checked.contains(c.id) ? Qt::Checked : Qt::Unchecked;
    case RawValueRole:
        switch (column) {
        case TitleColumn:
            return c.title;
        case SavingColumn:
            return c.saving;
        case BytesColumn:
            return c.bytes;
        case ConfidenceColumn:
            return int(c.confidence);
        }
        return {};
    case CandidateIdRole:
        return c.id;
    case AdvisedRole:
        return c.advised;
    case KindRole:
        return int(c.kind);
    default:
        return {};
    }
}

Qt::CheckState CandidatesModel::groupState(const Group& group) const
{
    int on = 0;
    for (const Candidate* candidate : group.candidates)
        on += m_checked.contains(candidate->id) ? 1 : 0;
    if (on == 0)
        return Qt::Unchecked;
    return on == int(group.candidates.size()) ? Qt::Checked : Qt::PartiallyChecked;
}

bool CandidatesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || !checkIndex(index) || index.column() != TitleColumn)
        return false;
    const bool on = value.toInt() != Qt::Unchecked;
    if (const Candidate* c = candidate(index)) {
        if (on)
            m_checked.insert(c->id);
        else
            m_checked.remove(c->id);
    } else {
        for (const Candidate* child : m_groups[std::size_t(index.row())].candidates) {
            if (on)
                m_checked.insert(child->id);
            else
                m_checked.remove(child->id);
        }
        const int last = rowCount(index) - 1;
        if (last >= 0)
            Q_EMIT dataChanged(this->index(0, 0, index), this->index(last, 0, index), { Qt::CheckStateRole });
    }
    notifyChecked(index);
    return true;
}

void CandidatesModel::notifyChecked(const QModelIndex& changed)
{
    Q_EMIT dataChanged(changed, changed, { Qt::CheckStateRole });
    const QModelIndex group = changed.parent();
    if (group.isValid())
        Q_EMIT dataChanged(group, group, { Qt::CheckStateRole });
    Q_EMIT checkedCandidatesChanged(checkedIds());
}

Qt::ItemFlags CandidatesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == TitleColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant CandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Candidate");
    case SavingColumn:
        return tr("Saving");
    case BytesColumn:
        return tr("Size");
    case ConfidenceColumn:
        return tr("Confidence");
    }
    return {};
}

} // namespace BundleScope
