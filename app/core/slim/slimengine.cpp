// SPDX-License-Identifier: GPL-3.0-or-later
#include "slimengine.h"

#include "common/sizeformat.h"
#include "slim/slimcandidates.h"
#include "slim/tracelog.h"
#include "slim/trialcopy.h"
#include "slim/trialplanner.h"
#include "slim/trialrunner.h"

#include <QElapsedTimer>
#include <QSet>

namespace BundleScope {

namespace {
    double secondsOf(const QElapsedTimer& timer)
    {
        return double(timer.nsecsElapsed()) / 1e9;
    }

    quint64 uniqueBytes(const std::vector<const SlimAction*>& actions)
    {
        QSet<QString> seen;
        quint64 bytes = 0;
        for (const SlimAction* action : actions) {
            const QString key = action->path + u'\n' + action->member; // each module of a launcher counts
            if (!seen.contains(key)) {
                seen.insert(key);
                bytes += action->bytes;
            }
        }
        return bytes;
    }

    // Runs the planner's trials on the copy and records each one.
    class TrialSession {
    public:
        TrialSession(TrialCopy& copy, const TrialCommand& command, const std::vector<SlimItem*>& tried,
            SlimResult& result, const CancellationToken& token, const SlimEngine::Progress& progress)
            : m_copy(copy)
            , m_command(command)
            , m_tried(tried)
            , m_result(result)
            , m_token(token)
            , m_progress(progress)
        {
        }

        Result<TrialPlanner::Outcome> operator()(const std::vector<int>& removed)
        {
            QElapsedTimer timer;
            timer.start();
            std::vector<const SlimAction*> actions;
            for (int index : removed) {
                for (const SlimAction& action : m_tried[std::size_t(index)]->actions)
                    actions.push_back(&action);
            }
            if (Result<void> applied = m_copy.apply(actions); !applied)
                return applied.error();
            const Result<TrialRun> run = TrialRunner::run(m_command, m_token);
            if (!run)
                return run.error();
            SlimTrial trial;
            trial.index = int(m_result.trials.size());
            trial.removedItems = int(removed.size());
            trial.removedBytes = uniqueBytes(actions);
            trial.passed = run->passed;
            trial.seconds = run->seconds;
            trial.overheadSeconds = std::max(0.0, secondsOf(timer) - run->seconds);
            // Paths in the copy read better relative to the bundle ("_internal/torch/lib/…").
            trial.evidence = QString(run->firstError).replace(m_copy.root() + u'/', QString());
            m_result.trials.push_back(trial);
            if (m_progress)
                m_progress(SlimEngine::tr(
                    "trial %1: %n candidate(s) removed (%2): %3 in %4 s (+%5 s)%6", nullptr, trial.removedItems)
                               .arg(trial.index)
                               .arg(SizeFormat::format(trial.removedBytes),
                                   trial.passed ? SlimEngine::tr("passed") : SlimEngine::tr("failed"))
                               .arg(trial.seconds, 0, 'f', 1)
                               .arg(trial.overheadSeconds, 0, 'f', 3)
                               .arg(trial.passed ? QString() : QStringLiteral(": ") + trial.evidence));
            return TrialPlanner::Outcome { run->passed, trial.evidence };
        }

    private:
        TrialCopy& m_copy;
        const TrialCommand& m_command;
        const std::vector<SlimItem*>& m_tried;
        SlimResult& m_result;
        const CancellationToken& m_token;
        const SlimEngine::Progress& m_progress;
    };

    void report(const SlimEngine::Progress& progress, const QString& line)
    {
        if (progress)
            progress(line);
    }
} // namespace

Result<SlimResult> SlimEngine::run(const SlimRequest& request, const BundleTree& tree,
    const std::vector<Candidate>& candidates, std::vector<SlimItem> items, const CancellationToken& token,
    const Progress& progress)
{
    QElapsedTimer total;
    total.start();
    SlimResult result;
    result.root = request.displayRoot.isEmpty() ? request.bundleFolder : request.displayRoot;
    result.command = request.command;
    result.expect = request.expect;
    result.baselineBytes = tree.totalSize();
    report(progress, tr("Copying %1 to a working folder…").arg(SizeFormat::format(tree.allocatedSize(tree.root()))));
    Result<std::unique_ptr<TrialCopy>> copy
        = TrialCopy::create(request.bundleFolder, request.temporaryRoot, tree.allocatedSize(tree.root()), token);
    if (!copy)
        return copy.error();
    result.copySeconds = secondsOf(total);

    TrialCommand command { request.command, (*copy)->root(), request.expect, request.timeoutSeconds, {} };
    const bool trace = request.trace && TrialRunner::haveStrace();
    if (request.trace && !trace) {
        result.traceNote = tr("strace is not installed (apt-get install strace): no unused-in-the-run candidates.");
        report(progress, result.traceNote);
    }
    if (trace)
        command.traceFile = (*copy)->temporaryPath() + QStringLiteral("/trace.log");
    report(progress, trace ? tr("Baseline run (traced)…") : tr("Baseline run…"));
    const Result<TrialRun> baseline = TrialRunner::run(command, token);
    if (!baseline)
        return baseline.error();
    result.baselinePassed = baseline->passed;
    result.baselineSeconds = baseline->seconds;
    result.baselineOutputTail = baseline->tail;
    result.trials.push_back({ 0, 0, 0, baseline->passed, baseline->seconds, 0, baseline->firstError });
    if (!baseline->passed) {
        result.items = std::move(items);
        result.finalBytes = result.baselineBytes;
        result.seconds = secondsOf(total);
        return result;
    }
    if (trace) {
        result.traced = true;
        const TraceLog log = TraceLog::read(command.traceFile, (*copy)->root());
        std::vector<SlimItem> unused
            = SlimCandidates::fromTrace(tree, log, items, request.traceMinBytes, request.traceLimit);
        report(progress,
            tr("The traced run touched %n path(s); %1 unused file(s)/folder(s) become candidates.", nullptr,
                int(log.size()))
                .arg(unused.size()));
        for (SlimItem& item : unused)
            items.push_back(std::move(item));
        command.traceFile.clear();
    }

    std::vector<SlimItem*> tried;
    for (SlimItem& item : items) {
        if (!item.actions.empty())
            tried.push_back(&item);
    }
    TrialSession session(**copy, command, tried, result, token, progress);
    const Result<TrialPlanner::Verdicts> verdicts
        = TrialPlanner::run(int(tried.size()), [&](const std::vector<int>& removed) {
              if (request.trialStarting) {
                  QStringList ids;
                  for (int index : removed)
                      ids.append(tried[std::size_t(index)]->id);
                  request.trialStarting(int(result.trials.size()), ids);
              }
              return session(removed);
          });
    if (!verdicts)
        return verdicts.error();
    std::vector<const SlimAction*> removedActions;
    for (std::size_t i = 0; i < tried.size(); ++i) {
        SlimItem& item = *tried[i];
        if (verdicts->removed[i]) {
            item.verdict = SlimVerdict::Removed;
            item.evidence = item.kind == u"unused_in_run"
                ? tr("not opened in the traced run; the app passes without it")
                : tr("the app passes without it");
            for (const SlimAction& action : item.actions)
                removedActions.push_back(&action);
        } else {
            item.verdict = SlimVerdict::Breaks;
            item.evidence = verdicts->evidence[i];
        }
        if (!item.note.isEmpty())
            item.evidence += QStringLiteral("; ") + item.note;
    }
    result.verifiedSaving = uniqueBytes(removedActions);
    result.finalBytes = result.baselineBytes - std::min(result.baselineBytes, result.verifiedSaving);
    result.items = std::move(items);
    result.specFragment = SlimCandidates::specFragment(tree, candidates, result.items);
    result.seconds = secondsOf(total);
    return result;
}

} // namespace BundleScope
