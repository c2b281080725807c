// SPDX-License-Identifier: GPL-3.0-or-later
// CompareView on two generated folders with known differences: totals and % in the summary, sortable rows, the
// largest changes as chart bars, and an error (not a crash) for a path that does not exist.
#include "common/sizeformat.h"
#include "compare/changecoloring.h"
#include "compare/compareview.h"
#include "testsupport.h"
#include "treemap/treemapwidget.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {

struct File {
    const char* path;
    int size;
};

QString writeFolder(const QString& root, std::initializer_list<File> files)
{
    for (const File& file : files)
        if (!Test::writeFile(root + u'/' + QLatin1String(file.path), QByteArray(file.size, 'x')))
            return {};
    return root;
}

} // namespace

class TestCompareView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // before 501500 bytes; after 151500: torch.so shrinks by 300000, old.bin (100000) goes, new.bin (50000) comes.
        m_before = writeFolder(m_dir.filePath(QStringLiteral("before/app")),
            { { "app", 1000 }, { "_internal/lib/torch.so", 400000 }, { "_internal/data/old.bin", 100000 },
                { "_internal/same.py", 500 } });
        m_after = writeFolder(m_dir.filePath(QStringLiteral("after/app")),
            { { "app", 1000 }, { "_internal/lib/torch.so", 100000 }, { "_internal/data/new.bin", 50000 },
                { "_internal/same.py", 500 } });
        QVERIFY(!m_before.isEmpty() && !m_after.isEmpty());
    }

    void init()
    {
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    }

    void emptyViewExplains()
    {
        CompareView view;
        QVERIFY(!view.comparison());
        QVERIFY2(view.summaryText().contains(QStringLiteral("compare")), qPrintable(view.summaryText()));
        QVERIFY(view.chartLabels().isEmpty());
    }

    void summaryShowsTotalsAndReduction()
    {
        CompareView view;
        QSignalSpy finished(&view, &CompareView::comparisonFinished);
        view.compare(m_before, m_after);
        QVERIFY(finished.wait(10000));
        const QString summary = view.summaryText();
        QVERIFY2(summary.contains(SizeFormat::format(501500)), qPrintable(summary));
        QVERIFY2(summary.contains(SizeFormat::format(151500)), qPrintable(summary));
        QVERIFY2(summary.contains(SizeFormat::percent(350000.0 / 501500.0)), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 added, 1 removed, 1 changed")), qPrintable(summary));
        QCOMPARE(view.comparison()->before.bytes, quint64(501500));
        QCOMPARE(view.comparison()->after.bytes, quint64(151500));
        // The largest change first, whatever its sign; unchanged files hidden until asked for.
        const QAbstractItemModel* model = view.table()->model();
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(model->index(0, CompareModel::NameColumn).data().toString().endsWith(QStringLiteral("torch.so")));
        view.showUnchanged(true);
        QCOMPARE(model->rowCount(), 5);
    }

    void growthIsCalledGrowth()
    {
        CompareView view;
        QSignalSpy finished(&view, &CompareView::comparisonFinished);
        view.compare(m_after, m_before);
        QVERIFY(finished.wait(10000));
        const QString summary = view.summaryText();
        QVERIFY2(summary.contains(SizeFormat::percent(350000.0 / 151500.0) + QStringLiteral(" growth")),
            qPrintable(summary));
    }

    // The growth map is the after bundle's treemap with every file coloured by its change: the 75% smaller torch.so
    // fully green, the added new.bin red, the unchanged files grey.
    void growthMapColoursFilesByChange()
    {
        CompareView view;
        QVERIFY(!view.views()->isTabEnabled(1));
        QSignalSpy finished(&view, &CompareView::comparisonFinished);
        view.compare(m_before, m_after);
        QVERIFY(finished.wait(10000));
        QVERIFY(view.views()->isTabEnabled(1));
        const BundleTreePtr after = view.growthMap()->tree();
        QVERIFY(after);
        QCOMPARE(after->totalSize(), quint64(151500));
        QCOMPARE(view.growthMap()->colorMode(), TreemapWidget::ColorMode::Candidate);
        const QHash<NodeId, QColor> colors = ChangeColoring::colors(*view.comparison(), *after);
        const auto colorOf = [&](const char* path) {
            const NodeId id = after->findPath(QString::fromLatin1(path));
            return id == InvalidNode ? QColor() : colors.value(id);
        };
        const QColor shrunk = colorOf("_internal/lib/torch.so");
        const QColor added = colorOf("_internal/data/new.bin");
        const QColor unchanged = colorOf("_internal/same.py");
        QVERIFY(shrunk.isValid() && added.isValid() && unchanged.isValid());
        QVERIFY2(shrunk.green() > shrunk.red() + 60, qPrintable(shrunk.name()));
        QVERIFY2(added.red() > added.green() + 60, qPrintable(added.name()));
        QCOMPARE(unchanged, colorOf("app"));
        QVERIFY2(std::abs(unchanged.red() - unchanged.green()) < 16, qPrintable(unchanged.name()));
        int files = 0;
        for (NodeId id = 0; id < after->nodeCount(); ++id)
            files += after->kind(id) == NodeKind::File ? 1 : 0;
        QCOMPARE(colors.size(), files); // every file has a colour, no folder has one
    }

    // Deeper colour for a larger relative change, so a 2% growth does not look like a 300% one.
    void growthColourDeepensWithChange()
    {
        using Entry = BundleComparison::Entry;
        using Change = BundleComparison::Change;
        const QColor grey = ChangeColoring::color(Entry { {}, 100, 100, Change::Unchanged, {}, {}, {} });
        const QColor slight = ChangeColoring::color(Entry { {}, 100, 102, Change::Grown, {}, {}, {} });
        const QColor strong = ChangeColoring::color(Entry { {}, 100, 400, Change::Grown, {}, {}, {} });
        const QColor slightShrink = ChangeColoring::color(Entry { {}, 100, 98, Change::Shrunk, {}, {}, {} });
        QVERIFY(slight != grey && slight.red() > grey.red());
        QVERIFY2(strong.red() > slight.red() && strong.green() < slight.green(),
            qPrintable(slight.name() + QStringLiteral(" vs ") + strong.name()));
        QVERIFY(slightShrink.green() > grey.green() && slightShrink.red() < grey.red());
    }

    void rowsSort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addRow("before descending") << int(CompareModel::BeforeColumn) << Qt::DescendingOrder;
        QTest::addRow("after ascending") << int(CompareModel::AfterColumn) << Qt::AscendingOrder;
        QTest::addRow("delta ascending") << int(CompareModel::DeltaColumn) << Qt::AscendingOrder;
        QTest::addRow("delta descending") << int(CompareModel::DeltaColumn) << Qt::DescendingOrder;
    }

    void rowsSort()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        CompareView view;
        QSignalSpy finished(&view, &CompareView::comparisonFinished);
        view.compare(m_before, m_after);
        QVERIFY(finished.wait(10000));
        view.showUnchanged(true);
        view.table()->sortByColumn(column, order);
        const QAbstractItemModel* model = view.table()->model();
        QCOMPARE(model->rowCount(), 5); // app, torch.so, old.bin, new.bin, same.py
        for (int row = 1; row < model->rowCount(); ++row) {
            const qint64 previous = model->index(row - 1, column).data(CompareModel::RawValueRole).toLongLong();
            const qint64 current = model->index(row, column).data(CompareModel::RawValueRole).toLongLong();
            QVERIFY2(order == Qt::AscendingOrder ? previous <= current : previous >= current,
                qPrintable(QStringLiteral("row %1: %2 then %3").arg(row).arg(previous).arg(current)));
        }
    }

    void chartShowsLargestChanges()
    {
        CompareView view;
        QSignalSpy finished(&view, &CompareView::comparisonFinished);
        view.compare(m_before, m_after);
        QVERIFY(finished.wait(10000));
        const QStringList labels = view.chartLabels();
        const QList<double> values = view.chartValues();
        QCOMPARE(labels.size(), 3); // the unchanged files have no bar
        QCOMPARE(values.size(), 3);
        QVERIFY2(labels.last().contains(QStringLiteral("torch.so")), qPrintable(labels.join(u',')));
        QVERIFY(qFuzzyCompare(values.last(), -300000.0 / (1024.0 * 1024.0)));
        QVERIFY2(labels.first().contains(QStringLiteral("new.bin")), qPrintable(labels.join(u',')));
        QVERIFY(qFuzzyCompare(values.first(), 50000.0 / (1024.0 * 1024.0)));
        // Per category: one bar per category that changed.
        view.levelBox()->setCurrentIndex(int(CompareModel::Level::Categories));
        QVERIFY(!view.chartLabels().isEmpty());
        QVERIFY(view.chartLabels().size() <= CompareView::ChartBars);
    }

    void identicalBundlesHaveNoBars()
    {
        CompareView view; // init() fails on the NaN axis warning an empty bar set used to give
        QSignalSpy finished(&view, &CompareView::comparisonFinished);
        view.compare(m_before, m_before);
        QVERIFY(finished.wait(10000));
        QVERIFY(view.chartLabels().isEmpty());
        QVERIFY2(view.summaryText().contains(SizeFormat::percent(0)), qPrintable(view.summaryText()));
    }

    void badPathShowsError()
    {
        CompareView view;
        QSignalSpy failed(&view, &CompareView::comparisonFailed);
        const QString missing = m_dir.filePath(QStringLiteral("does-not-exist"));
        view.compare(missing, m_after);
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().first().toString().isEmpty());
        QVERIFY2(view.summaryText().contains(QStringLiteral("does-not-exist")), qPrintable(view.summaryText()));
        QVERIFY(!view.comparison());
    }

private:
    QTemporaryDir m_dir;
    QString m_before;
    QString m_after;
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
