// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace BundleScope {

// How to run the app under test once.
struct TrialCommand {
    QString command; // shell text, run as /bin/sh -c COMMAND
    QString workingDirectory; // the trial copy's top folder
    QString expect; // text that must appear in stdout+stderr; empty: exit status 0 is enough
    int timeoutSeconds = 120;
    QString traceFile; // non-empty: run under strace -f and write its log there
};

// The outcome of one run.
struct TrialRun {
    bool passed = false;
    int exitCode = -1; // -1 when killed or crashed
    bool timedOut = false;
    double seconds = 0;
    QString firstError; // the line that best explains a failure (see TrialRunner::firstErrorLine)
    QStringList tail; // the last lines of output
};

// Runs a command the way slim trials need it: /bin/sh -c in the given folder, stdin from /dev/null, stdout and
// stderr merged, in a session and process group of its own (setsid in the child). The whole group is killed with
// SIGKILL at the timeout, on cancel (polled every 50 ms) and after the shell exits, so no child survives a trial.
// Synchronous on the caller's thread (no event loop needed); stateless.
class TrialRunner {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::TrialRunner)
public:
    static constexpr int TailLines = 12;

    // Errors: InvalidArgument (the shell or strace cannot start), Cancelled.
    [[nodiscard]] static Result<TrialRun> run(const TrialCommand& command, const CancellationToken& token = {});

    // The most telling line of a failing run's output: a Python exception line ("ImportError: …"), else the first
    // line that says error/unable/cannot/not found/failed, else the last non-empty line.
    static QString firstErrorLine(const QString& output);
    // Whether strace can be run here.
    static bool haveStrace();
};

} // namespace BundleScope
