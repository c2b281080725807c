// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysiscontroller.h"
#include "analysis/analysisrunner.h"
#include "analysisfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace BundleScope;

namespace {

// Returns fixed candidates; optionally cancels the token or spins until it is cancelled.
class FakeAnalyzer : public Analyzer {
public:
    enum class Behaviour { Normal, CancelToken, SpinUntilCancelled };
    FakeAnalyzer(Candidate::Kind kind, std::vector<Candidate> candidates, Behaviour behaviour = Behaviour::Normal)
        : m_kind(kind)
        , m_candidates(std::move(candidates))
        , m_behaviour(behaviour)
    {
    }
    Candidate::Kind kind() const override { return m_kind; }
    std::vector<Candidate> analyze(const AnalysisContext& context) const override
    {
        if (m_behaviour == Behaviour::CancelToken)
            context.token.cancel();
        while (m_behaviour == Behaviour::SpinUntilCancelled && !context.token.isCancelled())
            QThread::msleep(5);
        return m_candidates;
    }

private:
    Candidate::Kind m_kind;
    std::vector<Candidate> m_candidates;
    Behaviour m_behaviour;
};

Candidate make(Candidate::Kind kind, const QString& id, quint64 saving, NodeId node, bool advised = true)
{
    Candidate candidate;
    candidate.kind = kind;
    candidate.id = id;
    candidate.saving = saving;
    candidate.advised = advised;
    candidate.files.push_back({ node, saving, true });
    return candidate;
}

} // namespace

class TestAnalysisRunner : public QObject {
    Q_OBJECT

private:
    BundleTreePtr m_tree;
    std::shared_ptr<const ContentReader> m_reader;
    Test::AnalysisFixture m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.writeSized(QStringLiteral("_internal/a.bin"), 100, 1));
        QVERIFY(m_fixture.writeSized(QStringLiteral("_internal/b.bin"), 200, 2));
        QVERIFY(m_fixture.writeSized(QStringLiteral("_internal/c.bin"), 300, 3));
        QVERIFY(m_fixture.scan());
        m_tree = m_fixture.scanResult().tree;
        m_reader = m_fixture.scanResult().reader;
    }

    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void sortedUniqueAndProgress()
    {
        AnalysisRunner runner(fakesAtRoot());
        AnalysisContext context { *m_tree, *m_reader, CancellationToken() };
        QList<std::pair<int, int>> progress;
        Result<AnalysisResult> result = runner.run(context, [&](int done, int total) {
            progress.append({ done, total });
        });
        QVERIFY(result);
        QStringList ids;
        for (const Candidate& candidate : result->candidates)
            ids.append(candidate.id);
        QCOMPARE(ids,
            QStringList({ QStringLiteral("exclude_package:p"), QStringLiteral("duplicate:x"),
                QStringLiteral("duplicate:y"), QStringLiteral("duplicate:x#2") }));
        QCOMPARE(progress, (QList<std::pair<int, int>> { { 1, 2 }, { 2, 2 } }));
        // Advised: p and duplicate:x#2 remove a (100 bytes, counted once), duplicate:y removes b (200).
        QCOMPARE(result->potential.saving, quint64(300));
        QCOMPARE(result->potential.bytesBefore, m_tree->totalSize());
        QVERIFY(result->find(QStringLiteral("duplicate:y")));
        QVERIFY(!result->find(QStringLiteral("nope")));
    }

    void lowConfidence_data()
    {
        QTest::addColumn<bool>("optIn");
        QTest::addColumn<bool>("lowAdvised");
        QTest::addColumn<quint64>("potential");
        QTest::addRow("default: shown, not advised, not counted") << false << false << quint64(200);
        QTest::addRow("--include-low-confidence: advised and counted") << true << true << quint64(300);
    }

    void lowConfidence()
    {
        QFETCH(bool, optIn);
        QFETCH(bool, lowAdvised);
        QFETCH(quint64, potential);
        const NodeId a = m_tree->findPath(u"_internal/a.bin"), b = m_tree->findPath(u"_internal/b.bin");
        Candidate low = make(Candidate::Kind::Unreferenced, QStringLiteral("unreferenced:a"), 100, a);
        low.confidence = Candidate::Confidence::Low;
        Candidate lowNotAdvised = make(Candidate::Kind::Unreferenced, QStringLiteral("unreferenced:c"), 300,
            m_tree->findPath(u"_internal/c.bin"), false);
        lowNotAdvised.confidence = Candidate::Confidence::Low;
        Candidate high = make(Candidate::Kind::Duplicate, QStringLiteral("duplicate:b"), 200, b);
        high.confidence = Candidate::Confidence::High;
        std::vector<std::unique_ptr<Analyzer>> analyzers;
        analyzers.push_back(std::make_unique<FakeAnalyzer>(
            Candidate::Kind::Unreferenced, std::vector<Candidate> { low, lowNotAdvised, high }));
        AnalysisContext context { *m_tree, *m_reader, CancellationToken() };
        context.includeLowConfidence = optIn;
        const Result<AnalysisResult> result = AnalysisRunner(std::move(analyzers)).run(context);
        QVERIFY(result);
        QCOMPARE(result->candidates.size(), std::size_t(3));
        QCOMPARE(result->find(QStringLiteral("unreferenced:a"))->advised, lowAdvised);
        QVERIFY(!result->find(QStringLiteral("unreferenced:c"))->advised); // the analyzer's "no" always stands
        QVERIFY(result->find(QStringLiteral("duplicate:b"))->advised);
        QCOMPARE(result->potential.saving, potential);
    }

    void cancelled()
    {
        AnalysisRunner runner(fakesAtRoot(FakeAnalyzer::Behaviour::CancelToken));
        AnalysisContext context { *m_tree, *m_reader, CancellationToken() };
        Result<AnalysisResult> result = runner.run(context);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
    }

    void registryRunsOnRealBundle()
    {
        AnalysisRunner runner;
        AnalysisContext context { *m_tree, *m_reader, CancellationToken() };
        Result<AnalysisResult> first = runner.run(context);
        Result<AnalysisResult> second = runner.run(context);
        QVERIFY(first && second);
        QCOMPARE(first->candidates.size(), second->candidates.size());
        for (std::size_t i = 0; i < first->candidates.size(); ++i)
            QCOMPARE(first->candidates[i].id, second->candidates[i].id);
    }

    void controllerFinishes()
    {
        AnalysisController controller;
        QSignalSpy finished(&controller, &AnalysisController::analysisFinished);
        QSignalSpy progress(&controller, &AnalysisController::progressChanged);
        AnalysisController::Options options;
        options.analyzers = [this] { return fakesAtRoot(); };
        controller.start(m_tree, m_reader, options);
        QVERIFY(finished.wait(5000));
        const auto result = finished.first().first().value<AnalysisResultPtr>();
        QVERIFY(result);
        QCOMPARE(result->candidates.size(), std::size_t(4));
        QTRY_COMPARE(progress.size(), 2);
        QVERIFY(!controller.isRunning());
    }

    void controllerCancelsWithin100ms()
    {
        AnalysisController controller;
        QSignalSpy failed(&controller, &AnalysisController::analysisFailed);
        AnalysisController::Options options;
        options.analyzers = [this] { return fakesAtRoot(FakeAnalyzer::Behaviour::SpinUntilCancelled); };
        controller.start(m_tree, m_reader, options);
        QTest::qWait(50);
        QVERIFY(controller.isRunning());
        QElapsedTimer timer;
        timer.start();
        controller.cancel();
        QVERIFY(failed.wait(2000));
        QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(failed.first().at(1).toBool(), true);
    }

private:
    std::vector<std::unique_ptr<Analyzer>> fakesAtRoot(
        FakeAnalyzer::Behaviour second = FakeAnalyzer::Behaviour::Normal) const
    {
        const NodeId a = m_tree->findPath(u"_internal/a.bin"), b = m_tree->findPath(u"_internal/b.bin");
        std::vector<std::unique_ptr<Analyzer>> list;
        list.push_back(std::make_unique<FakeAnalyzer>(Candidate::Kind::Duplicate,
            std::vector<Candidate> { make(Candidate::Kind::Duplicate, QStringLiteral("duplicate:x"), 10, a),
                make(Candidate::Kind::Duplicate, QStringLiteral("duplicate:y"), 30, b) }));
        list.push_back(std::make_unique<FakeAnalyzer>(Candidate::Kind::ExcludePackage,
            std::vector<Candidate> { make(Candidate::Kind::ExcludePackage, QStringLiteral("exclude_package:p"), 30, a),
                make(Candidate::Kind::Duplicate, QStringLiteral("duplicate:x"), 50, b, false) },
            second));
        return list;
    }
};

QTEST_GUILESS_MAIN(TestAnalysisRunner)
#include "tst_analysisrunner.moc"
