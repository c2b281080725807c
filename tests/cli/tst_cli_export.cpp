// SPDX-License-Identifier: GPL-3.0-or-later
// `bundlescope export` and `bundlescope report --estimate` end to end: runs the built executable on a generated
// bundle and checks the archive (read back with GNU tar / Python's zipfile), the estimate line and the exit codes.
#include "clirun.h"
#include "mixedbundle.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
using BundleScope::Test::Run;
using BundleScope::Test::runBundlescope;
using BundleScope::Test::runProgram;

Run bundlescope(const QStringList& arguments)
{
    return runProgram(QStringLiteral(BUNDLESCOPE_EXE), arguments);
}
} // namespace

class TestCliExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportsAndReportsError_data();
    void exportsAndReportsError();
    void existingNeedsForce();
    void badArguments_data();
    void badArguments();
    void reportEstimates();

private:
    QTemporaryDir m_dir;
    QString m_bundle;
};

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bundle = m_dir.filePath(QStringLiteral("cliapp"));
    QVERIFY(BundleScope::Test::MixedBundle::write(m_bundle, 2 * 1024 * 1024));
}

void TestCliExport::exportsAndReportsError_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QStringList>("list"); // %A: the archive
    QTest::addRow("tar.gz") << QStringLiteral("tar.gz") << QStringLiteral("tar")
                            << QStringList { QStringLiteral("-tzf"), QStringLiteral("%A") };
    QTest::addRow("tar.zst") << QStringLiteral("tar.zst") << QStringLiteral("tar")
                             << QStringList { QStringLiteral("--zstd"), QStringLiteral("-tf"), QStringLiteral("%A") };
    QTest::addRow("zip") << QStringLiteral("zip") << QStringLiteral("python3")
                         << QStringList { QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-l"),
                                QStringLiteral("%A") };
}

void TestCliExport::exportsAndReportsError()
{
    QFETCH(QString, format);
    QFETCH(QString, tool);
    QFETCH(QStringList, list);
    const QString archive = m_dir.filePath(QStringLiteral("cli.") + format);
    const Run run = bundlescope({ QStringLiteral("export"), m_bundle, QStringLiteral("--format"), format,
        QStringLiteral("--out"), archive, QStringLiteral("--verify") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFileInfo::exists(archive));
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Estimated .*, actual .* \\(error [+-]?[0-9.]+%\\)"))),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Verified:")), qPrintable(text));
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 is missing: install it (packaging/install-deps.sh)").arg(tool)));
    for (QString& argument : list)
        argument.replace(QStringLiteral("%A"), archive);
    const Run listed = runProgram(program, list);
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QVERIFY(listed.out.contains("cliapp/_internal/models/weights.safetensors"));
}

void TestCliExport::existingNeedsForce()
{
    const QString archive = m_dir.filePath(QStringLiteral("twice.tar.gz"));
    const QStringList arguments { QStringLiteral("export"), m_bundle, QStringLiteral("--out"), archive };
    QCOMPARE(bundlescope(arguments).exitCode, 0);
    const Run again = bundlescope(arguments);
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains("already exists"));
    QCOMPARE(bundlescope(arguments + QStringList { QStringLiteral("--force") }).exitCode, 0);
}

void TestCliExport::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("no --out") << QStringList { QStringLiteral("export"), QStringLiteral("/tmp") } << 2;
    QTest::addRow("unknown format") << QStringList { QStringLiteral("export"), QStringLiteral("/tmp"),
        QStringLiteral("--format"), QStringLiteral("rar"), QStringLiteral("--out"), QStringLiteral("/tmp/x.rar") }
                                    << 2;
    QTest::addRow("level 12") << QStringList { QStringLiteral("export"), QStringLiteral("/tmp"),
        QStringLiteral("--level"), QStringLiteral("12"), QStringLiteral("--out"), QStringLiteral("/tmp/x") }
                              << 2;
    QTest::addRow("missing path") << QStringList { QStringLiteral("export"), QStringLiteral("/no/such/bundle"),
        QStringLiteral("--out"), QStringLiteral("/tmp/x.tar.gz") }
                                  << 3;
}

void TestCliExport::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QCOMPARE(bundlescope(arguments).exitCode, exitCode);
}

void TestCliExport::reportEstimates()
{
    const Run run = bundlescope({ QStringLiteral("report"), m_bundle, QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--estimate") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject estimates
        = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("estimates")).toObject();
    QCOMPARE(estimates.keys(),
        QStringList(
            { QStringLiteral("tar.gz"), QStringLiteral("tar.xz"), QStringLiteral("tar.zst"), QStringLiteral("zip") }));
    for (const QString& key : estimates.keys())
        QVERIFY(estimates.value(key).toDouble() > 1024 * 1024); // mostly incompressible weights
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
