// SPDX-License-Identifier: GPL-3.0-or-later
// ArchiveSource: zip, wheel and tar.* archives written with KArchive opened as virtual bundles.
#include "scan/archivesource.h"
#include "scan/sourcefactory.h"
#include "testsupport.h"

#include <KTar>
#include <KZip>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {
// One layout for every format: a PyInstaller-6-like tree with a symlink, an executable and a nested archive.
bool writeSample(KArchive& archive)
{
    if (!archive.open(QIODevice::WriteOnly))
        return false;
    const QDateTime when = QDateTime::fromSecsSinceEpoch(1700000000);
    bool ok = archive.writeFile(
        QStringLiteral("app/app"), QByteArray(30000, 'E'), 0100755, QString(), QString(), when, when, when);
    ok = ok
        && archive.writeFile(QStringLiteral("app/_internal/libpython3.11.so.1.0"), QByteArray(50000, 'P'), 0100644,
            QString(), QString(), when, when, when);
    ok = ok
        && archive.writeFile(QStringLiteral("app/_internal/torch/__init__.py"), QByteArray("import os\n"), 0100644,
            QString(), QString(), when, when, when);
    ok = ok
        && archive.writeFile(QStringLiteral("app/_internal/nested.zip"), QByteArray(100, 'Z'), 0100644, QString(),
            QString(), when, when, when);
    ok = ok
        && archive.writeSymLink(QStringLiteral("app/_internal/libpython3.11.so"),
            QStringLiteral("libpython3.11.so.1.0"), QString(), QString(), 0120777, when, when, when);
    return archive.close() && ok;
}
} // namespace

class TestArchiveSource : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void formats_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addRow("zip") << QStringLiteral("bundle.zip");
        QTest::addRow("wheel") << QStringLiteral("pkg-1.0-py3-none-any.whl");
        QTest::addRow("tar") << QStringLiteral("bundle.tar");
        QTest::addRow("tar.gz") << QStringLiteral("bundle.tar.gz");
        QTest::addRow("tgz") << QStringLiteral("bundle.tgz");
        QTest::addRow("tar.xz") << QStringLiteral("bundle.tar.xz");
        QTest::addRow("tar.bz2") << QStringLiteral("bundle.tar.bz2");
        QTest::addRow("tar.zst") << QStringLiteral("bundle.tar.zst");
    }
    void formats()
    {
        QFETCH(QString, fileName);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(fileName);
        {
            const std::unique_ptr<KArchive> writer = Test::archiveWriter(path);
            QVERIFY2(writeSample(*writer), qPrintable(writer->errorString()));
        }
        auto source = SourceFactory::create(path);
        QVERIFY2(source.hasValue(), qPrintable(source.error().message));
        auto scanned = (*source)->scan(CancellationToken(), {});
        QVERIFY2(scanned.hasValue(), qPrintable(scanned.error().message));
        const BundleTree& tree = *scanned->tree;
        QCOMPARE(tree.sourceKind(), BundleTree::SourceKind::Archive);
        QCOMPARE(tree.totalFiles(), 4u);
        QCOMPARE(tree.totalSymlinks(), 1u);
        const NodeId launcher = tree.findPath(u"app/app");
        QVERIFY(launcher != InvalidNode);
        QCOMPARE(tree.size(launcher), quint64(30000));
        QVERIFY(tree.hasFlag(launcher, ExecutableBit));
        QCOMPARE(tree.modificationTime(launcher), qint64(1700000000));
        const NodeId lib = tree.findPath(u"app/_internal/libpython3.11.so.1.0");
        QVERIFY(lib != InvalidNode);
        if (fileName.endsWith(QLatin1String(".zip")) || fileName.endsWith(QLatin1String(".whl")))
            QVERIFY(tree.storedSize(lib) < tree.size(lib)); // deflated in the zip
        const NodeId link = tree.findPath(u"app/_internal/libpython3.11.so");
        QVERIFY(link != InvalidNode);
        QCOMPARE(tree.kind(link), NodeKind::Symlink);
        QCOMPARE(tree.symlinkTarget(link), QStringLiteral("libpython3.11.so.1.0"));
        QCOMPARE(tree.kind(tree.findPath(u"app/_internal/nested.zip")), NodeKind::File);
        auto device = scanned->reader->open(lib);
        QVERIFY(device);
        QCOMPARE(device->readAll(), QByteArray(50000, 'P'));
    }

    void corruptArchiveIsAClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.zip"));
        QVERIFY(Test::writeFile(path, QByteArray("PK\x03\x04 this is not really a zip", 30)));
        auto source = SourceFactory::create(path);
        QVERIFY(source.hasValue());
        auto scanned = (*source)->scan(CancellationToken(), {});
        QVERIFY(!scanned.hasValue());
        QCOMPARE(scanned.error().path, path);
        QVERIFY(!scanned.error().message.isEmpty());
    }

    void unsafeNamesAreFlagged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("evil.tar"));
        {
            KTar tar(path);
            QVERIFY(tar.open(QIODevice::WriteOnly));
            QVERIFY(tar.writeFile(QStringLiteral("../escape.txt"), QByteArray("x")));
            QVERIFY(tar.close());
        }
        auto scanned = ArchiveSource(path).scan(CancellationToken(), {});
        QVERIFY2(scanned.hasValue(), qPrintable(scanned.error().message));
        const BundleTree& tree = *scanned->tree;
        bool flagged = false;
        for (NodeId id = 1; id < tree.nodeCount(); ++id)
            flagged = flagged || tree.hasFlag(id, UnsafeName);
        QVERIFY(flagged);
    }
};

QTEST_GUILESS_MAIN(TestArchiveSource)
#include "tst_archivesource.moc"
