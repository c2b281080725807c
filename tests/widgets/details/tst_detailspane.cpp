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

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
