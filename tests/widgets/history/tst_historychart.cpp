// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryChart: one point per snapshot, axis ranges that cover the points in a unit that fits, and the empty state.
#include "history/historychart.h"

#include <QTest>

using namespace BundleScope;

namespace {

const QDateTime s_start(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

std::vector<HistoryStore::Entry> makeEntries(const QList<quint64>& sizes)
{
    std::vector<HistoryStore::Entry> entries;
    for (int i = 0; i < sizes.size(); ++i)
        entries.push_back({ QStringLiteral("/h/%1.bundlescope.json.gz").arg(i), s_start.addDays(i), sizes[i] });
    return entries;
}

} // namespace

class TestHistoryChart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    }

    void emptyState()
    {
        HistoryChart chart;
        QCOMPARE(chart.pointCount(), 0);
        QVERIFY(chart.isEmptyStateShown());
        QVERIFY2(chart.emptyText().contains(QStringLiteral("Open a bundle")), qPrintable(chart.emptyText()));
        chart.setEntries(QStringLiteral("myapp"), {});
        QVERIFY(chart.isEmptyStateShown());
        QVERIFY2(chart.emptyText().startsWith(QStringLiteral("No history yet")), qPrintable(chart.emptyText()));
    }

    void pointsAndRanges_data()
    {
        QTest::addColumn<QList<quint64>>("sizes");
        QTest::addColumn<double>("unit");
        QTest::addRow("one point") << QList<quint64> { 5000 } << 1024.0;
        QTest::addRow("three KiB points") << QList<quint64> { 5000, 7000, 6000 } << 1024.0;
        QTest::addRow("MiB") << QList<quint64> { 300ull << 20, 290ull << 20 } << 1048576.0;
        QTest::addRow("GiB, 2 %% change")
            << QList<quint64> { 3ull << 30, (3ull << 30) - (60ull << 20) } << 1073741824.0;
    }

    void pointsAndRanges()
    {
        QFETCH(QList<quint64>, sizes);
        QFETCH(double, unit);
        HistoryChart chart;
        chart.resize(600, 400);
        chart.setEntries(QStringLiteral("myapp"), makeEntries(sizes));
        QCOMPARE(chart.pointCount(), sizes.size());
        QVERIFY(!chart.isEmptyStateShown());
        QVERIFY(chart.title().contains(QStringLiteral("myapp")));
        QCOMPARE(chart.valueUnit(), unit);
        const auto [first, last] = chart.timeRange();
        QCOMPARE(first, s_start);
        QVERIFY(last > first);
        QCOMPARE(last, sizes.size() == 1 ? s_start.addSecs(60) : s_start.addDays(sizes.size() - 1));
        const auto [low, high] = chart.valueRange();
        const quint64 smallest = *std::min_element(sizes.begin(), sizes.end());
        const quint64 largest = *std::max_element(sizes.begin(), sizes.end());
        QVERIFY2(low <= double(smallest) / unit && high >= double(largest) / unit,
            qPrintable(QStringLiteral("%1..%2").arg(low).arg(high)));
        QVERIFY(low >= 0);
        // Not from zero: the change must take a visible share of the axis.
        if (largest != smallest)
            QVERIFY2((double(largest - smallest) / unit) / (high - low) > 0.1,
                qPrintable(QStringLiteral("%1..%2").arg(low).arg(high)));
    }

    void redrawReplacesPoints()
    {
        HistoryChart chart;
        chart.setEntries(QStringLiteral("myapp"), makeEntries({ 1, 2, 3 }));
        QCOMPARE(chart.pointCount(), 3);
        chart.setEntries(QStringLiteral("myapp"), makeEntries({ 1 }));
        QCOMPARE(chart.pointCount(), 1);
        chart.setEntries(QStringLiteral("myapp"), {});
        QCOMPARE(chart.pointCount(), 0);
        QVERIFY(chart.isEmptyStateShown());
    }
};

QTEST_MAIN(TestHistoryChart)
#include "tst_historychart.moc"
