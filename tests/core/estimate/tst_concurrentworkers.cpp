// SPDX-License-Identifier: GPL-3.0-or-later
// Analysis and estimate started together must both finish whatever the global pool's size: each nests a parallel map
// inside a worker that runs on the global pool, which deadlocked on 2 cores while the maps used that pool too.
#include "analysis/analysiscontroller.h"
#include "analysis/unreferencedlibrariesanalyzer.h"
#include "demo/demobundlegenerator.h"
#include "deps/dependencygraphbuilder.h"
#include "estimate/compressionestimator.h"
#include "estimate/estimatecontroller.h"
#include "scan/scanpipeline.h"
#include "scan/sourcefactory.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

using namespace BundleScope;

class TestConcurrentWorkers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void cleanup() { QThreadPool::globalInstance()->setMaxThreadCount(QThread::idealThreadCount()); }
    void dependenciesOnFullGlobalPool();
    void estimateOnFullGlobalPool();
    void analysisAndEstimateTogether_data();
    void analysisAndEstimateTogether();

private:
    QTemporaryDir m_dir;
    ScanResult m_scan;
};

void TestConcurrentWorkers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Result<QString> bundle = DemoBundleGenerator::generate(m_dir.path(), {});
    QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().toString()));
    auto source = SourceFactory::create(*bundle);
    QVERIFY(source);
    Result<ScanResult> scanned = ScanPipeline::run(**source, {}, {});
    QVERIFY(scanned);
    m_scan = std::move(*scanned);
    QVERIFY(m_scan.dependencies && m_scan.dependencies->nodes().size() > 4);
}

void TestConcurrentWorkers::dependenciesOnFullGlobalPool()
{
    // The builder's map must not need a free global thread: it runs here on the only one there is.
    QThreadPool::globalInstance()->setMaxThreadCount(1);
    const ScanResult& scan = m_scan;
    QFuture<int> future = QtConcurrent::run([&scan]() {
        Result<DependencyGraphPtr> graph = DependencyGraphBuilder::build(*scan.tree, *scan.reader, {});
        return graph ? int((*graph)->nodes().size()) : -1;
    });
    QFutureWatcher<int> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<int>::finished);
    watcher.setFuture(future);
    QVERIFY(finished.wait(30000));
    QCOMPARE(future.result(), int(m_scan.dependencies->nodes().size()));
}

void TestConcurrentWorkers::estimateOnFullGlobalPool()
{
    // The same for the estimator's sample compression.
    QThreadPool::globalInstance()->setMaxThreadCount(1);
    const ScanResult& scan = m_scan;
    QFuture<int> future = QtConcurrent::run([&scan]() {
        EstimateOptions options;
        options.formats = { ArchiveFormat::TarGz };
        options.useCache = false;
        Result<EstimateResult> result = CompressionEstimator::estimate(*scan.tree, *scan.reader, options);
        return result ? result->samples : -1;
    });
    QFutureWatcher<int> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<int>::finished);
    watcher.setFuture(future);
    QVERIFY(finished.wait(30000));
    QVERIFY(future.result() > 0);
}

void TestConcurrentWorkers::analysisAndEstimateTogether_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<bool>("busy");
    QTest::addRow("global pool of 1") << 1 << false;
    QTest::addRow("global pool of 2") << 2 << false;
    QTest::addRow("global pool of 1, held by other work") << 1 << true;
}

void TestConcurrentWorkers::analysisAndEstimateTogether()
{
    QFETCH(int, threads);
    QFETCH(bool, busy);
    QThreadPool::globalInstance()->setMaxThreadCount(threads);
    // Busy: every global thread waits until the end of the test; the controllers must not need one.
    QSemaphore release;
    std::vector<QFuture<void>> holders;
    for (int i = 0; busy && i < threads; ++i)
        holders.push_back(QtConcurrent::run([&release]() { release.acquire(); }));
    const auto releaseHolders = qScopeGuard([&release, &holders]() {
        release.release(int(holders.size()));
        for (QFuture<void>& holder : holders)
            holder.waitForFinished();
    });
    AnalysisController analysis;
    EstimateController estimate;
    AnalysisController::Options analysisOptions;
    analysisOptions.analyzers = []() { // the analyzer that nests a parallel map (it builds the dependency graph)
        std::vector<std::unique_ptr<Analyzer>> analyzers;
        analyzers.push_back(std::make_unique<UnreferencedLibrariesAnalyzer>());
        return analyzers;
    };
    EstimateOptions options;
    options.formats = { ArchiveFormat::TarGz };
    options.useCache = false; // every round compresses again
    for (int round = 0; round < 3; ++round) {
        QSignalSpy analysed(&analysis, &AnalysisController::analysisFinished);
        QSignalSpy estimated(&estimate, &EstimateController::estimateFinished);
        analysis.start(m_scan.tree, m_scan.reader, analysisOptions);
        estimate.start(m_scan.tree, m_scan.reader, options);
        QVERIFY(analysed.count() == 1 || analysed.wait(60000));
        QVERIFY(estimated.count() == 1 || estimated.wait(60000));
        const auto result = estimated.first().first().value<EstimateResultPtr>();
        QVERIFY(result && result->samples > 0);
        QVERIFY(analysed.first().first().value<AnalysisResultPtr>());
    }
}

QTEST_GUILESS_MAIN(TestConcurrentWorkers)
#include "tst_concurrentworkers.moc"
