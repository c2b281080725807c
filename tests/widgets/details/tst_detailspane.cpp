// SPDX-License-Identifier: GPL-3.0-or-later
// DetailsPane (offscreen): the "Needed by" chain, needs, orphans and system libraries of a fixture bundle, and
// nodeActivated when a chain link is clicked.
#include "details/detailspane.h"
#include "scan/foldersource.h"
#include "scan/scanpipeline.h"
#include "testsupport.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

class TestDetailsPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chainAndActivation();
    void pythonModuleAndPackageFolder();
};

void TestDetailsPane::chainAndActivation()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/app");
    const QString module = QStringLiteral("fxmod.cpython-311-x86_64-linux-gnu.so");
    for (const auto& [fixture, to] : { std::pair { module, QString(QStringLiteral("fxpkg/") + module) },
             std::pair { QStringLiteral("libfxa.so"), QStringLiteral("fxpkg/lib/libfxa.so.1") },
             std::pair { QStringLiteral("libfxb.so"), QStringLiteral("fxpkg/lib/libfxb.so") } }) {
        const QByteArray bytes = Test::readFile(Test::elfFixture(fixture));
        QVERIFY(!bytes.isEmpty());
        QVERIFY(Test::writeFile(root + u'/' + to, bytes));
    }
    FolderSource source(root);
    const Result<ScanResult> scanned = ScanPipeline::run(source, {}, {});
    QVERIFY(scanned && scanned->dependencies);
    DetailsPane pane;
    pane.setContext(scanned->tree, scanned->dependencies);
    const NodeId a = scanned->tree->findPath(QStringLiteral("fxpkg/lib/libfxa.so.1"));
    const NodeId b = scanned->tree->findPath(QStringLiteral("fxpkg/lib/libfxb.so"));
    pane.setNode(b);
    const QString text = pane.text();
    QVERIFY2(text.contains(QStringLiteral("node:%1").arg(a)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("fxpkg/") + module), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("libc.so.6")), qPrintable(text)); // expected from the system
    pane.setNode(a);
    QVERIFY2(pane.text().contains(QStringLiteral("orphan 1 file")), qPrintable(pane.text()));

    QSignalSpy spy(&pane, &DetailsPane::nodeActivated);
    auto* label = pane.findChild<QLabel*>();
    QVERIFY(label);
    Q_EMIT label->linkActivated(QStringLiteral("node:%1").arg(b));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<NodeId>(), b);
}

// A PYZ member and a package folder of tests/core/deps/importbundle.py's bundle show their chain of imports.
void TestDetailsPane::pythonModuleAndPackageFolder()
{
    QTemporaryDir dir;
    const Test::ToolRun run
        = Test::runTool(QStringLiteral("python3"), { QStringLiteral(BUNDLESCOPE_IMPORTBUNDLE), dir.path() },
            QStringLiteral("python3 (apt-get install python3)"), 60000);
    QVERIFY2(run.started && run.exitCode == 0, qPrintable(run.error + QString::fromUtf8(run.standardError)));
    FolderSource source(dir.path() + QStringLiteral("/app"));
    const Result<ScanResult> scanned = ScanPipeline::run(source, {}, {});
    QVERIFY(scanned && scanned->imports);
    DetailsPane pane;
    pane.setContext(scanned->tree, scanned->dependencies);
    pane.setImports(scanned->imports);
    pane.setNode(scanned->tree->findPath(QStringLiteral("app/PYZ-00.pyz/mainpkg/sub/sibling.pyc")));
    QVERIFY2(pane.text().contains(QStringLiteral("Python module mainpkg.sub.sibling")), qPrintable(pane.text()));
    QVERIFY2(
        pane.text().contains(QStringLiteral("entry script app → mainpkg → mainpkg.sub.deep → mainpkg.sub.sibling")),
        qPrintable(pane.text()));
    pane.setNode(scanned->tree->findPath(QStringLiteral("app/PYZ-00.pyz/hypo")));
    QVERIFY2(pane.text().contains(QStringLiteral("Imported only by mainpkg.testing.util")), qPrintable(pane.text()));
    pane.setNode(scanned->tree->findPath(QStringLiteral("_internal/srcpkg")));
    QVERIFY2(pane.text().contains(QStringLiteral("Python module srcpkg")), qPrintable(pane.text()));
}

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
