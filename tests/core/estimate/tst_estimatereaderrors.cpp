// SPDX-License-Identifier: GPL-3.0-or-later
// Read failures during an estimate are errors on the entry, never zeros: a file that vanished, shrank or grew since
// the scan, one replaced by a FIFO, and a read error injected through the ContentReader interface each give one error
// naming the entry; the entry's bytes count as incompressible (not the near-nothing that zeros compress to) and no
// cache entry is written from the failed reads. The tests run as root, so file permissions are not used.
#include "estimate/compressionestimator.h"
#include "estimate/estimatecache.h"
#include "mixedbundle.h"
#include "scan/foldercontentreader.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace BundleScope;

namespace {

constexpr qint64 s_victimBytes = 600 * 1024; // zip: a large file, sampled by windows; tar: several strata
const QString s_victim = QStringLiteral("_internal/victim.dat");

// A device over `content` whose reads fail from `failAt` on, as a disk with a bad sector would.
class FailingDevice : public QIODevice {
public:
    FailingDevice(QByteArray content, qint64 failAt)
        : m_content(std::move(content))
        , m_failAt(failAt)
    {
        open(QIODevice::ReadOnly);
    }
    qint64 size() const override { return m_content.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (pos() + maxSize > m_failAt) {
            setErrorString(QStringLiteral("Input/output error (injected)"));
            return -1;
        }
        const qint64 n = std::min(maxSize, m_content.size() - pos());
        memcpy(data, m_content.constData() + pos(), size_t(n));
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_content;
    qint64 m_failAt;
};

// The folder's reader, except that `victim` reads through a FailingDevice.
class InjectingReader : public ContentReader {
public:
    InjectingReader(const ContentReader& inner, NodeId victim)
        : m_inner(inner)
        , m_victim(victim)
    {
    }
    std::unique_ptr<QIODevice> open(NodeId id) const override
    {
        if (id != m_victim)
            return m_inner.open(id);
        const auto real = m_inner.open(id);
        return std::make_unique<FailingDevice>(real ? real->readAll() : QByteArray(), s_victimBytes / 3);
    }

private:
    const ContentReader& m_inner;
    NodeId m_victim;
};

} // namespace

class TestEstimateReadErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void readFailureIsAnError_data();
    void readFailureIsAnError();
    void fifoInTheTreeIsNoError();
};

void TestEstimateReadErrors::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    EstimateCache::instance().clear();
}

void TestEstimateReadErrors::readFailureIsAnError_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message"); // a word the error must contain
    QTest::addRow("vanished") << "remove"
                              << "opened";
    QTest::addRow("shrank") << "truncate"
                            << "changed since the scan";
    QTest::addRow("grew") << "append"
                          << "changed since the scan";
    QTest::addRow("replaced by a FIFO") << "fifo"
                                        << "opened";
    QTest::addRow("injected read error") << "inject"
                                         << "injected";
}

void TestEstimateReadErrors::readFailureIsAnError()
{
    QFETCH(QString, change);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(Test::MixedBundle::write(dir.path(), 2 << 20));
    const QString victimPath = dir.filePath(s_victim);
    // Very compressible: read as zeros or as itself it would cost almost nothing in every format.
    QVERIFY(Test::writeFile(victimPath, QByteArray(s_victimBytes, 'a')));
    const ScanResult scan = Test::MixedBundle::scan(dir.path());
    QVERIFY(scan.tree);
    const NodeId victim = scan.tree->findPath(s_victim);
    QVERIFY(victim != InvalidNode);

    std::unique_ptr<ContentReader> injecting;
    if (change == u"remove") {
        QVERIFY(QFile::remove(victimPath));
    } else if (change == u"truncate") {
        QVERIFY(QFile::resize(victimPath, s_victimBytes / 2));
    } else if (change == u"append") {
        QFile file(victimPath);
        QVERIFY(file.open(QIODevice::Append));
        QVERIFY(file.write("more") == 4);
    } else if (change == u"fifo") {
        QVERIFY(QFile::remove(victimPath));
        QCOMPARE(::mkfifo(QFile::encodeName(victimPath).constData(), 0644), 0);
    } else {
        injecting = std::make_unique<InjectingReader>(*scan.reader, victim);
    }

    EstimateOptions options;
    const qsizetype cachedBefore = EstimateCache::instance().size();
    const Result<EstimateResult> result
        = CompressionEstimator::estimate(*scan.tree, injecting ? *injecting : *scan.reader, options);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->errors.size(), std::size_t(1));
    QCOMPARE(result->errors.front().path, s_victim);
    QVERIFY2(result->errors.front().message.contains(message), qPrintable(result->errors.front().message));
    // Counted as incompressible, not as the near-nothing of zeros or of 'a's.
    for (const FormatEstimate& estimate : result->formats)
        QVERIFY2(
            estimate.perNode[victim] >= quint64(s_victimBytes) / 2, qPrintable(ArchiveFormats::id(estimate.format)));

    // Nothing read from the victim was cached: the same estimate again reads (and fails on) every one of its
    // samples instead of answering them from the cache.
    QVERIFY(EstimateCache::instance().size() > cachedBefore);
    const Result<EstimateResult> again
        = CompressionEstimator::estimate(*scan.tree, injecting ? *injecting : *scan.reader, options);
    QVERIFY(again);
    QCOMPARE(again->errors.size(), std::size_t(1));
    QVERIFY(again->cacheHits < again->samples);
    QCOMPARE(again->formats.front().perNode[victim], result->formats.front().perNode[victim]);
}

void TestEstimateReadErrors::fifoInTheTreeIsNoError()
{
    // A FIFO present at scan time is a special file: the archive has no data for it and the estimate never opens it
    // (opening one for reading would block without a writer).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(Test::MixedBundle::write(dir.path(), 1 << 20));
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("_internal/pipe"))).constData(), 0644), 0);
    const ScanResult scan = Test::MixedBundle::scan(dir.path());
    QVERIFY(scan.tree);
    const Result<EstimateResult> result = CompressionEstimator::estimate(*scan.tree, *scan.reader, EstimateOptions());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QVERIFY(result->errors.empty());
}

QTEST_GUILESS_MAIN(TestEstimateReadErrors)
#include "tst_estimatereaderrors.moc"
