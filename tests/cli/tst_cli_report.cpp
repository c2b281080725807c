// SPDX-License-Identifier: GPL-3.0-or-later
// `bundlescope report` end to end: runs the built executable on a one-folder bundle generated in a QTemporaryDir and
// checks the JSON against sums computed here with QDirIterator + lstat, the exit codes and the other formats.
#include "clirun.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

using BundleScope::Test::Run;
using BundleScope::Test::runBundlescope;
using BundleScope::Test::runProgram;

struct Sums {
    qint64 bytes = 0;
    qint64 files = 0;
    qint64 dirs = 0;
    qint64 symlinks = 0;
};

// Independent of the scanner: Qt's iterator plus lstat(2) (symlinks not followed; the fixture has no hard links).
Sums walk(const QString& root)
{
    Sums sums;
    QDirIterator it(
        root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st { };
        if (lstat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            ++sums.dirs;
            continue;
        }
        sums.bytes += st.st_size;
        if (S_ISREG(st.st_mode))
            ++sums.files;
        else if (S_ISLNK(st.st_mode))
            ++sums.symlinks;
    }
    return sums;
}

qint64 sumOf(const QJsonArray& array)
{
    qint64 sum = 0;
    for (const QJsonValue& value : array)
        sum += value.toObject().value(u"bytes").toInteger();
    return sum;
}

} // namespace

class TestCliReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void json();
    void outputFile();
    void formats_data();
    void formats();
    void badArguments_data();
    void badArguments();
    void unreadable_data();
    void unreadable();
    void helpAndVersion_data();
    void helpAndVersion();

private:
    QTemporaryDir m_dir;
    QString m_bundle;
};

void TestCliReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(BUNDLESCOPE_EXE)), BUNDLESCOPE_EXE);
    m_bundle = m_dir.filePath(QStringLiteral("dist/app"));
    const QString in = m_bundle + QStringLiteral("/_internal/");
    QVERIFY(BundleScope::Test::writeFile(m_bundle + QStringLiteral("/app"), QByteArray(3000, 'x')));
    QVERIFY(QFile::setPermissions(
        m_bundle + QStringLiteral("/app"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup));
    QVERIFY(BundleScope::Test::writeFile(in + QStringLiteral("base_library.zip"), QByteArray(1500, 'z')));
    QVERIFY(BundleScope::Test::writeFile(in + QStringLiteral("libpython3.11.so.1.0"), QByteArray(2500, 'p')));
    QVERIFY(BundleScope::Test::writeFile(in + QStringLiteral("torch/lib/libtorch_cpu.so"), QByteArray(70000, 't')));
    QVERIFY(BundleScope::Test::writeFile(in + QStringLiteral("torch/__init__.py"), "import os\n"));
    QVERIFY(BundleScope::Test::writeFile(in + QStringLiteral("torch/tests/test_a.py"), QByteArray(900, '#')));
    QVERIFY(BundleScope::Test::writeFile(in + QStringLiteral("numpy/core/x.py"), QByteArray(1200, '#')));
    QVERIFY(BundleScope::Test::writeFile(in + QStringLiteral("numpy/empty.txt"), QByteArray()));
    QVERIFY(BundleScope::Test::writeFile(in + QStringLiteral("README.md"), QByteArray(42, 'r')));
    QVERIFY(QDir().mkpath(in + QStringLiteral("emptydir")));
    QVERIFY(QFile::link(QStringLiteral("torch/lib/libtorch_cpu.so"), in + QStringLiteral("libtorch_cpu.so")));
}

void TestCliReport::json()
{
    const Run run = runBundlescope({ QStringLiteral("report"), m_bundle, QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--top"), QStringLiteral("3") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const Sums sums = walk(m_bundle);
    QVERIFY(sums.bytes > 70000);
    const QJsonObject totals = json.value(u"totals").toObject();
    QCOMPARE(json.value(u"schema").toString(), QStringLiteral("bundlescope.report/1"));
    QCOMPARE(totals.value(u"bytes").toInteger(), sums.bytes);
    QCOMPARE(totals.value(u"files").toInteger(), sums.files);
    QCOMPARE(totals.value(u"dirs").toInteger(), sums.dirs);
    QCOMPARE(totals.value(u"symlinks").toInteger(), sums.symlinks);
    QCOMPARE(totals.value(u"errors").toInteger(), 0);
    QCOMPARE(sumOf(json.value(u"categories").toArray()), sums.bytes);
    QCOMPARE(sumOf(json.value(u"packages").toArray()), sums.bytes);
    QCOMPARE(json.value(u"layout").toString(), QStringLiteral("pyinstaller-onedir-6"));
    QCOMPARE(json.value(u"contents").toString(), QStringLiteral("_internal"));
    const QJsonArray largest = json.value(u"largest").toArray();
    QCOMPARE(largest.size(), 3);
    QCOMPARE(largest[0].toObject().value(u"path").toString(), QStringLiteral("_internal/torch/lib/libtorch_cpu.so"));
    QCOMPARE(largest[0].toObject().value(u"bytes").toInteger(), 70000);
    QCOMPARE(largest[0].toObject().value(u"package").toString(), QStringLiteral("torch"));
    QCOMPARE(largest[1].toObject().value(u"path").toString(), QStringLiteral("app"));
    QCOMPARE(largest[1].toObject().value(u"package").toString(), QStringLiteral("Python runtime"));
    const QJsonArray packages = json.value(u"packages").toArray();
    QCOMPARE(packages[0].toObject().value(u"name").toString(), QStringLiteral("torch"));
    QVERIFY(run.err.isEmpty()); // no progress: stderr is not a terminal here
}

void TestCliReport::outputFile()
{
    const QString file = m_dir.filePath(QStringLiteral("report.json"));
    const QStringList base { QStringLiteral("report"), m_bundle, QStringLiteral("--format"), QStringLiteral("json") };
    const Run toFile = runBundlescope(base + QStringList { QStringLiteral("--output"), file });
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), runBundlescope(base).out);
    const Run unwritable = runBundlescope(
        base + QStringList { QStringLiteral("-o"), m_dir.filePath(QStringLiteral("no/such/dir/report.json")) });
    QCOMPARE(unwritable.exitCode, 4);
    QVERIFY(!unwritable.err.isEmpty());
}

void TestCliReport::formats_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expected"); // regular expression the output must match
    QTest::addRow("text default") << QStringList {} << QStringLiteral("^BundleScope report for .*\\nCategories\\n");
    QTest::addRow("text") << QStringList { QStringLiteral("--format"), QStringLiteral("text") }
                          << QStringLiteral("Largest files\\n.*_internal/torch/lib/libtorch_cpu\\.so\\n");
    QTest::addRow("markdown") << QStringList { QStringLiteral("--format"), QStringLiteral("markdown") }
                              << QStringLiteral("^### .*\\| Category \\| Size \\| Share \\| Files \\|\\n");
    QTest::addRow("md, short option") << QStringList { QStringLiteral("-f"), QStringLiteral("md") }
                                      << QStringLiteral("\\| torch \\|");
}

void TestCliReport::formats()
{
    QFETCH(QStringList, options);
    QFETCH(QString, expected);
    const Run run = runBundlescope(QStringList { QStringLiteral("report"), m_bundle } + options);
    QCOMPARE(run.exitCode, 0);
    const QRegularExpression re(expected, QRegularExpression::DotMatchesEverythingOption);
    QVERIFY2(re.match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
}

void TestCliReport::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("missing path") << QStringList { QStringLiteral("report") };
    QTest::addRow("two paths") << QStringList { QStringLiteral("report"), QStringLiteral("a"), QStringLiteral("b") };
    QTest::addRow("unknown option") << QStringList { QStringLiteral("report"), QStringLiteral("--bogus"),
        QStringLiteral(".") };
    QTest::addRow("bad format") << QStringList { QStringLiteral("report"), QStringLiteral("."),
        QStringLiteral("--format"), QStringLiteral("xml") };
    QTest::addRow("format without value")
        << QStringList { QStringLiteral("report"), QStringLiteral("."), QStringLiteral("--format") };
    QTest::addRow("top zero") << QStringList { QStringLiteral("report"), QStringLiteral("."), QStringLiteral("--top"),
        QStringLiteral("0") };
    QTest::addRow("top negative") << QStringList { QStringLiteral("report"), QStringLiteral("."),
        QStringLiteral("--top"), QStringLiteral("-3") };
    QTest::addRow("top not a number") << QStringList { QStringLiteral("report"), QStringLiteral("."),
        QStringLiteral("--top"), QStringLiteral("ten") };
    QTest::addRow("help for unknown command") << QStringList { QStringLiteral("help"), QStringLiteral("nosuch") };
}

void TestCliReport::badArguments()
{
    QFETCH(QStringList, arguments);
    const Run run = runBundlescope(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

void TestCliReport::unreadable_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("missing") << QStringLiteral("no/such/bundle");
    QTest::addRow("not a bundle") << QStringLiteral("notabundle.txt");
}

void TestCliReport::unreadable()
{
    QFETCH(QString, path);
    QVERIFY(BundleScope::Test::writeFile(m_dir.filePath(QStringLiteral("notabundle.txt")), "just text\n"));
    const Run run = runBundlescope({ QStringLiteral("report"), m_dir.filePath(path) });
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains(QFile::encodeName(m_dir.filePath(path))));
}

void TestCliReport::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::addRow("--help") << QStringList { QStringLiteral("--help") } << QStringLiteral("report");
    QTest::addRow("help") << QStringList { QStringLiteral("help") } << QStringLiteral("Commands:");
    QTest::addRow("help report") << QStringList { QStringLiteral("help"), QStringLiteral("report") }
                                 << QStringLiteral("Usage: bundlescope report [options] PATH");
    QTest::addRow("report --help") << QStringList { QStringLiteral("report"), QStringLiteral("--help") }
                                   << QStringLiteral("--format");
    QTest::addRow("--version") << QStringList { QStringLiteral("--version") }
                               << QStringLiteral("bundlescope " BUNDLESCOPE_VERSION);
}

void TestCliReport::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run run = runBundlescope(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QString::fromUtf8(run.out).contains(expected), run.out.constData());
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
