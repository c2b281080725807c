// SPDX-License-Identifier: GPL-3.0-or-later
#include "slimcontroller.h"

#include "slim/slimcandidates.h"
#include "slim/slimengine.h"

#include <QPointer>
#include <QtConcurrent>

namespace BundleScope {

namespace {
    // Runs `emitter` on the controller's thread while the controller lives (signals from the worker arrive queued).
    template <typename Emitter> void post(const QPointer<SlimController>& self, Emitter emitter)
    {
        if (self)
            QMetaObject::invokeMethod(
                self.data(),
                [self, emitter]() {
                    if (self)
                        emitter(self.data());
                },
                Qt::QueuedConnection);
    }
} // namespace

SlimController::SlimController(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<SlimResultPtr>();
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &SlimController::onFinished);
}

SlimController::~SlimController()
{
    cancel();
    m_watcher.waitForFinished();
}

void SlimController::start(BundleTreePtr tree, AnalysisResultPtr analysis, const SlimJob& job)
{
    cancel();
    m_watcher.waitForFinished();
    m_token = CancellationToken();
    const CancellationToken token = m_token;
    QPointer<SlimController> self(this);
    m_watcher.setFuture(QtConcurrent::run([tree, analysis, job, token, self]() {
        Outcome outcome;
        SlimSelection selection;
        selection.mode = SlimSelection::Mode::Ids;
        selection.ids = job.candidateIds;
        static const std::vector<Candidate> none;
        const std::vector<Candidate>& candidates = analysis ? analysis->candidates : none;
        Result<std::vector<SlimItem>> items = SlimCandidates::fromAnalysis(*tree, candidates, selection);
        if (!items) {
            outcome.error = items.error().toString();
            return outcome;
        }
        SlimRequest request;
        request.bundleFolder = tree->rootPath();
        request.command = job.command;
        request.expect = job.expect;
        request.timeoutSeconds = job.timeoutSeconds;
        request.temporaryRoot = job.temporaryRoot;
        request.trialStarting = [self](int index, const QStringList& ids) {
            post(self, [index, ids](SlimController* controller) { Q_EMIT controller->trialStarted(index, ids); });
        };
        Result<SlimResult> result
            = SlimEngine::run(request, *tree, candidates, std::move(*items), token, [self](const QString& line) {
                  post(self, [line](SlimController* controller) { Q_EMIT controller->progressLine(line); });
              });
        if (result) {
            outcome.result = std::make_shared<const SlimResult>(std::move(*result));
        } else {
            outcome.error = result.error().toString();
            outcome.cancelled = result.error().code == Error::Code::Cancelled;
        }
        return outcome;
    }));
}

void SlimController::cancel()
{
    m_token.cancel();
}

void SlimController::onFinished()
{
    const Outcome outcome = m_watcher.result();
    if (outcome.result)
        Q_EMIT slimFinished(outcome.result);
    else
        Q_EMIT slimFailed(outcome.error, outcome.cancelled);
}

} // namespace BundleScope
