// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "model/bundletree.h"
#include "slim/slimcontroller.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;

namespace BundleScope {

// The verified-slimming part of the candidates dock: the "Verify…" action (disabled, with the reason in its tooltip,
// for a one-file executable, an archive or a snapshot), the headline "Verified: A -> B (-x%)" with the counts of each
// verdict, and while a run is going on a busy bar with the trial, the candidates it tries, the elapsed time and
// Cancel. Runs SlimController and remembers each result per bundle (SlimResultStore), so that reopening an unchanged
// bundle shows its verdicts again. GUI thread; owned by the candidates panel.
class SlimVerifyPanel : public QWidget {
    Q_OBJECT
public:
    explicit SlimVerifyPanel(QWidget* parent = nullptr);
    ~SlimVerifyPanel() override;
    Q_DISABLE_COPY_MOVE(SlimVerifyPanel)

    // A new bundle or analysis: cancels a run, shows the remembered result of this bundle when it is unchanged.
    void setBundle(BundleTreePtr tree, AnalysisResultPtr analysis);
    void setCheckedIds(const QStringList& ids); // what a verification tries
    QAction* verifyAction() const { return m_verifyAction; }

    // Starts a verification (the action asks for the job in SlimVerifyDialog first); a job without candidate ids
    // tries the checked ones, without a temporary root uses setTemporaryRoot()'s.
    void start(SlimJob job);
    void cancel();
    bool isRunning() const { return m_controller->isRunning(); }
    SlimResultPtr result() const { return m_result; }

    QString headlineText() const;
    QString progressText() const;
    QString statusText() const;
    QPushButton* cancelButton() const { return m_cancel; }

    // Tests: where results are remembered and where the working copies go.
    void setStoreFolder(const QString& folder);
    void setTemporaryRoot(const QString& folder);

    // Why verification is not possible for this bundle ("" when it is).
    static QString unavailableReason(const BundleTree& tree);

Q_SIGNALS:
    void resultChanged(const BundleScope::SlimResultPtr& result);
    void runningChanged(bool running);

private:
    void verify();
    void onTrialStarted(int index, const QStringList& ids);
    void onFinished(const SlimResultPtr& result);
    void onFailed(const QString& message, bool cancelled);
    void setResult(SlimResultPtr result);
    void setRunning(bool running);
    void updateAction();
    void updateProgress();
    QString describeCandidates(const QStringList& ids) const;

    BundleTreePtr m_tree;
    AnalysisResultPtr m_analysis;
    QStringList m_checkedIds;
    SlimResultPtr m_result;
    QString m_storeFolder;
    QString m_temporaryRoot;
    SlimController* m_controller;
    QAction* m_verifyAction;
    QLabel* m_headline;
    QLabel* m_counts;
    QWidget* m_progressRow;
    QProgressBar* m_busy;
    QLabel* m_progress;
    QPushButton* m_cancel;
    QLabel* m_status;
    QElapsedTimer m_elapsed;
    QTimer m_ticker; // refreshes the elapsed time while a run goes on
    QString m_step; // what the run does now ("Baseline run…", "trial 3: trying …")
};

} // namespace BundleScope
