// SPDX-License-Identifier: GPL-3.0-or-later
// `bundlescope export` and `bundlescope report --estimate` end to end: runs the built executable on a generated
// bundle and checks the archive (read back with GNU tar / Python's zipfile), the estimate line and the exit codes.
#include "clirun.h"
#include "mixedbundle.h"
#include "pyinstallerexecutables.h"
#include "testsupport.h"

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
    void roundTripsFilesOnDisk_data();
    void roundTripsFilesOnDisk();
    void oneFileEstimateIsTheFile();

private:
    QTemporaryDir m_dir;
    QString m_bundle;
    QString m_launcherBundle; // its launcher carries a PKG, shown as virtual members
    QString m_oneFile;
};

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bundle = m_dir.filePath(QStringLiteral("cliapp"));
    QVERIFY(BundleScope::Test::MixedBundle::write(m_bundle, 2 * 1024 * 1024));
    m_launcherBundle = m_dir.filePath(QStringLiteral("pkgapp"));
    QVERIFY(BundleScope::Test::MixedBundle::write(
        m_launcherBundle, 2 * 1024 * 1024, 2, BundleScope::Test::MixedBundle::Launcher::WithArchive));
    m_oneFile = m_dir.filePath(QStringLiteral("onetool"));
    QVERIFY(BundleScope::Test::writeFile(
        m_oneFile, BundleScope::Test::PyInstallerExecutables::oneFile("onetool", 1024 * 1024, 4)));
    QVERIFY(QFile::setPermissions(
        m_oneFile, QFile::permissions(m_oneFile) | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
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

void TestCliExport::roundTripsFilesOnDisk_data()
{
    // Issue 13: exports of a launcher with a PKG stopped at "Could not read …/(archive index)"; a one-file
    // executable was exported as its virtual members.
    QTest::addColumn<bool>("oneFile");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("excludeCandidates");
    QTest::addRow("launcher tar.gz") << false << QStringLiteral("tar.gz") << false;
    QTest::addRow("launcher zip") << false << QStringLiteral("zip") << false;
    QTest::addRow("launcher tar.gz --exclude-candidates") << false << QStringLiteral("tar.gz") << true;
    QTest::addRow("one-file tar.gz") << true << QStringLiteral("tar.gz") << false;
    QTest::addRow("one-file zip") << true << QStringLiteral("zip") << false;
    QTest::addRow("one-file zip --exclude-candidates") << true << QStringLiteral("zip") << true;
}

void TestCliExport::roundTripsFilesOnDisk()
{
    QFETCH(bool, oneFile);
    QFETCH(QString, format);
    QFETCH(bool, excludeCandidates);
    const QString source = oneFile ? m_oneFile : m_launcherBundle;
    const QString archive = m_dir.filePath(QStringLiteral("rt-%1-%2.").arg(oneFile).arg(excludeCandidates) + format);
    QStringList arguments { QStringLiteral("export"), source, QStringLiteral("--format"), format,
        QStringLiteral("--out"), archive, QStringLiteral("--verify"), QStringLiteral("--force") };
    if (excludeCandidates)
        arguments.append(QStringLiteral("--exclude-candidates"));
    const Run run = bundlescope(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QTemporaryDir extracted;
    QVERIFY(extracted.isValid());
    const QString tool = format == u"zip" ? QStringLiteral("unzip") : QStringLiteral("tar");
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 is missing: install it (packaging/install-deps.sh)").arg(tool)));
    const QStringList extract = format == u"zip"
        ? QStringList { QStringLiteral("-q"), archive, QStringLiteral("-d"), extracted.path() }
        : QStringList { QStringLiteral("-xzf"), archive, QStringLiteral("-C"), extracted.path() };
    const Run unpacked = runProgram(program, extract);
    QVERIFY2(unpacked.exitCode == 0, unpacked.err.constData());
    const QString name = QFileInfo(source).fileName();
    const QStringList files = BundleScope::Test::relativeFiles(extracted.path());
    if (oneFile) {
        // The executable itself: one entry, the same bytes, still executable.
        QCOMPARE(files, QStringList { name });
        QCOMPARE(BundleScope::Test::readFile(extracted.filePath(name)), BundleScope::Test::readFile(source));
        QVERIFY(QFileInfo(extracted.filePath(name)).isExecutable());
        return;
    }
    QStringList expected;
    for (const QString& path : BundleScope::Test::relativeFiles(source))
        expected.append(name + u'/' + path);
    if (!excludeCandidates)
        QCOMPARE(files, expected);
    for (const QString& path : files) {
        if (QFileInfo(extracted.filePath(path)).isSymLink())
            continue; // its target may be left out (lib0.so -> lib0.so.1, a duplicate)
        QVERIFY2(!path.contains(QStringLiteral("(archive index)")) && !path.contains(QStringLiteral(".pyz/")),
            qPrintable(path));
        QVERIFY2(BundleScope::Test::readFile(extracted.filePath(path))
                == BundleScope::Test::readFile(QFileInfo(source).path() + u'/' + path),
            qPrintable(path));
    }
    const QString launcher = extracted.filePath(name + QStringLiteral("/app"));
    QCOMPARE(BundleScope::Test::readFile(launcher), BundleScope::Test::readFile(source + QStringLiteral("/app")));
    QCOMPARE(QFile::permissions(launcher) & 0x7777, QFile::permissions(source + QStringLiteral("/app")) & 0x7777);
    QVERIFY(QFileInfo(launcher).isExecutable());
}

void TestCliExport::oneFileEstimateIsTheFile()
{
    // The estimate of a one-file executable is the estimate of archiving that one file (it used to sample its
    // virtual members, decompressing each again: minutes and hundreds of MB on a torch one-file).
    const Run run = bundlescope({ QStringLiteral("report"), m_oneFile, QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--estimate") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject estimates
        = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("estimates")).toObject();
    const double fileBytes = double(QFileInfo(m_oneFile).size());
    for (const QString& key : estimates.keys()) {
        const double estimate = estimates.value(key).toDouble();
        QVERIFY2(estimate > fileBytes * 0.8 && estimate < fileBytes * 1.1,
            qPrintable(QStringLiteral("%1: %2 for a %3-byte file").arg(key).arg(estimate).arg(fileBytes)));
    }
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
