// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slim/slimcontroller.h"

#include <QHash>
#include <QIdentityProxyModel>

namespace BundleScope {

// Puts the verdicts of a verified-slimming run on the rows of a CandidatesModel: a verdict icon and the evidence as
// tooltip on each candidate's title, and VerdictRole ("removed", "breaks", "not_tried"; empty for a candidate the run
// did not include and for groups). The model's numbers and check states pass through unchanged. GUI thread; owned by
// the candidates panel.
class SlimVerdictProxyModel : public QIdentityProxyModel {
    Q_OBJECT
public:
    enum Role { VerdictRole = Qt::UserRole + 40, EvidenceRole };

    explicit SlimVerdictProxyModel(QObject* parent = nullptr);

    void setSlimResult(SlimResultPtr result); // nullptr: no verdicts
    SlimResultPtr slimResult() const { return m_result; }
    const SlimItem* item(const QString& candidateId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    SlimResultPtr m_result;
    QHash<QString, const SlimItem*> m_items; // into m_result
};

} // namespace BundleScope
