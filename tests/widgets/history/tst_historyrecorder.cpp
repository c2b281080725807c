// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryRecorder writes snapshots off the GUI thread (with their report sections, amended later, trimmed to
// "history/keep", errors as a signal), and HistoryPanel lists them: model, chart, sorting, actions and Delete.
#include "history/historychart.h"
#include "history/historymodel.h"
#include "history/historypanel.h"
#include "history/historyrecorder.h"
#include "scan/sourcefactory.h"
#include "snapshot/historystore.h"
#include "snapshot/snapshotreader.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {

BundleTreePtr scan(const QString& path)
{
    auto source = SourceFactory::create(path);
    if (!source)
        return {};
    Result<ScanResult> scanned = (*source)->scan(CancellationToken(), {});
    return scanned ? scanned->tree : BundleTreePtr();
}

ReportSection section(const QString& key, int value)
{
    ReportSection result;
    result.key = key;
    result.json = QJsonArray { value };
    return result;
}

// Sections made on the recorder's worker, as BackgroundWork makes them.
HistoryRecorder::Sections sections(std::vector<ReportSection> made)
{
    return [made] { return made; };
}

} // namespace

class TestHistoryRecorder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BundleScopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_historyrecorder"));
        QVERIFY(m_dir.isValid());
        m_bundle = m_dir.filePath(QStringLiteral("bundles/myapp"));
        QVERIFY(Test::writeFile(m_bundle + QStringLiteral("/myapp"), QByteArray(4000, 'x')));
        QVERIFY(Test::writeFile(m_bundle + QStringLiteral("/_internal/lib.so"), QByteArray(6000, 'y')));
    }

    void init()
    {
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
        m_history = m_dir.filePath(QStringLiteral("history-%1").arg(++m_run));
        QSettings settings;
        settings.clear();
        settings.setValue(QStringLiteral("history/directory"), m_history);
    }

    void settingsDefaults()
    {
        QSettings().clear();
        QVERIFY(HistoryRecorder::isEnabled());
        QCOMPARE(HistoryRecorder::keep(), HistoryStore::DefaultKeep);
        QCOMPARE(HistoryRecorder::directory(), HistoryStore::defaultDirectory());
        HistoryRecorder::setEnabled(false);
        QVERIFY(!HistoryRecorder::isEnabled());
    }

    void recordsWithSectionsAndAmends()
    {
        const BundleTreePtr tree = scan(m_bundle);
        QVERIFY(tree);
        HistoryRecorder recorder;
        QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
        recorder.record(tree, sections({ section(QStringLiteral("candidates"), 1) }));
        QVERIFY(recorded.wait(10000));
        QCOMPARE(recorded.first().at(0).toString(), QStringLiteral("myapp"));
        const QString path = recorded.first().at(1).toString();
        QVERIFY(path.startsWith(m_history));
        recorder.amend(
            tree, sections({ section(QStringLiteral("candidates"), 1), section(QStringLiteral("estimates"), 2) }));
        recorder.waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(recorded.size(), 1); // an amendment is the same point of the history
        const Result<Snapshot> loaded = SnapshotReader::load(path);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->tree->totalSize(), quint64(10000));
        QCOMPARE(loaded->sections.value(QStringLiteral("candidates")).toArray(), QJsonArray { 1 });
        QCOMPARE(loaded->sections.value(QStringLiteral("estimates")).toArray(), QJsonArray { 2 });
        // Another tree's amendment does not touch it.
        recorder.amend(scan(m_bundle), sections({ section(QStringLiteral("estimates"), 3) }));
        recorder.waitForDone();
        QCOMPARE(SnapshotReader::load(path)->sections.value(QStringLiteral("estimates")).toArray(), QJsonArray { 2 });
    }

    void keepsTheLastN()
    {
        QSettings().setValue(QStringLiteral("history/keep"), 2);
        const BundleTreePtr tree = scan(m_bundle);
        HistoryRecorder recorder;
        QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
        for (int i = 0; i < 3; ++i)
            recorder.record(tree);
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 3, 10000);
        const std::vector<HistoryStore::Entry> entries = HistoryStore(m_history).entries(QStringLiteral("myapp"));
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries.back().path, recorded.last().at(1).toString());
        QVERIFY(entries.front().time < entries.back().time);
    }

    void suspendedRecordsNothing()
    {
        HistoryRecorder recorder;
        QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
        recorder.setSuspended(true);
        recorder.record(scan(m_bundle));
        recorder.waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(recorded.size(), 0);
        QVERIFY(HistoryStore(m_history).entries(QStringLiteral("myapp")).empty());
        recorder.setSuspended(false);
        recorder.record(scan(m_bundle));
        QVERIFY(recorded.wait(10000));
    }

    void unwritableFolderReportsError()
    {
        const QString file = m_dir.filePath(QStringLiteral("a-file"));
        QVERIFY(Test::writeFile(file, "x"));
        QSettings().setValue(QStringLiteral("history/directory"), QString(file + QStringLiteral("/history")));
        HistoryRecorder recorder;
        QSignalSpy failed(&recorder, &HistoryRecorder::recordFailed);
        QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
        recorder.record(scan(m_bundle));
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("history")),
            qPrintable(failed.first().first().toString()));
        QCOMPARE(recorded.size(), 0);
    }

    void panelListsSnapshots()
    {
        HistoryPanel panel;
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(panel.chart()->isEmptyStateShown());
        panel.setBundleName(QStringLiteral("myapp"));
        QVERIFY(panel.chart()->isEmptyStateShown());
        QVERIFY(panel.chart()->emptyText().startsWith(QStringLiteral("No history yet")));

        HistoryRecorder recorder;
        panel.follow(&recorder);
        QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
        recorder.record(scan(m_bundle));
        QVERIFY(recorded.wait(10000));
        QVERIFY(Test::writeFile(m_bundle + QStringLiteral("/_internal/extra.bin"), QByteArray(2500, 'z')));
        recorder.record(scan(m_bundle));
        QVERIFY(recorded.wait(10000));
        QVERIFY(QFile::remove(m_bundle + QStringLiteral("/_internal/extra.bin")));

        QCOMPARE(panel.model()->rowCount(), 2); // refreshed by follow()
        QCOMPARE(panel.chart()->pointCount(), 2);
        QVERIFY(!panel.chart()->isEmptyStateShown());
        const QAbstractItemModel* view = panel.view()->model();
        // Newest first: 12500 bytes, +2500 (+25 %) against the 10000 before it.
        QCOMPARE(
            view->index(0, HistoryModel::TotalColumn).data(HistoryModel::RawValueRole).toULongLong(), quint64(12500));
        QCOMPARE(view->index(0, HistoryModel::ChangeColumn).data(HistoryModel::RawValueRole).toLongLong(), 2500);
        QVERIFY(view->index(0, HistoryModel::ChangeColumn).data().toString().startsWith(u'+'));
        QCOMPARE(view->index(0, HistoryModel::PercentColumn).data().toString(), QStringLiteral("+25.0%"));
        QCOMPARE(view->index(1, HistoryModel::ChangeColumn).data().toString(), QStringLiteral("—"));
        panel.view()->sortByColumn(HistoryModel::TotalColumn, Qt::AscendingOrder);
        QCOMPARE(
            view->index(0, HistoryModel::TotalColumn).data(HistoryModel::RawValueRole).toULongLong(), quint64(10000));
    }

    void panelActions()
    {
        HistoryRecorder recorder;
        QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
        recorder.record(scan(m_bundle));
        recorder.record(scan(m_bundle));
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 2, 10000);
        HistoryPanel panel;
        panel.setBundleName(QStringLiteral("myapp"));
        QVERIFY(!panel.openAction()->isEnabled()); // nothing selected
        QVERIFY(panel.selectRow(0));
        const QString newest = recorded.last().at(1).toString();
        QCOMPARE(panel.selectedPath(), newest);
        QVERIFY(panel.openAction()->isEnabled());
        QVERIFY(!panel.compareAction()->isEnabled()); // no bundle to compare with yet
        panel.setCompareEnabled(true);
        QVERIFY(panel.compareAction()->isEnabled());

        QSignalSpy compare(&panel, &HistoryPanel::compareRequested);
        QSignalSpy open(&panel, &HistoryPanel::openRequested);
        panel.compareAction()->trigger();
        panel.openAction()->trigger();
        QCOMPARE(compare.size(), 1);
        QCOMPARE(compare.first().first().toString(), newest);
        QCOMPARE(open.first().first().toString(), newest);

        panel.deleteAction()->trigger();
        QVERIFY(!QFile::exists(newest));
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(HistoryStore(m_history).entries(QStringLiteral("myapp")).size(), std::size_t(1));

        // A snapshot deleted behind the panel's back: an error message (for the status bar), then the list refreshes.
        QSignalSpy errors(&panel, &HistoryPanel::errorOccurred);
        QVERIFY(panel.selectRow(0));
        QVERIFY(QFile::remove(panel.selectedPath()));
        panel.deleteAction()->trigger();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("cannot be deleted")),
            qPrintable(errors.first().first().toString()));
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(panel.chart()->isEmptyStateShown());
    }

private:
    QTemporaryDir m_dir;
    QString m_bundle;
    QString m_history;
    int m_run = 0;
};

QTEST_MAIN(TestHistoryRecorder)
#include "tst_historyrecorder.moc"
