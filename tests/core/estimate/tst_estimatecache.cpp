// SPDX-License-Identifier: GPL-3.0-or-later
// EstimateCache on disk: round trip, damaged or foreign files ignored and rewritten, the oldest entries evicted, and a
// folder bundle estimated again after a "new process" (cache emptied, file loaded) compresses nothing.
#include "estimate/compressionestimator.h"
#include "estimate/estimatecache.h"
#include "estimate/estimatecachefile.h"
#include "mixedbundle.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {

QByteArray key(int n)
{
    return QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha1);
}

QByteArray header(quint32 magic, quint32 version, quint32 count)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << magic << version << count;
    return bytes;
}

QByteArray record(const QByteArray& key, quint64 compressed, quint64 used)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << key << compressed << used;
    return bytes;
}

} // namespace

class TestEstimateCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void damagedFileIgnored_data();
    void damagedFileIgnored();
    void memoryWinsOverFile();
    void evictsOldest();
    void newProcessReusesSamples();

private:
    QTemporaryDir m_dir;
};

void TestEstimateCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QFile::remove(EstimateCache::persistentFile());
}

void TestEstimateCache::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    EstimateCache::instance().clear();
}

void TestEstimateCache::roundTrip()
{
    EstimateCache& cache = EstimateCache::instance();
    for (int n = 0; n < 100; ++n)
        cache.insert(key(n), quint64(n) * 1000 + 7);
    const QString file = m_dir.filePath(QStringLiteral("roundtrip/cache.bin")); // the folder is created
    QVERIFY(cache.save(file));
    cache.clear();
    QVERIFY(cache.load(file));
    QCOMPARE(cache.size(), 100);
    for (int n = 0; n < 100; ++n)
        QCOMPARE(cache.lookup(key(n)), std::optional<quint64>(quint64(n) * 1000 + 7));
    QVERIFY(!cache.lookup(key(100)));
}

void TestEstimateCache::damagedFileIgnored_data()
{
    using File = EstimateCacheFile;
    const QByteArray good = record(key(1), 11, 1);
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("garbage") << QByteArray("\x13\x37 not a cache at all, just some text\n", 38).repeated(50);
    QTest::addRow("wrong magic") << header(0x12345678, File::FormatVersion, 1) + good;
    QTest::addRow("other version") << header(File::Magic, File::FormatVersion + 1, 1) + good;
    QTest::addRow("count too large") << header(File::Magic, File::FormatVersion, 2) + good;
    QTest::addRow("huge count") << header(File::Magic, File::FormatVersion, 0xffffffffu) + good;
    QTest::addRow("truncated record") << header(File::Magic, File::FormatVersion, 1) + good.left(good.size() - 3);
    QTest::addRow("trailing bytes") << header(File::Magic, File::FormatVersion, 1) + good + QByteArray("xx");
    QTest::addRow("short key") << header(File::Magic, File::FormatVersion, 1) + record("abc", 11, 1);
}

void TestEstimateCache::damagedFileIgnored()
{
    QFETCH(QByteArray, bytes);
    const QString file = m_dir.filePath(QStringLiteral("damaged.bin"));
    QVERIFY(Test::writeFile(file, bytes));
    EstimateCache& cache = EstimateCache::instance();
    QVERIFY(!cache.load(file));
    QCOMPARE(cache.size(), 0);
    // The next save replaces the file with a good one.
    cache.insert(key(5), 55);
    QVERIFY(cache.save(file));
    cache.clear();
    QVERIFY(cache.load(file));
    QCOMPARE(cache.lookup(key(5)), std::optional<quint64>(55));
}

void TestEstimateCache::memoryWinsOverFile()
{
    EstimateCache& cache = EstimateCache::instance();
    cache.insert(key(1), 10);
    const QString file = m_dir.filePath(QStringLiteral("merge.bin"));
    QVERIFY(cache.save(file));
    cache.clear();
    cache.insert(key(1), 20);
    cache.insert(key(2), 30);
    QVERIFY(cache.load(file));
    QCOMPARE(cache.size(), 2);
    QCOMPARE(cache.lookup(key(1)), std::optional<quint64>(20));
}

void TestEstimateCache::evictsOldest()
{
    EstimateCache& cache = EstimateCache::instance();
    const int extra = 1000;
    const int total = int(EstimateCache::MaxStoredEntries) + extra;
    for (int n = 0; n < total; ++n)
        cache.insert(key(n), quint64(n));
    QVERIFY(cache.lookup(key(0))); // used again: now the newest
    const QString file = m_dir.filePath(QStringLiteral("evict.bin"));
    QVERIFY(cache.save(file));
    QVERIFY(QFileInfo(file).size() < 10 * 1024 * 1024);
    cache.clear();
    QVERIFY(cache.load(file));
    QCOMPARE(cache.size(), EstimateCache::MaxStoredEntries);
    QVERIFY(cache.lookup(key(0)));
    QVERIFY(!cache.lookup(key(1)));
    QVERIFY(!cache.lookup(key(extra)));
    QVERIFY(cache.lookup(key(extra + 1)));
    QVERIFY(cache.lookup(key(total - 1)));
}

void TestEstimateCache::newProcessReusesSamples()
{
    const QString root = m_dir.filePath(QStringLiteral("bundle"));
    QVERIFY(Test::MixedBundle::write(root, 3 * 1024 * 1024, 3));
    const ScanResult scan = Test::MixedBundle::scan(root);
    QVERIFY(scan.tree);
    EstimateOptions options;
    options.formats = { ArchiveFormat::TarGz, ArchiveFormat::Zip };
    options.persistCache = true;
    Result<EstimateResult> first = CompressionEstimator::estimate(*scan.tree, *scan.reader, options);
    QVERIFY(first);
    QVERIFY(first->cacheHits < first->samples / 4);
    QVERIFY(QFileInfo::exists(EstimateCache::persistentFile()));

    // A new process: an empty cache that reads the file. Rescanned tree, same files on disk.
    EstimateCache::instance().clear();
    QVERIFY(EstimateCache::instance().load(EstimateCache::persistentFile()));
    const ScanResult rescan = Test::MixedBundle::scan(root);
    Result<EstimateResult> second = CompressionEstimator::estimate(*rescan.tree, *rescan.reader, options);
    QVERIFY(second);
    QCOMPARE(second->cacheHits, second->samples);
    QCOMPARE(second->sampledBytes, quint64(0));
    QCOMPARE(second->formats.size(), first->formats.size());
    for (std::size_t i = 0; i < first->formats.size(); ++i)
        QCOMPARE(second->formats[i].totalBytes, first->formats[i].totalBytes);

    // A touched file changes its identity: its samples are measured again.
    QVERIFY(Test::writeFile(root + QStringLiteral("/_internal/added.txt"), QByteArray(50000, 'a')));
    EstimateCache::instance().clear();
    QVERIFY(EstimateCache::instance().load(EstimateCache::persistentFile()));
    const ScanResult changed = Test::MixedBundle::scan(root);
    Result<EstimateResult> third = CompressionEstimator::estimate(*changed.tree, *changed.reader, options);
    QVERIFY(third);
    QVERIFY(third->cacheHits < third->samples);
}

QTEST_GUILESS_MAIN(TestEstimateCache)
#include "tst_estimatecache.moc"
