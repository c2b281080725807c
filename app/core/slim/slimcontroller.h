// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "common/cancellationtoken.h"
#include "model/bundletree.h"
#include "slim/slimresult.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <memory>

namespace BundleScope {

using SlimResultPtr = std::shared_ptr<const SlimResult>;

// What to verify: the bundle folder on disk, the command that checks the app, and which candidates to try.
struct SlimJob {
    QString command;
    QString expect;
    int timeoutSeconds = 120;
    QStringList candidateIds; // the analysis candidates to try (the ones the user checked)
    QString temporaryRoot; // where the working copy goes; empty: the system temporary folder
};

// Runs SlimEngine on the thread pool for the GUI, on the folder bundle the GUI already scanned and analysed (its tree
// and candidates are shared read-only with the worker): start() returns at once; trialStarted and progressLine, then
// slimFinished or slimFailed arrive on the controller's thread. cancel() kills the app's process group and removes
// the working copy within ~100 ms (the engine's cancellation token). Lives on the GUI thread, owned by its parent.
class SlimController : public QObject {
    Q_OBJECT
public:
    explicit SlimController(QObject* parent = nullptr);
    ~SlimController() override; // cancels and waits: nothing keeps running, no copy stays behind
    Q_DISABLE_COPY_MOVE(SlimController)

    // `tree` must be a folder bundle (BundleTree::SourceKind::Folder) scanned from its rootPath().
    void start(BundleTreePtr tree, AnalysisResultPtr analysis, const SlimJob& job);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    // Before each trial (index 1, 2, …; 0 is the baseline), with the candidates it removes.
    void trialStarted(int index, const QStringList& candidateIds);
    // One line of the engine's progress ("Baseline run…", "trial 3: … passed in 0.2 s").
    void progressLine(const QString& line);
    void slimFinished(const BundleScope::SlimResultPtr& result);
    void slimFailed(const QString& message, bool cancelled);

private:
    void onFinished();

    struct Outcome {
        SlimResultPtr result;
        QString error;
        bool cancelled = false;
    };
    QFutureWatcher<Outcome> m_watcher;
    CancellationToken m_token;
};

} // namespace BundleScope

Q_DECLARE_METATYPE(BundleScope::SlimResultPtr)
