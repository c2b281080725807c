// SPDX-License-Identifier: GPL-3.0-or-later
// `bundlescope why` on a bundle built from the ELF fixtures: the chain, the needs, the orphans, exit codes; and on the
// Python bundle of tests/core/deps/importbundle.py: the chain of imports to a package or module.
#include "demo/demorandom.h"
#include "demo/pythonmodulewriter.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

class TestCliWhy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void why_data();
    void why();
    void whyModule_data();
    void whyModule();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_pythonDir; // tests/core/deps/importbundle.py's bundle
    QString m_root;
};

void TestCliWhy::initTestCase()
{
    m_root = m_dir.path() + QStringLiteral("/app");
    const QString module = QStringLiteral("fxmod.cpython-311-x86_64-linux-gnu.so");
    const QList<QPair<QString, QString>> files { { module, QStringLiteral("fxpkg/") + module },
        { QStringLiteral("libfxa.so"), QStringLiteral("fxpkg/lib/libfxa.so.1") },
        { QStringLiteral("libfxb.so"), QStringLiteral("fxpkg/lib/libfxb.so") },
        { QStringLiteral("liborphan.so"), QStringLiteral("liborphan.so") },
        { QStringLiteral("liborphan.so"), QStringLiteral("other/liborphan.so.2") },
        { QStringLiteral("libfxexec.so"), QStringLiteral("fxpkg/lib/libfxexec.so.1") },
        { QStringLiteral("liborphan.so"), QStringLiteral("fxpkg/lib/libctypesonly.so.2") } };
    for (const auto& [fixture, to] : files) {
        const QByteArray bytes = Test::readFile(Test::elfFixture(fixture));
        QVERIFY(!bytes.isEmpty());
        QVERIFY(Test::writeFile(m_root + u'/' + to, bytes));
    }
    // fxpkg/loader.pyc loads libctypesonly.so.2 with ctypes: its name is a string constant.
    DemoRandom random(3);
    const QByteArray source = PythonModuleWriter::source(random, QStringLiteral("loader.py"), 12);
    QVERIFY(Test::writeFile(m_root + QStringLiteral("/fxpkg/loader.pyc"),
        PythonModuleWriter::pyc(random, QStringLiteral("loader.py"), source, { "libctypesonly.so.2" })));
}

void TestCliWhy::why_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected"); // lines the output must contain
    QTest::addRow("chain by bare name") << QStringLiteral("libfxb.so") << 0
                                        << QStringList { QStringLiteral(
                                                             "fxpkg/lib/libfxb.so <- fxpkg/lib/libfxa.so.1 <- "
                                                             "fxpkg/fxmod.cpython-311-x86_64-linux-gnu.so"),
                                               QStringLiteral("Removing it would orphan 0 files") };
    QTest::addRow("orphans by path") << QStringLiteral("fxpkg/lib/libfxa.so.1") << 0
                                     << QStringList { QStringLiteral("  fxpkg/lib/libfxb.so"),
                                            QStringLiteral("libc.so.6 (expected from the system)"),
                                            QStringLiteral("Removing it would orphan 1 file (") };
    QTest::addRow("unreferenced") << QStringLiteral("liborphan.so") << 0
                                  << QStringList { QStringLiteral("nothing in the bundle (unreferenced") };
    QTest::addRow("loaded with ctypes")
        << QStringLiteral("libctypesonly.so.2") << 0
        << QStringList { QStringLiteral("nothing links it: it is loaded from Python code (module fxpkg.loader)") };
    QTest::addRow("runnable library is no root") << QStringLiteral(
        "libfxexec.so.1") << 0 << QStringList { QStringLiteral("nothing in the bundle (unreferenced") };
    QTest::addRow("unknown file") << QStringLiteral("libnothere.so") << 2 << QStringList();
    // What a user types before knowing the version suffix the build copied.
    QTest::addRow("library stem") << QStringLiteral("libfxa") << 0
                                  << QStringList { QStringLiteral("fxpkg/lib/libfxa.so.1 ("),
                                         QStringLiteral("Removing it would orphan 1 file (") };
    QTest::addRow("stem without lib") << QStringLiteral("fxb") << 0
                                      << QStringList { QStringLiteral("fxpkg/lib/libfxb.so <- fxpkg/lib/libfxa.so.1") };
    QTest::addRow("stem of two libraries")
        << QStringLiteral("liborphan") << 2
        << QStringList { QStringLiteral(
               "\"liborphan\" names 2 libraries: liborphan.so, other/liborphan.so.2. Name one of them.") };
    QTest::addRow("similar names") << QStringLiteral("ctypes") << 2
                                   << QStringList { QStringLiteral("no file or Python module \"ctypes\""),
                                          QStringLiteral("Files with similar names: fxpkg/lib/libctypesonly.so.2") };
}

void TestCliWhy::why()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels); // errors and suggestions go to stderr
    process.start(QStringLiteral(BUNDLESCOPE_EXE), { QStringLiteral("why"), m_root, file });
    QVERIFY(process.waitForFinished(60000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), exitCode);
    for (const QString& line : std::as_const(expected))
        QVERIFY2(output.contains(line), qPrintable(output));
}

void TestCliWhy::whyModule_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::addRow("package imported only by tests")
        << QStringLiteral("hypo") << 0 << QStringLiteral("Imported only by mainpkg.testing.util (test code).");
    QTest::addRow("module chain") << QStringLiteral("mainpkg.sub.sibling") << 0
                                  << QStringLiteral(
                                         "entry script app → mainpkg → mainpkg.sub.deep → mainpkg.sub.sibling");
    QTest::addRow("lazy chain") << QStringLiteral("lazypkg") << 0
                                << QStringLiteral("Only imports inside functions reach it: entry script app → "
                                                  "mainpkg.helpers → lazypkg (lazy).");
    QTest::addRow("PYZ member file") << QStringLiteral("app/PYZ-00.pyz/hypo/__init__.pyc") << 0
                                     << QStringLiteral("Python module hypo, imported by:");
    QTest::addRow("unknown module") << QStringLiteral("nosuchmodule") << 2 << QString();
}

void TestCliWhy::whyModule()
{
    QFETCH(QString, name);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const QString root = m_pythonDir.filePath(QStringLiteral("app"));
    if (!QFile::exists(root)) {
        const Test::ToolRun run
            = Test::runTool(QStringLiteral("python3"), { QStringLiteral(BUNDLESCOPE_IMPORTBUNDLE), m_pythonDir.path() },
                QStringLiteral("python3 (apt-get install python3)"), 60000);
        QVERIFY2(run.started && run.exitCode == 0, qPrintable(run.error + QString::fromUtf8(run.standardError)));
    }
    QProcess process;
    process.start(QStringLiteral(BUNDLESCOPE_EXE), { QStringLiteral("why"), root, name });
    QVERIFY(process.waitForFinished(60000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), exitCode);
    QVERIFY2(output.contains(expected), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestCliWhy)
#include "tst_cli_why.moc"
