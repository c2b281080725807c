// SPDX-License-Identifier: GPL-3.0-or-later
// FolderSource at its limits: 5,000 nested folders, bounded file descriptors, 100,000 files, cancellation within
// 100 ms and throttled progress.
#include "folderfixtures.h"
#include "scan/foldersource.h"
#include "scan/sourcefactory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <filesystem>
#include <future>
#include <set>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace BundleScope;
using namespace BundleScope::ScanFixtures;

class TestFolderScannerLimits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void survivesDepth5000();
    void descriptorsStayBounded();
    void hundredThousandFiles();
    void cancelStopsWithin100ms();
    void progressIsThrottled();

private:
    // 100 x 1000 files shared by the large-tree tests.
    QTemporaryDir m_big { tmpfsTemplate() };
};

void TestFolderScannerLimits::initTestCase()
{
    QVERIFY(m_big.isValid());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(makeManyFiles(m_big.path(), 100, 1000));
    qInfo("generated 100000 files in %lld ms", timer.elapsed());
}

void TestFolderScannerLimits::survivesDepth5000()
{
    QTemporaryDir dir(tmpfsTemplate());
    QVERIFY(dir.isValid());
    QVERIFY(makeDeepChain(dir.path(), 5000, 2500)); // 10,000-byte paths, well over PATH_MAX
    QElapsedTimer timer;
    timer.start();
    const Result<ScanResult> result = scanFolder(dir.path());
    qInfo("depth 5000 scanned in %lld ms", timer.elapsed());
    removeDeepChain(dir.path());
    QVERIFY2(result, qPrintable(result.error().toString()));
    const BundleTree& tree = *result->tree;
    QCOMPARE(tree.totalDirectories(), 5001u);
    QCOMPARE(tree.totalFiles(), 1u);
    QCOMPARE(tree.totalSize(), quint64(4));
    QVERIFY(tree.errors().isEmpty());
    const NodeId bottom = tree.findPath(QString(QStringLiteral("d/").repeated(5000) + QStringLiteral("bottom.txt")));
    QVERIFY(bottom != InvalidNode);
    QCOMPARE(tree.depth(bottom), 5001);
    QCOMPARE(tree.kind(tree.findPath(QString(QStringLiteral("d/").repeated(2500) + QStringLiteral("s")))),
        NodeKind::Directory);
}

int openDescriptors()
{
    std::error_code ec;
    int count = 0;
    for (auto it = std::filesystem::directory_iterator("/proc/self/fd", ec);
         it != std::filesystem::directory_iterator(); it.increment(ec))
        ++count;
    return count;
}

void TestFolderScannerLimits::descriptorsStayBounded()
{
    // A spine of 600 levels with two folders each: one worker keeps descending into "b" and leaves 600 "a" jobs behind,
    // each of which would like its parent's descriptor; at most 256 may be kept (then paths from the root are used).
    QTemporaryDir dir(tmpfsTemplate());
    QVERIFY(dir.isValid());
    QByteArray path = QFile::encodeName(dir.path());
    for (int level = 0; level < 600; ++level) {
        QVERIFY(::mkdir(QByteArray(path + "/a").constData(), 0755) == 0);
        path += "/b";
        QVERIFY(::mkdir(path.constData(), 0755) == 0);
    }
    const int before = openDescriptors();
    int most = before, opens = 0;
    const Result<ScanResult> result = scanFolder(
        dir.path(),
        [&](FolderWalker::Step step, QByteArrayView) {
            if (step == FolderWalker::Step::OpenDirectory && ++opens % 20 == 0)
                most = std::max(most, openDescriptors());
            return 0;
        },
        1);
    QVERIFY(result);
    QCOMPARE(result->tree->totalDirectories(), 1200u);
    QVERIFY(result->tree->errors().isEmpty());
    qInfo("at most %d descriptors open during the scan", most - before);
    QVERIFY2(most - before <= 256 + 4, qPrintable(QStringLiteral("%1 descriptors open").arg(most - before)));
    QVERIFY2(most - before >= 200, "the parent descriptors were not kept"); // proves the budget was exercised
    QCOMPARE(openDescriptors(), before); // nothing leaked

    CancellationToken token;
    FolderSource source(dir.path());
    source.setThreadCount(1);
    source.setFaultHook([&](FolderWalker::Step, QByteArrayView) { // cancel half-way, with jobs still pending
        if (++opens == 2000)
            token.cancel();
        return 0;
    });
    QVERIFY(!source.scan(token, {}));
    QCOMPARE(openDescriptors(), before);
}

void TestFolderScannerLimits::hundredThousandFiles()
{
    QElapsedTimer timer;
    timer.start();
    const Result<ScanResult> result = scanFolder(m_big.path());
    const qint64 ms = timer.elapsed();
    QVERIFY(result);
    qInfo("100000 files scanned in %lld ms, %zu bytes per node", ms,
        result->tree->memoryUsage() / result->tree->nodeCount());
    QCOMPARE(result->tree->totalFiles(), 100000u);
    QCOMPARE(result->tree->totalDirectories(), 100u);
    QCOMPARE(result->tree->category(find(*result->tree, "d7/f5.py")), Category::PythonSource);
    QVERIFY2(ms < 5000, "scanning 100k files took more than 5 s");
}

void TestFolderScannerLimits::cancelStopsWithin100ms()
{
    for (int delayMs : { 0, 5, 30 }) {
        FolderSource source(m_big.path());
        CancellationToken token;
        QElapsedTimer sinceCancel;
        auto future = std::async(std::launch::async, [&] { return source.scan(token, {}); });
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
        sinceCancel.start();
        token.cancel();
        const Result<ScanResult> result = future.get();
        const qint64 ms = sinceCancel.elapsed();
        qInfo("cancel after %d ms took effect in %lld ms", delayMs, ms);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
        QVERIFY2(ms <= 100, qPrintable(QStringLiteral("cancel took %1 ms").arg(ms)));
    }
}

void TestFolderScannerLimits::progressIsThrottled()
{
    FolderSource source(m_big.path());
    source.setThreadCount(1); // slower scan: more reports
    std::vector<qint64> times;
    std::vector<ScanProgress> reports;
    QElapsedTimer timer;
    timer.start();
    const Result<ScanResult> result = source.scan(CancellationToken(), [&](const ScanProgress& progress) {
        times.push_back(timer.elapsed());
        reports.push_back(progress);
    });
    const qint64 total = timer.elapsed();
    QVERIFY(result);
    QCOMPARE(qint64(times.size()) <= total / 50 + 1, true);
    if (total >= 150)
        QVERIFY2(!times.empty(), "no progress during a scan of more than 150 ms");
    for (std::size_t i = 1; i < times.size(); ++i) {
        QVERIFY2(times[i] - times[i - 1] >= 45,
            qPrintable(QStringLiteral("reports %1 ms apart").arg(times[i] - times[i - 1])));
        QVERIFY(reports[i].files >= reports[i - 1].files);
    }
    for (const ScanProgress& report : reports) {
        QVERIFY(report.files <= 100000);
        QVERIFY(report.currentPath.isEmpty() || report.currentPath.startsWith(u'd'));
    }
    qInfo("%zu progress reports in %lld ms", times.size(), total);
}

QTEST_GUILESS_MAIN(TestFolderScannerLimits)
#include "tst_folderscannerlimits.moc"
