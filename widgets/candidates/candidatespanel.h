// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "model/bundletree.h"
#include "slim/slimcontroller.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTextBrowser;
class QTreeView;

namespace BundleScope {

class CandidatesModel;
class ReadErrorsBanner;
class SlimVerdictProxyModel;
class SlimVerifyPanel;

// The optimization candidates of an analysis: a tree grouped by kind (sortable by saving, a checkbox per candidate),
// the headline "Potential: X -> Y (-Z%)" for the checked candidates with every byte counted once, a warning banner
// when the analysis could not read some files (ReadErrorsBanner: the list is incomplete then), a gauge of the
// resulting size against a size target or a user budget, details (why + action) of the current candidate, and the
// "Generate spec fragment" dialog, and verified slimming (SlimVerifyPanel: "Verify…", its headline and progress; a
// verdict icon with the evidence on each candidate, SlimVerdictProxyModel). GUI thread; owned by its parent (the main
// window embeds it).
class CandidatesPanel : public QWidget {
    Q_OBJECT
public:
    // Typical sizes of ML bundles (upper bound is what the gauge measures against).
    struct SizeTarget {
        QString name;
        quint64 low;
        quint64 high;
    };
    static QList<SizeTarget> sizeTargets();

    explicit CandidatesPanel(QWidget* parent = nullptr);
    // Wide enough for a target name, the gauge's text and a readable Candidate column beside the three numbers:
    // what the dock (through its scroll area) starts with.
    QSize sizeHint() const override;

    void setResult(std::shared_ptr<const AnalysisResult> result, BundleTreePtr tree);

    CandidatesModel* model() const { return m_model; }
    SlimVerdictProxyModel* verdictModel() const { return m_verdicts; }
    SlimVerifyPanel* slimPanel() const { return m_slim; }
    ReadErrorsBanner* readErrorsBanner() const { return m_readErrors; }
    SlimResultPtr slimResult() const;
    QTreeView* view() const { return m_view; }
    QString headlineText() const;
    QString detailsText() const;
    QString gaugeText() const;
    QLabel* gaugeLabel() const { return m_gaugeLabel; }
    QLabel* headlineLabel() const { return m_headline; }
    int gaugeValue() const; // per mille of the target
    // The target the gauge measures against: the user budget when one is set, else the chosen target's upper bound.
    quint64 targetBytes() const;
    // Accepts SizeFormat::parse syntax ("1.5GiB", "800 MB"); false when unparsable (the budget stays unchanged).
    bool setBudget(const QString& text);
    void setTargetIndex(int index);
    // The .spec fragment for the checked candidates (what the dialog shows).
    QString specFragment() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void candidateSelected(const QSet<BundleScope::NodeId>& files);
    void checkedCandidatesChanged(const QStringList& ids);
    // A verification finished, or the remembered one of the opened bundle was loaded (nullptr: none).
    void slimResultChanged(const BundleScope::SlimResultPtr& result);

private:
    QWidget* createGaugeBox();
    void fitColumns();
    void updatePotential();
    void updateGauge();
    void onCurrentChanged();
    const Candidate* showDetails(); // of the current candidate, nullptr when there is none
    void onBudgetEdited();
    void showSpecFragment();
    void onSlimResultChanged(const SlimResultPtr& result);
    QString verdictHtml(const QString& candidateId) const;

    CandidatesModel* m_model;
    SlimVerdictProxyModel* m_verdicts;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_view;
    QLabel* m_headline;
    QProgressBar* m_gauge;
    QLabel* m_gaugeLabel; // the gauge's text, wrapped: a progress bar clips its own
    QComboBox* m_target;
    QLineEdit* m_budget;
    QTextBrowser* m_details;
    QPushButton* m_specButton;
    SlimVerifyPanel* m_slim;
    ReadErrorsBanner* m_readErrors;
    quint64 m_budgetBytes = 0; // 0: none
    quint64 m_bytesAfter = 0;
};

} // namespace BundleScope
