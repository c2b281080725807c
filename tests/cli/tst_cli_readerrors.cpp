// SPDX-License-Identifier: GPL-3.0-or-later
// Read errors on the command line (issue 16.1): an entry that the analysis or the estimate cannot read is a warning
// line on stderr ("warning: PATH could not be read: MESSAGE"), a member of the report's `errors`, never a figure;
// the exit status stays what the figures decide (0, or 1 for a failed rule). A snapshot keeps the analysis's read
// errors, and reporting on it shows them again. The unreadable entries are members of a zip whose compressed data is
// damaged (Test::writeDamagedZip): the scan lists them, every later read fails, in the separate process for certain.
#include "clirun.h"
#include "damagedzip.h"
#include "testsupport.h"
#include "weightsfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {

using Test::Run;
using Test::runBundlescope;

const QString s_model = QStringLiteral("app/_internal/models/model.safetensors"); // the analysis and the estimate
const QString s_data = QStringLiteral("app/_internal/licenses/notes.txt"); // only the estimate reads it

QMap<QString, QByteArray> members()
{
    const QList<Test::WeightsTensor> tensors { Test::WeightsFiles::tensor("encoder.weight", { 512, 512 }, 3) };
    return {
        { QStringLiteral("app/app"),
            QByteArray("\x7f"
                       "ELF launcher stub") },
        { QStringLiteral("app/_internal/base_library.zip"), QByteArray(4096, 'b') },
        { s_model, Test::WeightsFiles::safetensors(tensors) },
        { s_data, QByteArray(200000, 'd') },
    };
}

QJsonObject json(const Run& run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QStringList errorPaths(const QJsonObject& report)
{
    QStringList paths;
    for (const QJsonValue& error : report.value(QLatin1String("errors")).toArray())
        paths.append(error.toObject().value(QLatin1String("path")).toString());
    return paths;
}

// The candidates whose paths include `path` and that save something.
int figuresFor(const QJsonObject& report, const QString& path)
{
    int figures = 0;
    for (const QJsonValue& value : report.value(QLatin1String("candidates")).toArray()) {
        const QJsonObject candidate = value.toObject();
        if (candidate.value(QLatin1String("saving")).toInteger() > 0
            && candidate.value(QLatin1String("paths")).toArray().contains(path))
            ++figures;
    }
    return figures;
}

QString warningFor(const QString& path)
{
    return QStringLiteral("warning: %1 could not be read: ").arg(path);
}

} // namespace

class TestCliReadErrors : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_intact;
    QString m_damaged;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_intact = m_dir.filePath(QStringLiteral("intact.zip"));
        m_damaged = m_dir.filePath(QStringLiteral("damaged.zip"));
        QVERIFY(Test::writeDamagedZip(m_intact, members(), {}));
        QVERIFY(Test::writeDamagedZip(m_damaged, members(), { s_model, s_data }));
    }

    // report --candidates: the model's precision candidate when it can be read; an error, a warning and no figure
    // when it cannot. The data file, which no analyzer reads, is no analysis error.
    void reportCandidates_data()
    {
        QTest::addColumn<bool>("damaged");
        QTest::addRow("intact") << false;
        QTest::addRow("damaged") << true;
    }
    void reportCandidates()
    {
        QFETCH(bool, damaged);
        const Run run = runBundlescope({ QStringLiteral("report"), damaged ? m_damaged : m_intact,
            QStringLiteral("--candidates"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = json(run);
        const QString err = QString::fromUtf8(run.err);
        QCOMPARE(errorPaths(report), damaged ? QStringList { s_model } : QStringList());
        QCOMPARE(
            report.value(QLatin1String("totals")).toObject().value(QLatin1String("errors")).toInt(), damaged ? 1 : 0);
        QCOMPARE(err.contains(warningFor(s_model)), damaged);
        QVERIFY2(!err.contains(warningFor(s_data)), qPrintable(err));
        QCOMPARE(figuresFor(report, s_model) > 0, !damaged);
    }

    // report --estimate: every member it cannot read is an error and a warning (the data file too).
    void reportEstimate()
    {
        const Run run = runBundlescope({ QStringLiteral("report"), m_damaged, QStringLiteral("--estimate"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = json(run);
        QCOMPARE(errorPaths(report), (QStringList { s_data, s_model }));
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(warningFor(s_data)) && err.contains(warningFor(s_model)), qPrintable(err));
        QVERIFY(report.contains(QLatin1String("estimates")));

        const Run intact = runBundlescope({ QStringLiteral("report"), m_intact, QStringLiteral("--estimate"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(intact.exitCode, 0);
        QVERIFY(errorPaths(json(intact)).isEmpty());
        QVERIFY2(!intact.err.contains("could not be read"), intact.err.constData());
    }

    // check: the warnings come before the verdicts, and the exit status is the rules' (read errors are no failure of
    // their own; the rule that needs the unread figure says what it measured).
    void check_data()
    {
        QTest::addColumn<QByteArray>("rules");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("warned");
        QTest::addRow("analysis rule passes")
            << QByteArray("max_duplicate_waste = 1GiB\n") << 0 << QStringList { s_model };
        QTest::addRow("estimate rule passes")
            << QByteArray("max_compressed = 1GiB\n") << 0 << QStringList { s_data, s_model };
        QTest::addRow("size rule fails") << QByteArray("max_total = 1KiB\nmax_duplicate_waste = 1GiB\n") << 1
                                         << QStringList { s_model };
    }
    void check()
    {
        QFETCH(QByteArray, rules);
        QFETCH(int, exitCode);
        QFETCH(QStringList, warned);
        const QString rulesFile = m_dir.filePath(QStringLiteral("rules.ini"));
        QVERIFY(Test::writeFile(rulesFile, "[bundlescope]\n" + rules));
        const Run run = runBundlescope({ QStringLiteral("check"), m_damaged, QStringLiteral("--rules"), rulesFile });
        QCOMPARE(run.exitCode, exitCode);
        const QString err = QString::fromUtf8(run.err);
        for (const QString& path : { s_model, s_data })
            QVERIFY2(err.contains(warningFor(path)) == warned.contains(path), qPrintable(path + u'\n' + err));
        QVERIFY(run.out.contains("PASS") || run.out.contains("FAIL"));
    }

    // snapshot --candidates warns and keeps the analysis's read errors; reporting on the snapshot (which cannot be
    // read again: it holds no contents) shows them once more, and estimates nothing rather than the sizes.
    void snapshotKeepsThem()
    {
        const QString snapshot = m_dir.filePath(QStringLiteral("damaged.bundlescope.json"));
        const Run saved = runBundlescope({ QStringLiteral("snapshot"), m_damaged, QStringLiteral("--candidates"),
            QStringLiteral("--out"), snapshot });
        QCOMPARE(saved.exitCode, 0);
        QVERIFY2(saved.err.contains(warningFor(s_model).toUtf8()), saved.err.constData());

        const Run reopened = runBundlescope({ QStringLiteral("report"), snapshot, QStringLiteral("--candidates"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(reopened.exitCode, 0);
        QCOMPARE(errorPaths(json(reopened)), QStringList { s_model });
        QVERIFY2(reopened.err.contains(warningFor(s_model).toUtf8()), reopened.err.constData());

        const Run estimated = runBundlescope({ QStringLiteral("report"), snapshot, QStringLiteral("--estimate"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(estimated.exitCode, 0);
        QVERIFY(!json(estimated).contains(QLatin1String("estimates")));
        QVERIFY2(estimated.err.contains("no file contents"), estimated.err.constData());
        QVERIFY2(!estimated.err.contains(warningFor(QStringLiteral("app/app")).toUtf8()), estimated.err.constData());
    }

    // report --save-snapshot keeps what its analysis and estimate could not read, each under its step.
    void reportSavesThem()
    {
        const QString snapshot = m_dir.filePath(QStringLiteral("report.bundlescope.json"));
        const Run saved = runBundlescope({ QStringLiteral("report"), m_damaged, QStringLiteral("--candidates"),
            QStringLiteral("--estimate"), QStringLiteral("--save-snapshot"), snapshot });
        QCOMPARE(saved.exitCode, 0);
        const Run candidates = runBundlescope({ QStringLiteral("report"), snapshot, QStringLiteral("--candidates"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(errorPaths(json(candidates)), QStringList { s_model });
        const Run estimates = runBundlescope({ QStringLiteral("report"), snapshot, QStringLiteral("--estimate"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(errorPaths(json(estimates)), (QStringList { s_data, s_model }));
        QVERIFY2(estimates.err.contains(warningFor(s_data).toUtf8()), estimates.err.constData());
        const Run plain = runBundlescope(
            { QStringLiteral("report"), snapshot, QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY(errorPaths(json(plain)).isEmpty()); // the scan itself read everything it lists
    }
};

QTEST_GUILESS_MAIN(TestCliReadErrors)
#include "tst_cli_readerrors.moc"
