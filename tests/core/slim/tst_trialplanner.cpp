// SPDX-License-Identifier: GPL-3.0-or-later
// The delta-debugging search: exact isolation of the breaking candidates, the trial bound, a verified final state,
// interactions, errors.
#include "slim/trialplanner.h"

#include <QSet>
#include <QTest>

using namespace BundleScope;

class TestTrialPlanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void isolatesBreakingCandidates_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<int>>("breaking");
        QTest::addRow("none of one") << 1 << QList<int> {};
        QTest::addRow("the only one") << 1 << QList<int> { 0 };
        QTest::addRow("none of eight") << 8 << QList<int> {};
        QTest::addRow("one of eight") << 8 << QList<int> { 5 };
        QTest::addRow("three of eight") << 8 << QList<int> { 0, 2, 6 };
        QTest::addRow("all of four") << 4 << QList<int> { 0, 1, 2, 3 };
        QTest::addRow("two of thirty-seven") << 37 << QList<int> { 11, 36 };
        QTest::addRow("neighbours of hundred") << 100 << QList<int> { 49, 50 };
    }
    void isolatesBreakingCandidates()
    {
        QFETCH(int, count);
        QFETCH(QList<int>, breaking);
        const QSet<int> breakers(breaking.cbegin(), breaking.cend());
        std::vector<int> lastPassing;
        const auto test = [&](const std::vector<int>& removed) -> Result<TrialPlanner::Outcome> {
            for (int index : removed) {
                if (breakers.contains(index))
                    return TrialPlanner::Outcome { false, QStringLiteral("needs %1").arg(index) };
            }
            lastPassing = removed;
            return TrialPlanner::Outcome { true, {} };
        };
        const Result<TrialPlanner::Verdicts> verdicts = TrialPlanner::run(count, test);
        QVERIFY(verdicts);
        std::vector<int> expectedAccepted;
        for (int i = 0; i < count; ++i) {
            QCOMPARE(verdicts->removed[std::size_t(i)], !breakers.contains(i));
            if (breakers.contains(i))
                QCOMPARE(verdicts->evidence[std::size_t(i)], QStringLiteral("needs %1").arg(i));
            else
                expectedAccepted.push_back(i);
        }
        QCOMPARE(verdicts->accepted, expectedAccepted);
        QVERIFY2(verdicts->trials <= TrialPlanner::trialBound(count, int(breakers.size())),
            qPrintable(QStringLiteral("%1 trials").arg(verdicts->trials)));
        // The final state is one a trial ran and passed.
        if (!expectedAccepted.empty())
            QCOMPARE(lastPassing, expectedAccepted);
    }

    void boundIsTight()
    {
        QCOMPARE(TrialPlanner::trialBound(0, 0), 0);
        QCOMPARE(TrialPlanner::trialBound(8, 0), 1);
        QCOMPARE(TrialPlanner::trialBound(8, 3), 19);
        QCOMPARE(TrialPlanner::trialBound(100, 1), 15);
    }

    // A and B are fine alone but not together: one of them goes, the other is marked as breaking, and the final
    // state still passes.
    void interactionKeepsVerifiedState()
    {
        const auto test = [](const std::vector<int>& removed) -> Result<TrialPlanner::Outcome> {
            const bool a = std::find(removed.begin(), removed.end(), 1) != removed.end();
            const bool b = std::find(removed.begin(), removed.end(), 4) != removed.end();
            return TrialPlanner::Outcome { !(a && b), QStringLiteral("1 and 4") };
        };
        const Result<TrialPlanner::Verdicts> verdicts = TrialPlanner::run(6, test);
        QVERIFY(verdicts);
        QCOMPARE(int(verdicts->accepted.size()), 5);
        QVERIFY(verdicts->removed[1] != verdicts->removed[4]);
        QVERIFY(test(verdicts->accepted)->passed);
    }

    void errorStopsTheSearch()
    {
        int calls = 0;
        const auto test = [&calls](const std::vector<int>&) -> Result<TrialPlanner::Outcome> {
            if (++calls == 2)
                return makeError(Error::Code::Cancelled, QStringLiteral("cancelled"));
            return TrialPlanner::Outcome { false, QStringLiteral("x") };
        };
        const Result<TrialPlanner::Verdicts> verdicts = TrialPlanner::run(4, test);
        QVERIFY(!verdicts);
        QCOMPARE(verdicts.error().code, Error::Code::Cancelled);
        QCOMPARE(calls, 2);
    }
};

QTEST_GUILESS_MAIN(TestTrialPlanner)
#include "tst_trialplanner.moc"
