// SPDX-License-Identifier: GPL-3.0-or-later
#include "trialrunner.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <csignal>

#include <sys/types.h>
#include <unistd.h>

namespace BundleScope {

namespace {
    // Output kept in memory per run; beyond it only the tail is kept (the expected text is matched on the fly).
    constexpr qsizetype MaxKeptBytes = 4 * 1024 * 1024;
    constexpr qsizetype KeptTailBytes = 256 * 1024;
    constexpr int PollMs = 50;

    void killGroup(qint64 pid)
    {
        if (pid > 0)
            ::kill(-pid_t(pid), SIGKILL); // ESRCH when the group is already gone: fine
    }

    // Collects merged output, matching the expected text across chunk boundaries.
    class OutputCollector {
    public:
        explicit OutputCollector(QByteArray expect)
            : m_expect(std::move(expect))
        {
        }
        void add(const QByteArray& chunk)
        {
            if (chunk.isEmpty())
                return;
            if (!m_found && !m_expect.isEmpty()) {
                const QByteArray window = m_carry + chunk;
                m_found = window.contains(m_expect);
                m_carry = window.right(m_expect.size() - 1);
            }
            m_data += chunk;
            if (m_data.size() > MaxKeptBytes) {
                if (m_head.isEmpty())
                    m_head = m_data.left(KeptTailBytes);
                m_data = m_data.right(KeptTailBytes);
            }
        }
        bool found() const { return m_expect.isEmpty() || m_found; }
        QString text() const { return QString::fromLocal8Bit(m_head + m_data); }

    private:
        QByteArray m_expect;
        QByteArray m_carry;
        QByteArray m_head; // the start of a long output, where the first error usually is
        QByteArray m_data;
        bool m_found = false;
    };

    QStringList lastLines(const QString& text, int count)
    {
        QStringList lines = text.split(u'\n');
        while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
            lines.removeLast();
        return lines.mid(std::max<qsizetype>(0, lines.size() - count));
    }
} // namespace

bool TrialRunner::haveStrace()
{
    return !QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty();
}

QString TrialRunner::firstErrorLine(const QString& output)
{
    static const QRegularExpression exception(
        QStringLiteral("^\\s*([A-Za-z_][\\w.]*(Error|Exception|Exit|Interrupt)|error)\\b:?"));
    static const QRegularExpression keyword(QStringLiteral("error|unable|cannot|can't|not found|no such|failed|"
                                                           "fatal|abort|segmentation|killed"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = output.split(u'\n');
    for (const QString& line : lines) {
        if (exception.match(line).hasMatch())
            return line.trimmed();
    }
    for (const QString& line : lines) {
        if (keyword.match(line).hasMatch() && !line.startsWith(QLatin1String("Traceback")))
            return line.trimmed();
    }
    const QStringList last = lastLines(output, 1);
    return last.isEmpty() ? QString() : last.constFirst().trimmed();
}

Result<TrialRun> TrialRunner::run(const TrialCommand& command, const CancellationToken& token)
{
    QProcess process;
    QStringList arguments { QStringLiteral("-c"), command.command };
    QString program = QStringLiteral("/bin/sh");
    if (!command.traceFile.isEmpty()) {
        // %file covers open/openat/stat*/access/readlink/execve…; -y names the folder of *at() descriptors; -s
        // keeps long paths whole.
        arguments = QStringList { QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-y"),
            QStringLiteral("-s"), QStringLiteral("4096"), QStringLiteral("-e"), QStringLiteral("trace=%file,openat"),
            QStringLiteral("-o"), command.traceFile, program }
            + arguments;
        program = QStringLiteral("strace");
    }
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(command.workingDirectory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setChildProcessModifier([] { ::setsid(); });
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(10000))
        return makeError(
            Error::Code::InvalidArgument, tr("Cannot run the command: %1").arg(process.errorString()), program);
    const qint64 pid = process.processId();
    OutputCollector output(command.expect.toLocal8Bit());
    TrialRun run;
    const qint64 deadline = qint64(command.timeoutSeconds) * 1000;
    bool cancelled = false;
    while (!process.waitForFinished(PollMs)) {
        output.add(process.readAll());
        if (token.isCancelled()) {
            cancelled = true;
            killGroup(pid);
        } else if (timer.elapsed() >= deadline && !run.timedOut) {
            run.timedOut = true;
            killGroup(pid);
        }
        if (process.state() == QProcess::NotRunning)
            break;
    }
    killGroup(pid); // children the shell left behind
    output.add(process.readAll());
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (cancelled)
        return makeError(Error::Code::Cancelled, tr("Cancelled."));
    const QString text = output.text();
    run.tail = lastLines(text, TailLines);
    if (process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.passed = !run.timedOut && run.exitCode == 0 && output.found();
    if (run.timedOut)
        run.firstError = tr("timed out after %n s", nullptr, command.timeoutSeconds);
    else if (run.exitCode == 0 && !run.passed)
        run.firstError = tr("exit status 0 but \"%1\" not in the output").arg(command.expect);
    else if (!run.passed) {
        run.firstError = firstErrorLine(text);
        const QString status = run.exitCode < 0 ? tr("crashed") : tr("exit status %1").arg(run.exitCode);
        run.firstError = run.firstError.isEmpty() ? status : run.firstError + QStringLiteral(" (") + status + u')';
    }
    return run;
}

} // namespace BundleScope
