// SPDX-License-Identifier: GPL-3.0-or-later
// `bundlescope check` with passing and failing .bundlescope.ini rules, bad rules files, and the exit codes of
// `bundlescope report --budget / --budget-compressed` (0 under, 1 over, 2 not a size).
#include "clirun.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {

using BundleScope::Test::Run;
using BundleScope::Test::runBundlescope;
using BundleScope::Test::runProgram;

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.generate() & 0xff);
    return bytes;
}

} // namespace

class TestCliCheck : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bundle; // 200000 random bytes (tar.gz about as large) + 300000 zero bytes (compresses to almost nothing)

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bundle = m_dir.filePath(QStringLiteral("dist/app"));
        QVERIFY(Test::writeFile(m_bundle + QStringLiteral("/app"),
            QByteArray("\x7f"
                       "ELF launcher",
                12)));
        QVERIFY(QFile::setPermissions(
            m_bundle + QStringLiteral("/app"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(Test::writeFile(m_bundle + QStringLiteral("/_internal/base_library.zip"), randomBytes(200000)));
        QVERIFY(Test::writeFile(m_bundle + QStringLiteral("/_internal/torch/zeros.bin"), QByteArray(300000, '\0')));
        QVERIFY(Test::writeFile(m_bundle + QStringLiteral("/_internal/torch/__init__.py"), QByteArray(12, '#')));
    }

    void budget_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("under") << QStringList { QStringLiteral("--budget"), QStringLiteral("1MiB") } << 0;
        QTest::addRow("over") << QStringList { QStringLiteral("--budget"), QStringLiteral("400KiB") } << 1;
        QTest::addRow("bad size") << QStringList { QStringLiteral("--budget"), QStringLiteral("lots") } << 2;
        QTest::addRow("compressed under")
            << QStringList { QStringLiteral("--budget-compressed"), QStringLiteral("300KiB") } << 0;
        QTest::addRow("compressed over, total under") << QStringList { QStringLiteral("--budget"),
            QStringLiteral("1MiB"), QStringLiteral("--budget-compressed"), QStringLiteral("100KiB") }
                                                      << 1;
        QTest::addRow("compressed bad size")
            << QStringList { QStringLiteral("--budget-compressed"), QStringLiteral("-3") } << 2;
    }
    void budget()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        const Run run = runBundlescope(QStringList { QStringLiteral("report"), m_bundle } + options);
        QCOMPARE(run.exitCode, exitCode);
        // Exactly one line says why (other lines on stderr would come from logging categories).
        const QByteArray keyword = exitCode == 2 ? "needs a size" : "Over budget";
        int lines = 0;
        for (const QByteArray& line : run.err.split('\n'))
            lines += line.contains(keyword) ? 1 : 0;
        QCOMPARE(lines, exitCode == 0 ? 0 : 1);
    }

    // A snapshot has no contents: a compressed-size budget on it is an error (exit 4) that says why, never a
    // comparison of the raw sizes; the total budget still works.
    void budgetOnSnapshot()
    {
        const QString snapshot = m_dir.filePath(QStringLiteral("app.bundlescope.json"));
        QCOMPARE(
            runBundlescope({ QStringLiteral("snapshot"), m_bundle, QStringLiteral("--out"), snapshot }).exitCode, 0);
        const Run compressed = runBundlescope(
            { QStringLiteral("report"), snapshot, QStringLiteral("--budget-compressed"), QStringLiteral("10GiB") });
        QCOMPARE(compressed.exitCode, 4);
        QVERIFY2(compressed.err.contains("holds file sizes, not contents"), compressed.err.constData());
        QVERIFY2(!compressed.err.contains("could not be read"), compressed.err.constData());
        const Run total = runBundlescope(
            { QStringLiteral("report"), snapshot, QStringLiteral("--budget"), QStringLiteral("400KiB") });
        QCOMPARE(total.exitCode, 1);
    }

    void check_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArrayList>("expected");
        QTest::addRow("all pass") << QByteArray(
            "[bundlescope]\nmax_total = 1MiB\nforbidden_packages = tensorflow, jax\n")
                                  << 0 << QByteArrayList { "PASS  max_total", "PASS  forbidden_packages" };
        QTest::addRow("total fails") << QByteArray("max_total = 100KiB\nmax_compressed = 10MiB\n") << 1
                                     << QByteArrayList { "FAIL  max_total", "PASS  max_compressed" };
        QTest::addRow("forbidden package present") << QByteArray("forbidden_packages = \"pandas,torch\"\n") << 1
                                                   << QByteArrayList { "FAIL  forbidden_packages", "torch" };
        QTest::addRow("analysis rules") << QByteArray("max_duplicate_waste = 1MiB\nmax_unstripped = 0\n") << 0
                                        << QByteArrayList { "PASS  max_duplicate_waste", "PASS  max_unstripped" };
        QTest::addRow("unknown key") << QByteArray("max_size = 1MiB\n") << 2 << QByteArrayList {};
        QTest::addRow("bad size") << QByteArray("max_total = huge\n") << 2 << QByteArrayList {};
        QTest::addRow("no rules") << QByteArray("# nothing\n") << 2 << QByteArrayList {};
    }
    void check()
    {
        QFETCH(QByteArray, ini);
        QFETCH(int, exitCode);
        QFETCH(QByteArrayList, expected);
        const QString rules
            = m_dir.filePath(QStringLiteral("rules-%1.ini").arg(QString::fromUtf8(QTest::currentDataTag())));
        QVERIFY(Test::writeFile(rules, ini));
        const Run run = runBundlescope({ QStringLiteral("check"), m_bundle, QStringLiteral("--rules"), rules });
        QCOMPARE(run.exitCode, exitCode);
        for (const QByteArray& line : std::as_const(expected))
            QVERIFY2(run.out.contains(line), run.out.constData());
        if (exitCode == 2)
            QVERIFY(!run.err.isEmpty());
    }

    void defaultRulesFile()
    {
        // Next to the bundle (dist/.bundlescope.ini), found without --rules from an unrelated working directory.
        QVERIFY(Test::writeFile(m_dir.filePath(QStringLiteral("dist/.bundlescope.ini")), "max_total = 1KiB\n"));
        const Run run = runBundlescope({ QStringLiteral("check"), m_bundle }, QDir::tempPath());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("FAIL  max_total"));
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("dist/.bundlescope.ini"))));
        const Run missing = runBundlescope({ QStringLiteral("check"), m_bundle }, QDir::tempPath());
        QCOMPARE(missing.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
