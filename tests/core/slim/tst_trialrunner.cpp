// SPDX-License-Identifier: GPL-3.0-or-later
// Running the command of a trial: pass/fail rules, the timeout killing the whole process group, no survivors after
// a normal exit, cancel within 100 ms, the first error line.
#include "slim/trialrunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <thread>

using namespace BundleScope;

namespace {
// Alive means running: a zombie waiting for a parent that does not reap (PID 1 in a container) is dead.
bool isAlive(qint64 pid)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 || text.mid(close + 2, 1) != "Z";
}

qint64 readPid(const QString& file)
{
    QFile pidFile(file);
    if (!pidFile.open(QIODevice::ReadOnly))
        return -1;
    return pidFile.readAll().trimmed().toLongLong();
}

bool waitDead(qint64 pid)
{
    for (int i = 0; i < 40 && isAlive(pid); ++i)
        QThread::msleep(50);
    return !isAlive(pid);
}
} // namespace

class TestTrialRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void passRules_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("expect");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<QString>("firstError");
        QTest::addRow("exit 0") << "echo hi" << QString() << true << QString();
        QTest::addRow("exit 0 with text") << "echo inference ok"
                                          << "inference ok" << true << QString();
        QTest::addRow("text on stderr") << "echo inference ok >&2"
                                        << "inference ok" << true << QString();
        QTest::addRow("exit 0 without text")
            << "echo nothing"
            << "inference ok" << false << "exit status 0 but \"inference ok\" not in the output";
        QTest::addRow("exit 1 with text") << "echo inference ok; exit 1"
                                          << "inference ok" << false << "inference ok (exit status 1)";
        QTest::addRow("python traceback")
            << "printf 'loading\\nTraceback (most recent call last):\\n  File \"x.py\"\\nImportError: libfoo.so: "
               "cannot open shared object file\\n' >&2; exit 1"
            << QString() << false << "ImportError: libfoo.so: cannot open shared object file (exit status 1)";
        QTest::addRow("plain error") << "echo starting; echo 'Unable to find torch_shm_manager'; exit 255" << QString()
                                     << false << "Unable to find torch_shm_manager (exit status 255)";
        QTest::addRow("stdin is closed") << "cat; echo done"
                                         << "done" << true << QString();
    }
    void passRules()
    {
        QFETCH(QString, command);
        QFETCH(QString, expect);
        QFETCH(bool, passed);
        QFETCH(QString, firstError);
        QTemporaryDir dir;
        const Result<TrialRun> run = TrialRunner::run({ command, dir.path(), expect, 10, {} });
        QVERIFY(run);
        QCOMPARE(run->passed, passed);
        QCOMPARE(run->firstError, firstError);
    }

    void runsInTheWorkingDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(QFile(dir.filePath(QStringLiteral("marker"))).open(QIODevice::WriteOnly));
        const Result<TrialRun> run = TrialRunner::run({ QStringLiteral("test -f ./marker"), dir.path(), {}, 10, {} });
        QVERIFY(run);
        QVERIFY(run->passed);
    }

    // The shell starts a sleeping child and sleeps itself: at the timeout both are gone.
    void timeoutKillsTheProcessGroup()
    {
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        const Result<TrialRun> run
            = TrialRunner::run({ QStringLiteral("sleep 300 & echo $! > child.pid; sleep 300"), dir.path(), {}, 1, {} });
        QVERIFY(run);
        QVERIFY(run->timedOut);
        QVERIFY(!run->passed);
        QCOMPARE(run->firstError, QStringLiteral("timed out after 1 s"));
        QVERIFY(timer.elapsed() < 5000);
        const qint64 child = readPid(dir.filePath(QStringLiteral("child.pid")));
        QVERIFY(child > 0);
        QVERIFY2(waitDead(child), "the sleeping child survived the timeout");
    }

    // A background child left behind by a command that passed does not outlive the trial either.
    void noSurvivorAfterExit()
    {
        QTemporaryDir dir;
        const Result<TrialRun> run = TrialRunner::run(
            { QStringLiteral("sleep 300 & echo $! > child.pid; echo ok"), dir.path(), QStringLiteral("ok"), 10, {} });
        QVERIFY(run);
        QVERIFY(run->passed);
        const qint64 child = readPid(dir.filePath(QStringLiteral("child.pid")));
        QVERIFY(child > 0);
        QVERIFY2(waitDead(child), "the background child survived the trial");
    }

    void cancelWithin100ms()
    {
        QTemporaryDir dir;
        const CancellationToken token;
        QElapsedTimer timer;
        std::thread canceller([&token] {
            QThread::msleep(300);
            token.cancel();
        });
        timer.start();
        const Result<TrialRun> run = TrialRunner::run(
            { QStringLiteral("sleep 300 & echo $! > child.pid; sleep 300"), dir.path(), {}, 60, {} }, token);
        const qint64 elapsed = timer.elapsed();
        canceller.join();
        QVERIFY(!run);
        QCOMPARE(run.error().code, Error::Code::Cancelled);
        QVERIFY2(elapsed < 300 + 100 + 100, qPrintable(QString::number(elapsed))); // + process start
        QVERIFY(waitDead(readPid(dir.filePath(QStringLiteral("child.pid")))));
    }

    void traceWritesALog()
    {
        QVERIFY2(TrialRunner::haveStrace(), "strace is missing: apt-get install strace");
        QTemporaryDir dir;
        QVERIFY(QFile(dir.filePath(QStringLiteral("data.txt"))).open(QIODevice::WriteOnly));
        const QString log = dir.filePath(QStringLiteral("trace.log"));
        const Result<TrialRun> run = TrialRunner::run(
            { QStringLiteral("cat data.txt && echo ok"), dir.path(), QStringLiteral("ok"), 30, log });
        QVERIFY(run);
        QVERIFY(run->passed);
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"data.txt\""));
    }
};

QTEST_GUILESS_MAIN(TestTrialRunner)
#include "tst_trialrunner.moc"
