// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "analysis/potentialcalculator.h"
#include "model/bundletree.h"

#include <QAbstractItemModel>
#include <QSet>

#include <vector>

namespace BundleScope {

// Candidates of an AnalysisResult as a two-level tree: one group row per kind (in Candidate::Kind order), its
// candidates below (in result order: saving descending). Column 0 is checkable (groups tri-state); advised
// candidates start checked. RawValueRole gives numbers for sorting and bars. QtCore only: icons and colours are added
// in widgets/. internalId is 0 for group rows and group index + 1 for candidate rows. Lives on the GUI thread, owned
// by its view's panel.
class CandidatesModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, SavingColumn, BytesColumn, ConfidenceColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // quint64 saving / bytes, int confidence, title for column 0
        CandidateIdRole, // QString; empty for groups
        AdvisedRole, // bool
        KindRole, // int(Candidate::Kind)
    };

    explicit CandidatesModel(QObject* parent = nullptr);

    void setResult(AnalysisResultPtr result, BundleTreePtr tree);
    AnalysisResultPtr result() const { return m_result; }
    BundleTreePtr tree() const { return m_tree; }

    // Ids in result order.
    QStringList checkedIds() const;
    QSet<QString> checkedSet() const { return m_checked; }
    void setChecked(const QString& id, bool checked);
    void setCheckedIds(const QSet<QString>& ids);
    // Overlap-free potential of the checked candidates.
    Potential checkedPotential() const;
    // The candidate of a row; nullptr for group rows and invalid indexes.
    const Candidate* candidate(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& id) const;

    static QString kindTitle(Candidate::Kind kind); // translated group title
    static QString confidenceText(Candidate::Confidence confidence); // translated

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedCandidatesChanged(const QStringList& ids);

private:
    struct Group {
        Candidate::Kind kind;
        std::vector<const Candidate*> candidates;
        quint64 saving = 0; // overlap-free, all candidates of the group
        quint64 bytes = 0;
    };
    QVariant groupData(const Group& group, int column, int role) const;
    QVariant candidateData(const Candidate& candidate, int column, int role) const;
    Qt::CheckState groupState(const Group& group) const;
    void notifyChecked(const QModelIndex& changed);

    AnalysisResultPtr m_result;
    BundleTreePtr m_tree;
    std::vector<Group> m_groups;
    QSet<QString> m_checked;
};

} // namespace BundleScope
