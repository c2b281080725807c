// SPDX-License-Identifier: GPL-3.0-or-later
// BundleLoader::openNested: a wheel inside a zip opens as "release.zip › inner.whl" (on the GUI thread when small, on a
// worker when large); its extracted copy lives while it is open; Cancel stops the extraction.
#include "scan/sourcefactory.h"
#include "shell/bundleloader.h"
#include "testsupport.h"

#include <KZip>

#include <QBuffer>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {
QByteArray makeWheel(int bytes)
{
    QByteArray noise(bytes, Qt::Uninitialized);
    quint32 state = 99;
    for (char& byte : noise) {
        state = state * 1664525u + 1013904223u;
        byte = char(state >> 24);
    }
    QBuffer buffer;
    KZip zip(&buffer);
    const bool ok = zip.open(QIODevice::WriteOnly) && zip.writeFile(QStringLiteral("pkg/__init__.py"), "x = 1\n")
        && zip.writeFile(QStringLiteral("pkg/lib.so"), noise) && zip.close();
    return ok ? buffer.data() : QByteArray();
}
} // namespace

class TestNestedLoader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void opensNested_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::addRow("small, on the GUI thread") << 100000;
        QTest::addRow("large, on a worker") << 6 * 1024 * 1024;
    }
    void opensNested()
    {
        QFETCH(int, bytes);
        QTemporaryDir dir;
        const QString outerPath = dir.filePath(QStringLiteral("release.zip"));
        {
            KZip zip(outerPath);
            QVERIFY(zip.open(QIODevice::WriteOnly));
            QVERIFY(zip.writeFile(QStringLiteral("dist/inner-1.0-py3-none-any.whl"), makeWheel(bytes)));
            QVERIFY(zip.close());
        }
        BundleLoader loader;
        QSignalSpy finished(&loader, &BundleLoader::finished);
        QSignalSpy failed(&loader, &BundleLoader::failed);
        loader.open(outerPath);
        QVERIFY(finished.wait(10000));
        const ScanResult outer = finished.takeFirst().at(0).value<ScanResult>();
        const NodeId member = outer.tree->findPath(u"dist/inner-1.0-py3-none-any.whl");
        QVERIFY(member != InvalidNode);
        QVERIFY(!loader.openNested(outer, outer.tree->parent(member))); // a folder
        QVERIFY(loader.openNested(outer, member));
        QVERIFY(finished.wait(20000));
        QCOMPARE(failed.count(), 0);
        const QList<QVariant> args = finished.takeFirst();
        const ScanResult inner = args.at(0).value<ScanResult>();
        QCOMPARE(args.at(1).toString(), outerPath + QStringLiteral(" \u203a inner-1.0-py3-none-any.whl"));
        QCOMPARE(QFileInfo(args.at(1).toString()).fileName(),
            QStringLiteral("release.zip \u203a inner-1.0-py3-none-any.whl"));
        QCOMPARE(inner.tree->totalFiles(), 2u);
        QCOMPARE(inner.tree->size(inner.tree->findPath(u"pkg/lib.so")), quint64(bytes));
        const QString extracted = inner.tree->rootPath();
        QVERIFY(QFileInfo::exists(extracted));
        // Opening something else releases the extracted copy.
        loader.open(outerPath);
        QVERIFY(finished.wait(10000));
        QVERIFY(!QFileInfo::exists(extracted));
    }
    void cancelWhileExtracting()
    {
        QTemporaryDir dir;
        const QString outerPath = dir.filePath(QStringLiteral("release.zip"));
        {
            KZip zip(outerPath);
            QVERIFY(zip.open(QIODevice::WriteOnly));
            QVERIFY(zip.writeFile(QStringLiteral("inner.whl"), makeWheel(40 * 1024 * 1024)));
            QVERIFY(zip.close());
        }
        BundleLoader loader;
        QSignalSpy finished(&loader, &BundleLoader::finished);
        QSignalSpy cancelled(&loader, &BundleLoader::cancelled);
        QSignalSpy started(&loader, &BundleLoader::started);
        loader.open(outerPath);
        QVERIFY(finished.wait(10000));
        const ScanResult outer = finished.takeFirst().at(0).value<ScanResult>();
        QVERIFY(loader.openNested(outer, outer.tree->findPath(u"inner.whl")));
        QVERIFY(loader.isBusy());
        loader.cancel();
        QVERIFY(cancelled.wait(10000));
        QCOMPARE(finished.count(), 0);
        QVERIFY(!loader.isBusy());
    }
};

QTEST_MAIN(TestNestedLoader)
#include "tst_nestedloader.moc"
