// SPDX-License-Identifier: GPL-3.0-or-later
// `bundlescope slim` end to end on the slim fixture (a C program needing some of its files): the analysis's
// candidates tried, the JSON schema, exit codes (bad arguments, baseline failure, one-file executable, unreadable
// path), archives as input (which top-level folder is the bundle, several bundles refused), --trace without strace,
// --out, and Ctrl+C (SIGINT) leaving no temporary folder and no running child.
#include "clirun.h"
#include "slimfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace BundleScope;
using namespace BundleScope::Test;

namespace {
QJsonObject candidateById(const QJsonArray& candidates, const QString& id)
{
    for (const QJsonValue& value : candidates) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

// Runs bundlescope with TMPDIR pointing at `temp`, so that leftovers can be seen (and PATH set to `path` if given).
Run runWithTemp(const QStringList& arguments, const QString& temp, const QString& path = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), temp);
    if (!path.isEmpty())
        environment.insert(QStringLiteral("PATH"), path);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BUNDLESCOPE_EXE), arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
} // namespace

class TestCliSlim : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_bundle = m_dir.filePath(QStringLiteral("app"));
        QVERIFY2(SlimFixture::write(m_bundle), "cannot build the fixture: install gcc");
        m_before = SlimFixture::fingerprint(m_bundle);
    }
    void init() { QVERIFY(m_temp.isValid()); }
    void cleanup()
    {
        QVERIFY2(QDir(m_temp.path()).isEmpty(), "a temporary folder was left behind");
        QCOMPARE(SlimFixture::fingerprint(m_bundle), m_before);
    }

    void jsonReport()
    {
        const Run run
            = runWithTemp({ QStringLiteral("slim"), m_bundle, QStringLiteral("--run"), QStringLiteral("./app"),
                              QStringLiteral("--expect"), QStringLiteral("app ok"), QStringLiteral("--candidates"),
                              QStringLiteral("all"), QStringLiteral("--format"), QStringLiteral("json") },
                m_temp.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("bundlescope.slim/1"));
        QCOMPARE(root.value(QStringLiteral("generator")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("bundlescope"));
        QVERIFY(root.value(QStringLiteral("root")).toString().endsWith(QLatin1String("/app")));
        QCOMPARE(root.value(QStringLiteral("command")).toObject().value(QStringLiteral("run")).toString(),
            QStringLiteral("./app"));
        const QJsonObject baseline = root.value(QStringLiteral("baseline")).toObject();
        QVERIFY(baseline.value(QStringLiteral("passed")).toBool());
        QVERIFY(baseline.value(QStringLiteral("bytes")).toDouble() > 0);
        QVERIFY(baseline.contains(QStringLiteral("seconds")));
        const QJsonArray trials = root.value(QStringLiteral("trials")).toArray();
        QVERIFY(!trials.isEmpty());
        QVERIFY(trials.first().toObject().contains(QStringLiteral("overhead_seconds")));
        QVERIFY(root.value(QStringLiteral("verified_saving")).toDouble() > 0);
        QCOMPARE(root.value(QStringLiteral("final_bytes")).toDouble(),
            baseline.value(QStringLiteral("bytes")).toDouble()
                - root.value(QStringLiteral("verified_saving")).toDouble());
        QVERIFY(root.value(QStringLiteral("output")).isNull());
        const QJsonArray candidates = root.value(QStringLiteral("candidates")).toArray();
        // What the analyzers found: the tests folder and the duplicate go, the dlopened plugin breaks the app,
        // the library nothing loads goes.
        const QJsonObject plugin = candidateById(candidates, QStringLiteral("unreferenced:_internal/libplugin.so"));
        QCOMPARE(plugin.value(QStringLiteral("verdict")).toString(), QStringLiteral("breaks"));
        QVERIFY(plugin.value(QStringLiteral("evidence")).toString().contains(QLatin1String("libplugin.so")));
        QCOMPARE(candidateById(candidates, QStringLiteral("unreferenced:_internal/libunused.so"))
                     .value(QStringLiteral("verdict"))
                     .toString(),
            QStringLiteral("removed"));
        QCOMPARE(candidateById(candidates, QStringLiteral("duplicate:a/blob.bin"))
                     .value(QStringLiteral("verdict"))
                     .toString(),
            QStringLiteral("removed"));
        bool sawTests = false;
        for (const QJsonValue& value : candidates) {
            const QJsonObject candidate = value.toObject();
            for (const QString& key : { QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("saving"),
                     QStringLiteral("verdict"), QStringLiteral("evidence") })
                QVERIFY2(candidate.contains(key), qPrintable(key));
            if (candidate.value(QStringLiteral("kind")).toString() == u"dev_files") {
                sawTests = true;
                QCOMPARE(candidate.value(QStringLiteral("verdict")).toString(), QStringLiteral("removed"));
            }
        }
        QVERIFY(sawTests);
    }

    void textReportAndArchiveOut()
    {
        QTemporaryDir outDir;
        const QString out = outDir.filePath(QStringLiteral("slim.tar.gz"));
        const Run run
            = runWithTemp({ QStringLiteral("slim"), m_bundle, QStringLiteral("--run"), QStringLiteral("./app"),
                              QStringLiteral("--expect"), QStringLiteral("app ok"), QStringLiteral("--candidates"),
                              QStringLiteral("all"), QStringLiteral("--out"), out },
                m_temp.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Verified: "));
        QVERIFY(run.out.contains("breaks"));
        QVERIFY(run.out.contains("_bundlescope_links"));
        QVERIFY(run.err.contains("trial 1:"));
        QVERIFY(QFile::exists(out));
        // The archive is itself a slim input: its app passes, and nothing is left to remove but what breaks.
        const Run again
            = runWithTemp({ QStringLiteral("slim"), out, QStringLiteral("--run"), QStringLiteral("./app"),
                              QStringLiteral("--expect"), QStringLiteral("app ok"), QStringLiteral("--format"),
                              QStringLiteral("json"), QStringLiteral("--candidates"), QStringLiteral("all") },
                m_temp.path());
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(again.out).object();
        QVERIFY(root.value(QStringLiteral("baseline")).toObject().value(QStringLiteral("passed")).toBool());
        QCOMPARE(root.value(QStringLiteral("verified_saving")).toDouble(), 0.0);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("no --run") << QStringList { QStringLiteral("BUNDLE") } << 2 << "needs one PATH, --run CMD";
        QTest::addRow("bad timeout") << QStringList { QStringLiteral("BUNDLE"), QStringLiteral("--run"),
            QStringLiteral("./app"), QStringLiteral("--timeout"), QStringLiteral("0") }
                                     << 2 << "--timeout";
        QTest::addRow("unknown candidate") << QStringList { QStringLiteral("BUNDLE"), QStringLiteral("--run"),
            QStringLiteral("./app"), QStringLiteral("--candidates"), QStringLiteral("nope:x") }
                                           << 2 << "No candidate with the id nope:x";
        QTest::addRow("missing path") << QStringList { QStringLiteral("/nonexistent/bundle"), QStringLiteral("--run"),
            QStringLiteral("./app") } << 3
                                      << "No such file or folder";
        QTest::addRow("baseline fails") << QStringList { QStringLiteral("BUNDLE"), QStringLiteral("--run"),
            QStringLiteral("./app --fail") }
                                        << 4 << "RuntimeError: self-test failed";
        QTest::addRow("expected text missing") << QStringList { QStringLiteral("BUNDLE"), QStringLiteral("--run"),
            QStringLiteral("./app"), QStringLiteral("--expect"), QStringLiteral("inference ok") }
                                               << 4 << "does not pass";
        // A one-file executable is a valid bundle for report but the wrong input for slim: a bad argument (2), with
        // the way out (rebuild one-folder), not a failed operation (4).
        QTest::addRow("one-file executable") << QStringList { QStringLiteral("ONEFILE"), QStringLiteral("--run"),
            QStringLiteral("./app") } << 2 << "one-file executable: its files exist only while it runs";
        QTest::addRow("one-file executable, how to slim it")
            << QStringList { QStringLiteral("ONEFILE"), QStringLiteral("--run"), QStringLiteral("./app") } << 2
            << "pyinstaller --onedir";
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir outDir;
        const QString oneFile = outDir.filePath(QStringLiteral("onefile-app"));
        QVERIFY(SlimFixture::writeOneFile(oneFile));
        arguments.replaceInStrings(QStringLiteral("BUNDLE"), m_bundle);
        arguments.replaceInStrings(QStringLiteral("ONEFILE"), oneFile);
        const QString out = outDir.filePath(QStringLiteral("never.tar.gz"));
        const Run run = runWithTemp(
            QStringList { QStringLiteral("slim"), QStringLiteral("--out"), out } + arguments, m_temp.path());
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QVERIFY2(!QFile::exists(out), "an output was written");
    }

    // --trace where strace is not installed: said once, in the text and the JSON, and the run goes on untraced.
    void traceWithoutStrace()
    {
        QTemporaryDir bin;
        QVERIFY(QFile::link(QStandardPaths::findExecutable(QStringLiteral("cp")), bin.filePath(QStringLiteral("cp"))));
        const Run run
            = runWithTemp({ QStringLiteral("slim"), m_bundle, QStringLiteral("--run"), QStringLiteral("./app"),
                              QStringLiteral("--trace"), QStringLiteral("--candidates"),
                              QStringLiteral("unreferenced:_internal/libunused.so"), QStringLiteral("--format"),
                              QStringLiteral("json") },
                m_temp.path(), bin.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(QStringLiteral("baseline")).toObject().value(QStringLiteral("traced")).toBool(true), false);
        QVERIFY2(root.value(QStringLiteral("trace_note")).toString().contains(QLatin1String("strace is not installed")),
            run.out.constData());
        QVERIFY2(run.err.contains("strace is not installed"), run.err.constData());
        QVERIFY2(run.err.contains("trial 1:"), run.err.constData()); // went on
        const Run text
            = runWithTemp({ QStringLiteral("slim"), m_bundle, QStringLiteral("--run"), QStringLiteral("./app"),
                              QStringLiteral("--trace"), QStringLiteral("--candidates"),
                              QStringLiteral("unreferenced:_internal/libunused.so") },
                m_temp.path(), bin.path());
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("strace is not installed"), text.out.constData());
    }

    // Which folder of an archive is the bundle; several bundles in one archive are refused.
    void archiveTopLevels_data()
    {
        // What the archive holds at its top: "NAME/" a copy of the whole fixture bundle named NAME, "README.txt" a
        // text file, anything else that entry of the fixture bundle (packed from inside it).
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("one top folder") << QStringList { QStringLiteral("app/") } << 0 << "Verified:";
        QTest::addRow("packed from inside the bundle")
            << QStringList { QStringLiteral("app"), QStringLiteral("_internal") } << 0 << "Verified:";
        QTest::addRow("bundle folder and a readme")
            << QStringList { QStringLiteral("app/"), QStringLiteral("README.txt") } << 0 << "Verified:";
        QTest::addRow("two bundles") << QStringList { QStringLiteral("app/"), QStringLiteral("app2/") } << 2
                                     << "The archive holds 2 bundles (app, app2)";
    }
    void archiveTopLevels()
    {
        QFETCH(QStringList, entries);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir staging;
        QTemporaryDir outDir;
        // Lay the entries out in a staging folder, then tar it from there.
        const QString top = staging.path();
        QStringList names;
        for (const QString& entry : entries) {
            const QString name = QString(entry).remove(u'/');
            names.append(name);
            if (name == u"README.txt") {
                QVERIFY(writeFile(top + QStringLiteral("/README.txt"), "read me\n"));
                continue;
            }
            const QString from = entry.endsWith(u'/') ? m_bundle : m_bundle + u'/' + name;
            const ToolRun cp = runTool(
                QStringLiteral("cp"), { QStringLiteral("-a"), from, top + u'/' + name }, QStringLiteral("coreutils"));
            QVERIFY2(cp.exitCode == 0, cp.standardError.constData());
        }
        const QString archive = outDir.filePath(QStringLiteral("bundle.tar.gz"));
        const ToolRun tar = runTool(QStringLiteral("tar"),
            QStringList { QStringLiteral("-czf"), archive, QStringLiteral("-C"), top } + names, QStringLiteral("tar"));
        QVERIFY2(tar.started && tar.exitCode == 0, tar.standardError.constData());
        const Run run
            = runWithTemp({ QStringLiteral("slim"), archive, QStringLiteral("--run"), QStringLiteral("./app"),
                              QStringLiteral("--expect"), QStringLiteral("app ok"), QStringLiteral("--candidates"),
                              QStringLiteral("unreferenced:_internal/libunused.so") },
                m_temp.path());
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        const QByteArray printed = run.out + run.err;
        QVERIFY2(printed.contains(message.toUtf8()), printed.constData());
    }

    void sigintCleansUp()
    {
        QTemporaryDir outDir;
        const QString pidFile = outDir.filePath(QStringLiteral("sleeper.pid"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TMPDIR"), m_temp.path());
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(BUNDLESCOPE_EXE),
            { QStringLiteral("slim"), m_bundle, QStringLiteral("--run"),
                QStringLiteral("sleep 300 & echo $! > '%1'; ./app && sleep 300").arg(pidFile) });
        QVERIFY(process.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        while (!QFile::exists(pidFile) && timer.elapsed() < 60000)
            QThread::msleep(50);
        QVERIFY(QFile::exists(pidFile));
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 4);
        QVERIFY2(process.readAll().contains("ancel"), "no cancel message");
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const pid_t sleeper = pid_t(file.readAll().trimmed().toInt());
        QVERIFY(sleeper > 0);
        for (int i = 0; i < 40 && ::kill(sleeper, 0) == 0; ++i)
            QThread::msleep(50);
        QFile stat(QStringLiteral("/proc/%1/stat").arg(sleeper));
        const bool running = stat.open(QIODevice::ReadOnly) && !stat.readAll().contains(") Z");
        QVERIFY2(!running, "the app's child survived Ctrl+C");
    }

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_temp;
    QString m_bundle;
    QStringList m_before;
};

QTEST_GUILESS_MAIN(TestCliSlim)
#include "tst_cli_slim.moc"
