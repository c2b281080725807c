// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk fails a save with a clear error and leaves no file behind: the snapshot and the estimate cache are
// written into a 64 KiB tmpfs, too small for them. Buffered, the short write happened inside QSaveFile::commit()'s
// flush, which Qt 6.4 can miss. Needs root (mount); the tests run as root.
#include "estimate/estimatecachefile.h"
#include "model/bundletreebuilder.h"
#include "snapshot/snapshotwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

class TestFullDisk : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void snapshotOnFullDisk();
    void estimateCacheOnFullDisk();

private:
    QTemporaryDir m_dir;
    QString m_mount;
};

void TestFullDisk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_mount = m_dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(m_mount));
    const int mounted = QProcess::execute(QStringLiteral("mount"),
        { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64k"),
            QStringLiteral("tmpfs"), m_mount });
    QVERIFY2(mounted == 0, "mounting a 64 KiB tmpfs failed: this test needs root and mount(8)");
}

void TestFullDisk::cleanupTestCase()
{
    QProcess::execute(QStringLiteral("umount"), { m_mount });
}

void TestFullDisk::snapshotOnFullDisk()
{
    // 20000 nodes named by hashes: over 300 KiB even when the snapshot is gzipped.
    BundleTreeBuilder builder(QStringLiteral("/b"), BundleTree::SourceKind::Folder);
    std::vector<QByteArray> names;
    for (int i = 0; i < 20000; ++i)
        names.push_back(QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha1).toHex());
    std::sort(names.begin(), names.end());
    std::vector<BundleTreeBuilder::Entry> entries;
    for (const QByteArray& name : names)
        entries.push_back({ name, NodeKind::File, 1000, 4096, 0, NoFlags, Category::Other });
    builder.addChildren(builder.root(), entries);
    const auto tree = builder.finish();
    const QString path = m_mount + QStringLiteral("/s.bundlescope.json");
    const Result<void> saved = SnapshotWriter::save(*tree, path);
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(QStringLiteral("could not be written")), qPrintable(saved.error().message));
    QCOMPARE(saved.error().path, path);
    QVERIFY(QDir(m_mount).entryList(QDir::Files | QDir::Hidden).isEmpty()); // neither the file nor a temporary
}

void TestFullDisk::estimateCacheOnFullDisk()
{
    std::vector<EstimateCacheFile::Record> records;
    for (int i = 0; i < 5000; ++i)
        records.push_back({ QByteArray(20, char(i)) + QByteArray::number(i), quint64(i), quint64(i) });
    const QString path = m_mount + QStringLiteral("/cache.bin");
    const Result<void> written = EstimateCacheFile::write(path, records);
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(QStringLiteral("estimate cache")), qPrintable(written.error().message));
    QVERIFY(QDir(m_mount).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
