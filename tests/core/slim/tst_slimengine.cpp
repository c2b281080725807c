// SPDX-License-Identifier: GPL-3.0-or-later
// The slim engine on a bundle whose app is a C program that needs some of its files: exactly the breaking ones are
// isolated within the trial bound, with the app's own error as evidence; a failing baseline stops everything; an app
// writing into its folder leaves the original untouched; cancel and the end of a run leave no temporary folder;
// --trace finds what the app never opens; the output folder and archive hold exactly the verified removals.
#include "common/sizeformat.h"
#include "slim/plainfolderscan.h"
#include "slim/slimengine.h"
#include "slim/slimoutput.h"
#include "slim/trialplanner.h"
#include "slimfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;
using namespace BundleScope::Test;

namespace {
const SlimItem* findItem(const SlimResult& result, const QString& id)
{
    for (const SlimItem& item : result.items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}
} // namespace

class TestSlimEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bundle = m_dir.filePath(QStringLiteral("app"));
        QVERIFY2(SlimFixture::write(m_bundle), "cannot build the fixture: install gcc");
        m_before = SlimFixture::fingerprint(m_bundle);
        const Result<ScanResult> scan = PlainFolderScan::scan(m_bundle);
        QVERIFY(scan);
        m_scan = *scan;
    }
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QVERIFY(m_temp.isValid());
    }
    void cleanup()
    {
        QVERIFY2(QDir(m_temp.path()).isEmpty(), "a temporary folder was left behind");
        QCOMPARE(SlimFixture::fingerprint(m_bundle), m_before);
    }

    void isolatesBreakingFiles_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addRow("plain") << "./app";
        QTest::addRow("app writes into its folder") << "./app --write";
    }
    void isolatesBreakingFiles()
    {
        QFETCH(QString, command);
        const Result<SlimResult> result
            = SlimEngine::run(request(command), *m_scan.tree, {}, SlimFixture::items(m_bundle));
        QVERIFY2(result, qPrintable(result.error().toString()));
        QVERIFY(result->baselinePassed);
        const QMap<QString, QString> breaks { { QStringLiteral("model"), QStringLiteral("Unable to find model.txt") },
            { QStringLiteral("plugin"), QStringLiteral("libplugin.so") },
            { QStringLiteral("helper"), QStringLiteral("Unable to find helper") } };
        quint64 saving = 0;
        for (const SlimItem& item : result->items) {
            if (breaks.contains(item.id)) {
                QCOMPARE(item.verdict, SlimVerdict::Breaks);
                QVERIFY2(item.evidence.contains(breaks.value(item.id)), qPrintable(item.evidence));
            } else {
                QCOMPARE(item.verdict, SlimVerdict::Removed);
                saving += item.saving;
            }
        }
        QCOMPARE(result->verifiedSaving, saving);
        QCOMPARE(result->finalBytes, result->baselineBytes - saving);
        QVERIFY(result->trialCount() <= TrialPlanner::trialBound(8, 3));
        QVERIFY(result->trialCount() >= 4);
        for (const SlimTrial& trial : result->trials)
            QVERIFY2(trial.overheadSeconds < 1.0, qPrintable(QString::number(trial.overheadSeconds)));
        QVERIFY(result->specFragment.contains(QStringLiteral("_bundlescope")) || result->specFragment.size() > 0);
    }

    void failingBaselineStops()
    {
        const Result<SlimResult> result
            = SlimEngine::run(request(QStringLiteral("./app --fail")), *m_scan.tree, {}, SlimFixture::items(m_bundle));
        QVERIFY(result);
        QVERIFY(!result->baselinePassed);
        QCOMPARE(result->trialCount(), 0);
        QCOMPARE(result->trials.front().evidence, QStringLiteral("RuntimeError: self-test failed (exit status 1)"));
        QVERIFY(result->baselineOutputTail.contains(QStringLiteral("RuntimeError: self-test failed")));
        for (const SlimItem& item : result->items)
            QCOMPARE(item.verdict, SlimVerdict::NotTried);
    }

    void cancelCleansUp()
    {
        const CancellationToken token;
        int lines = 0;
        const Result<SlimResult> result = SlimEngine::run(request(QStringLiteral("./app && sleep 30")), *m_scan.tree,
            {}, SlimFixture::items(m_bundle), token, [&token, &lines](const QString& line) {
                if (++lines == 2) // "Baseline run…": cancel while the baseline sleeps
                    token.cancel();
                Q_UNUSED(line);
            });
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
    }

    void traceFindsUnusedFiles()
    {
        SlimRequest traced = request(QStringLiteral("./app"));
        traced.trace = true;
        const Result<SlimResult> result = SlimEngine::run(traced, *m_scan.tree, {}, SlimFixture::items(m_bundle));
        QVERIFY(result);
        QVERIFY(result->traced);
        const SlimItem* unused = findItem(*result, QStringLiteral("unused:_internal/big"));
        QVERIFY(unused);
        QCOMPARE(unused->kind, QStringLiteral("unused_in_run"));
        QCOMPARE(unused->verdict, SlimVerdict::Removed);
        QVERIFY(result->specFragment.contains(QStringLiteral("'big/*'")));
        // The fragment's headline counts the unused folder's bytes (the fixture's other items are no analysis
        // candidates, so the fragment has this one change only); before, it said "saving about 0 B".
        const QString headline = result->specFragment.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(headline.contains(QStringLiteral("saving about %1 of").arg(SizeFormat::format(unused->saving))),
            qPrintable(headline + QLatin1Char(' ') + SizeFormat::format(unused->saving)));
        QVERIFY(result->trialCount() <= TrialPlanner::trialBound(9, 3));
    }

    void writesFolderAndArchive_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("folder") << "slim-app";
        QTest::addRow("tar.gz") << "slim-app.tar.gz";
        QTest::addRow("zip") << "slim-app.zip";
    }
    void writesFolderAndArchive()
    {
        QFETCH(QString, name);
        const Result<SlimResult> result
            = SlimEngine::run(request(QStringLiteral("./app")), *m_scan.tree, {}, SlimFixture::items(m_bundle));
        QVERIFY(result);
        std::vector<SlimAction> removed;
        for (const SlimItem& item : result->items) {
            if (item.verdict == SlimVerdict::Removed)
                removed.insert(removed.end(), item.actions.begin(), item.actions.end());
        }
        QTemporaryDir outDir;
        const QString destination = outDir.filePath(name);
        const Result<SlimOutput::Written> written
            = SlimOutput::write(m_bundle, removed, destination, m_temp.path(), {});
        QVERIFY2(written, qPrintable(written.error().toString()));
        QString app = destination;
        if (SlimOutput::isArchivePath(destination)) {
            const ToolRun unpack = name.endsWith(QLatin1String(".zip"))
                ? runTool(QStringLiteral("unzip"),
                    { QStringLiteral("-q"), destination, QStringLiteral("-d"), outDir.path() }, QStringLiteral("unzip"))
                : runTool(QStringLiteral("tar"),
                    { QStringLiteral("-xzf"), destination, QStringLiteral("-C"), outDir.path() },
                    QStringLiteral("tar"));
            QVERIFY2(unpack.started && unpack.exitCode == 0,
                qPrintable(unpack.error + QString::fromLocal8Bit(unpack.standardError)));
            app = outDir.filePath(QStringLiteral("app"));
        }
        // Exactly the verified removals: the duplicate is a link, the tests are gone, the app runs.
        QVERIFY(QFileInfo(app + QStringLiteral("/_internal/b/blob.bin")).isSymLink());
        QVERIFY(!QFileInfo::exists(app + QStringLiteral("/_internal/pkg/tests"))
            || QDir(app + QLatin1String("/_internal/pkg/tests")).isEmpty());
        QVERIFY(QFileInfo::exists(app + QStringLiteral("/_internal/libplugin.so")));
        QProcess process;
        process.setWorkingDirectory(app);
        process.start(app + QStringLiteral("/app"), {});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput().trimmed(), QByteArray("app ok"));
    }

private:
    SlimRequest request(const QString& command) const
    {
        SlimRequest request;
        request.bundleFolder = m_bundle;
        request.command = command;
        request.expect = QStringLiteral("app ok");
        request.timeoutSeconds = 20;
        request.temporaryRoot = m_temp.path();
        return request;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_temp;
    QString m_bundle;
    QStringList m_before;
    ScanResult m_scan;
};

QTEST_GUILESS_MAIN(TestSlimEngine)
#include "tst_slimengine.moc"
