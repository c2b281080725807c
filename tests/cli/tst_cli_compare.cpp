// SPDX-License-Identifier: GPL-3.0-or-later
// `bundlescope compare` and `bundlescope snapshot` end to end on two small one-folder bundles written here: a
// PyInstaller 5 top-level layout (before) and a PyInstaller 6 `_internal/` layout (after) with known differences.
#include "clirun.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {

using BundleScope::Test::Run;
using BundleScope::Test::runBundlescope;
using BundleScope::Test::runProgram;

bool writeBundle(const QString& root, const QString& contents, qsizetype torchBytes, bool withNewFile)
{
    const QString prefix = contents.isEmpty() ? QString(root + u'/') : QString(root + u'/' + contents + u'/');
    bool ok = Test::writeFile(root + QStringLiteral("/app"),
                  QByteArray("\x7f"
                             "ELF launcher",
                      12))
        && Test::writeFile(prefix + QStringLiteral("base_library.zip"), QByteArray(5000, 'b'))
        && Test::writeFile(prefix + QStringLiteral("libpython3.11.so.1.0"), QByteArray(20000, 'p'))
        && Test::writeFile(prefix + QStringLiteral("torch/lib/libtorch.so"), QByteArray(torchBytes, 't'));
    if (withNewFile)
        ok = ok && Test::writeFile(prefix + QStringLiteral("new.dat"), QByteArray(700, 'n'));
    return ok
        && QFile::setPermissions(root + QStringLiteral("/app"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

bool copyFixture(const QString& fixture, const QString& to)
{
    const QByteArray bytes = Test::readFile(Test::elfFixture(fixture));
    return !bytes.isEmpty() && Test::writeFile(to, bytes);
}

} // namespace

class TestCliCompare : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_before;
    QString m_after;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_before = m_dir.filePath(QStringLiteral("v1/app"));
        m_after = m_dir.filePath(QStringLiteral("v2/app"));
        QVERIFY(writeBundle(m_before, {}, 100000, false));
        QVERIFY(writeBundle(m_after, QStringLiteral("_internal"), 60000, true));
    }

    void json()
    {
        const Run run = runBundlescope(
            { QStringLiteral("compare"), m_before, m_after, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QLatin1String("schema")).toString(), QStringLiteral("bundlescope.compare/2"));
        QCOMPARE(json.value(QLatin1String("delta_bytes")).toInteger(), qint64(-40000 + 700));
        QCOMPARE(json.value(QLatin1String("moved_files")).toInteger(), qint64(3));
        const QJsonObject changes = json.value(QLatin1String("file_changes")).toObject();
        QCOMPARE(changes.value(QLatin1String("removed")).toInt(), 0);
        QCOMPARE(changes.value(QLatin1String("added")).toInt(), 1);
        QCOMPARE(changes.value(QLatin1String("shrunk")).toInt(), 1);
        const QJsonArray files = json.value(QLatin1String("files")).toArray();
        QCOMPARE(files.at(0)[QLatin1String("name")].toString(), QStringLiteral("torch/lib/libtorch.so"));
    }

    void markdownAndTop()
    {
        const Run run = runBundlescope({ QStringLiteral("compare"), m_before, m_after, QStringLiteral("--format"),
            QStringLiteral("markdown"), QStringLiteral("--top"), QStringLiteral("1") });
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.contains(QLatin1String("| `torch/lib/libtorch.so` |")));
        QVERIFY(!text.contains(QLatin1String("`new.dat`"))); // second row, cut by --top 1
    }

    void snapshotThenCompare()
    {
        const QString snapshot = m_dir.filePath(QStringLiteral("v2.bundlescope.json.gz"));
        const Run saved = runBundlescope({ QStringLiteral("snapshot"), m_after, QStringLiteral("--out"), snapshot });
        QCOMPARE(saved.exitCode, 0);
        QVERIFY(Test::readFile(snapshot).startsWith("\x1f\x8b"));
        const Run run = runBundlescope(
            { QStringLiteral("compare"), m_after, snapshot, QStringLiteral("-f"), QStringLiteral("json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QLatin1String("delta_bytes")).toInteger(), qint64(0));
        QCOMPARE(json.value(QLatin1String("moved_files")).toInteger(), qint64(0));
        QCOMPARE(json.value(QLatin1String("file_changes"))[QLatin1String("unchanged")].toInt(), 5);
        // A report straight from the snapshot, without the bundle.
        const Run report
            = runBundlescope({ QStringLiteral("report"), snapshot, QStringLiteral("-f"), QStringLiteral("json") });
        QCOMPARE(report.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(report.out).object().value(QLatin1String("source")).toString(),
            QStringLiteral("snapshot"));
    }

    // A library two packages need is "shared: alpha, beta" in the report; the snapshot, a report from it and compare
    // must count it the same way (they once scanned without the dependency graph: each package kept its own copy's
    // folder guess, and comparing a bundle with its own snapshot showed package changes).
    void snapshotKeepsPackageAttribution()
    {
        const QString root = m_dir.filePath(QStringLiteral("shared/app"));
        const QString module = QStringLiteral("fxmod.cpython-311-x86_64-linux-gnu.so");
        for (const QString& package : { QStringLiteral("alpha"), QStringLiteral("beta") }) {
            QVERIFY(copyFixture(module, root + u'/' + package + u'/' + module));
            QVERIFY(Test::writeFile(root + u'/' + package + QStringLiteral("/__init__.py"), "x = 1\n"));
        }
        QVERIFY(copyFixture(QStringLiteral("libfxa.so"), root + QStringLiteral("/libfxa.so.1")));
        QVERIFY(copyFixture(QStringLiteral("libfxb.so"), root + QStringLiteral("/libfxb.so")));
        const QString snapshot = m_dir.filePath(QStringLiteral("shared.bundlescope.json"));
        QCOMPARE(runBundlescope({ QStringLiteral("snapshot"), root, QStringLiteral("--out"), snapshot }).exitCode, 0);
        const auto packages = [](const QString& path) {
            const Run run
                = runBundlescope({ QStringLiteral("report"), path, QStringLiteral("-f"), QStringLiteral("json") });
            return QJsonDocument::fromJson(run.out).object().value(QLatin1String("packages")).toArray();
        };
        const QJsonArray live = packages(root);
        QStringList names;
        for (const QJsonValue entry : live)
            names.append(entry[QLatin1String("name")].toString());
        QVERIFY2(names.contains(QStringLiteral("shared: alpha, beta")), qPrintable(names.join(u'|')));
        QCOMPARE(packages(snapshot), live);
        const Run compared = runBundlescope(
            { QStringLiteral("compare"), root, snapshot, QStringLiteral("-f"), QStringLiteral("json") });
        QCOMPARE(compared.exitCode, 0);
        const QJsonArray changes
            = QJsonDocument::fromJson(compared.out).object().value(QLatin1String("packages")).toArray();
        QVERIFY(!changes.isEmpty());
        for (const QJsonValue entry : changes) {
            QVERIFY2(entry[QLatin1String("change")].toString() == u"unchanged"
                    && entry[QLatin1String("delta_bytes")].toInteger() == 0,
                qPrintable(entry[QLatin1String("name")].toString()));
        }
    }

    void htmlReport()
    {
        const Run run
            = runBundlescope({ QStringLiteral("report"), m_after, QStringLiteral("--format"), QStringLiteral("html") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("<svg"));
        QVERIFY(run.out.count("<rect ") >= 5);
        QVERIFY(!run.out.contains("http://"));
        QVERIFY(!run.out.contains("https://"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("one path") << QStringList { QStringLiteral("compare"), QStringLiteral("x") } << 2;
        QTest::addRow("bad format") << QStringList { QStringLiteral("compare"), QStringLiteral("a"),
            QStringLiteral("b"), QStringLiteral("-f"), QStringLiteral("xml") }
                                    << 2;
        QTest::addRow("missing path") << QStringList { QStringLiteral("compare"), QStringLiteral("/nonexistent/a"),
            QStringLiteral("/nonexistent/b") }
                                      << 3;
        QTest::addRow("snapshot without --out") << QStringList { QStringLiteral("snapshot"), QStringLiteral("x") } << 2;
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = runBundlescope(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"
