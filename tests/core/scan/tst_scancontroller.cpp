// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/foldersource.h"
#include "scan/scancontroller.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>
#include <thread>

using namespace BundleScope;

namespace {

// Writes content to path, creating parent folders (kept local so these tests link only the engine).
bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly)
        && file.write(content) == content.size();
}

// A source that does nothing but report progress every millisecond until it is cancelled or runFor has passed;
// then it fails, succeeds with an empty tree, or reports cancellation.
class FakeSource : public BundleSource {
public:
    explicit FakeSource(std::chrono::milliseconds runFor, std::atomic<Qt::HANDLE>* thread = nullptr)
        : m_runFor(runFor)
        , m_thread(thread)
    {
    }
    Result<ScanResult> scan(const CancellationToken& token, const ProgressCallback& progress) override
    {
        if (m_thread)
            m_thread->store(QThread::currentThreadId());
        const auto end = std::chrono::steady_clock::now() + m_runFor;
        quint64 files = 0;
        while (std::chrono::steady_clock::now() < end) {
            if (token.isCancelled())
                return makeError(Error::Code::Cancelled, QStringLiteral("cancelled"));
            progress(ScanProgress { ++files, files * 10, QStringLiteral("file%1").arg(files) });
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        BundleTreeBuilder builder(QStringLiteral("/fake"), BundleTree::SourceKind::Folder);
        ScanResult result;
        result.tree = builder.finish();
        return result;
    }

private:
    std::chrono::milliseconds m_runFor;
    std::atomic<Qt::HANDLE>* m_thread;
};

} // namespace

// Tests ScanController: signals, threading, throttling, cancellation and destruction while running.
class TestScanController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void scansFolderOffThread();
    void reportsFailure();
    void progressIsThrottled();
    void cancelEmitsCancelledQuickly();
    void refusesSecondStart();
    void destroyWhileRunningCancels();
};

void TestScanController::scansFolderOffThread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("_internal/lib.so")), QByteArray(1234, 'x')));
    ScanController controller;
    QSignalSpy finished(&controller, &ScanController::scanFinished);
    QSignalSpy failed(&controller, &ScanController::scanFailed);
    QVERIFY(controller.start(std::make_unique<FolderSource>(dir.path())));
    QVERIFY(controller.isRunning());
    QVERIFY(finished.wait(10000));
    QVERIFY(!controller.isRunning());
    QCOMPARE(failed.count(), 0);
    const auto result = finished.takeFirst().at(0).value<ScanResult>();
    QVERIFY(result.tree);
    QVERIFY(result.reader);
    QCOMPARE(result.tree->totalSize(), quint64(1234));
    QCOMPARE(result.reader->readHead(result.tree->findPath(u"_internal/lib.so"), 4), QByteArray("xxxx"));
}

void TestScanController::reportsFailure()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ScanController controller;
    QSignalSpy failed(&controller, &ScanController::scanFailed);
    QSignalSpy finished(&controller, &ScanController::scanFinished);
    QVERIFY(controller.start(std::make_unique<FolderSource>(dir.filePath(QStringLiteral("missing")))));
    QVERIFY(failed.wait(10000));
    const auto error = failed.takeFirst().at(0).value<Error>();
    QCOMPARE(error.code, Error::Code::NotFound);
    QCOMPARE(error.path, dir.filePath(QStringLiteral("missing")));
    QCOMPARE(finished.count(), 0);
}

void TestScanController::progressIsThrottled()
{
    ScanController controller;
    QElapsedTimer timer;
    std::vector<qint64> received;
    std::atomic<Qt::HANDLE> workerThread { nullptr };
    connect(&controller, &ScanController::progressChanged, this, [&](const ScanProgress& progress) {
        QCOMPARE(QThread::currentThread(), thread()); // delivered to the owner's thread
        QVERIFY(progress.files > 0);
        received.push_back(timer.elapsed());
    });
    QSignalSpy finished(&controller, &ScanController::scanFinished);
    timer.start();
    QVERIFY(controller.start(std::make_unique<FakeSource>(std::chrono::milliseconds(400), &workerThread)));
    QVERIFY(finished.wait(10000));
    QVERIFY(workerThread.load() != QThread::currentThreadId());
    // The fake reports ~400 times; the controller lets through at most one per 50 ms.
    QVERIFY2(received.size() >= 3 && received.size() <= 9, qPrintable(QString::number(received.size())));
    for (std::size_t i = 1; i < received.size(); ++i)
        QVERIFY2(received[i] - received[i - 1] >= 35, qPrintable(QString::number(received[i] - received[i - 1])));
}

void TestScanController::cancelEmitsCancelledQuickly()
{
    ScanController controller;
    QSignalSpy cancelled(&controller, &ScanController::scanCancelled);
    QSignalSpy finished(&controller, &ScanController::scanFinished);
    QVERIFY(controller.start(std::make_unique<FakeSource>(std::chrono::seconds(30))));
    QTest::qWait(50);
    QElapsedTimer timer;
    timer.start();
    controller.cancel();
    QVERIFY(cancelled.wait(5000));
    QVERIFY2(timer.elapsed() <= 100, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(finished.count(), 0);
    QVERIFY(!controller.isRunning());
    // Usable again afterwards.
    QVERIFY(controller.start(std::make_unique<FakeSource>(std::chrono::milliseconds(10))));
    QVERIFY(finished.wait(5000));
}

void TestScanController::refusesSecondStart()
{
    ScanController controller;
    QSignalSpy finished(&controller, &ScanController::scanFinished);
    QVERIFY(controller.start(std::make_unique<FakeSource>(std::chrono::milliseconds(200))));
    QVERIFY(!controller.start(std::make_unique<FakeSource>(std::chrono::milliseconds(1))));
    QVERIFY(!controller.start(nullptr));
    QVERIFY(finished.wait(5000));
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
}

void TestScanController::destroyWhileRunningCancels()
{
    auto controller = std::make_unique<ScanController>();
    QSignalSpy finished(controller.get(), &ScanController::scanFinished);
    QVERIFY(controller->start(std::make_unique<FakeSource>(std::chrono::seconds(30))));
    QTest::qWait(20);
    QElapsedTimer timer;
    timer.start();
    controller.reset(); // must cancel and wait, not hang for 30 s or leave a worker touching a dead object
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QTest::qWait(50); // any progress still queued to the dead controller is dropped
    QCOMPARE(finished.count(), 0);
}

QTEST_GUILESS_MAIN(TestScanController)
#include "tst_scancontroller.moc"
