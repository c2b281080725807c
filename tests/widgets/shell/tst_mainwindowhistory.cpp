// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's memory of what was opened, offscreen: the size history recorded after real scans (not the demo,
// not when switched off), the Size History dock comparing and opening a snapshot, and the recent-bundles list
// (no nested or vanished paths).
#include "compare/compareview.h"
#include "history/historychart.h"
#include "history/historymodel.h"
#include "history/historypanel.h"
#include "history/historyrecorder.h"
#include "mainwindowtesting.h"
#include "shell/mainwindow.h"
#include "shell/recentbundles.h"
#include "snapshot/historystore.h"
#include "snapshot/snapshotreader.h"
#include "testsupport.h"
#include "treemap/treemapwidget.h"

#include <KZip>

#include <QAction>
#include <QBuffer>
#include <QDir>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

class TestMainWindowHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Every scan below records its size history in m_dir, never in the user's data folder.
        Test::isolateMainWindowSettings(m_dir, QStringLiteral("tst_mainwindowhistory"));
    }

    void init() { Test::startMainWindowTest(); }

    void historyRecordsRealScans()
    {
        const QString bundle = m_dir.filePath(QStringLiteral("recorded/histapp"));
        QVERIFY(Test::writeFile(bundle + QStringLiteral("/histapp"), QByteArray(1000, 'x')));
        MainWindow window;
        QVERIFY(window.recordHistoryAction()->isChecked());
        QSignalSpy recorded(window.historyRecorder(), &HistoryRecorder::recorded);
        window.openPath(bundle);
        QVERIFY(recorded.wait(20000));
        QVERIFY(Test::writeFile(bundle + QStringLiteral("/_internal/new.so"), QByteArray(3000, 'y')));
        window.openPath(bundle);
        QVERIFY(recorded.wait(20000));
        const HistoryStore store(HistoryRecorder::directory());
        const std::vector<HistoryStore::Entry> entries = store.entries(QStringLiteral("histapp"));
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries.front().bytes, quint64(1000));
        QCOMPARE(entries.back().bytes, quint64(4000));
        QVERIFY(entries.back().path.startsWith(m_dir.path()));
        const Result<Snapshot> snapshot = SnapshotReader::load(entries.back().path);
        QVERIFY(snapshot);
        QVERIFY(snapshot->sections.contains(QStringLiteral("candidates")));
        // The estimate, which ends later, is added to the same snapshot (replaced atomically through QSaveFile).
        const auto hasEstimates = [&entries] {
            const Result<Snapshot> amended = SnapshotReader::load(entries.back().path);
            return amended && amended->sections.contains(QStringLiteral("estimates"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasEstimates(), 20000);
        QCOMPARE(window.historyPanel()->bundleName(), QStringLiteral("histapp"));
        QCOMPARE(window.historyPanel()->model()->rowCount(), 2);
        QCOMPARE(window.historyPanel()->chart()->pointCount(), 2);

        // Switched off: the next scan adds nothing.
        window.recordHistoryAction()->setChecked(false);
        QVERIFY(!HistoryRecorder::isEnabled());
        QSignalSpy analysed(&window, &MainWindow::analysisFinished);
        window.openPath(bundle);
        QVERIFY(analysed.wait(20000));
        window.historyRecorder()->waitForDone();
        QCOMPARE(store.entries(QStringLiteral("histapp")).size(), std::size_t(2));
        window.recordHistoryAction()->setChecked(true);
        QVERIFY(HistoryRecorder::isEnabled());
    }

    void demoAddsNoHistory()
    {
        MainWindow window;
        QSignalSpy analysed(&window, &MainWindow::analysisFinished);
        window.openDemo();
        QVERIFY(analysed.wait(60000));
        window.historyRecorder()->waitForDone();
        const QString name = HistoryStore::bundleName(*window.bundleView()->tree());
        QVERIFY(HistoryStore(HistoryRecorder::directory()).entries(name).empty());
        QCOMPARE(window.historyPanel()->bundleName(), name);
        QVERIFY(window.historyPanel()->chart()->isEmptyStateShown());
        QVERIFY(RecentBundles::paths().isEmpty()); // its temporary folder is gone at exit: not worth reopening
    }

    // Entries whose bundle has gone since (a deleted build folder, an old temporary path) are not offered.
    void recentHidesVanishedPaths()
    {
        const QString kept = m_dir.filePath(QStringLiteral("recent/kept"));
        QVERIFY(QDir().mkpath(kept));
        RecentBundles::add(m_dir.filePath(QStringLiteral("recent/gone")));
        RecentBundles::add(kept);
        QCOMPARE(RecentBundles::paths(), QStringList { kept });
    }

    void historyDockComparesAndOpens()
    {
        const QString bundle = m_dir.filePath(QStringLiteral("docked/dockapp"));
        QVERIFY(Test::writeFile(bundle + QStringLiteral("/dockapp"), QByteArray(2000, 'x')));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.historyDock()->isVisible());
        // The shortcut itself, not a key click: window activation is unreliable on a loaded offscreen CI machine.
        QCOMPARE(window.historyDock()->toggleViewAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
        window.historyDock()->toggleViewAction()->trigger();
        QVERIFY(window.historyDock()->isVisible());
        QVERIFY(window.historyPanel()->chart()->isEmptyStateShown());

        QSignalSpy recorded(window.historyRecorder(), &HistoryRecorder::recorded);
        window.openPath(bundle);
        QVERIFY(recorded.wait(20000));
        HistoryPanel* panel = window.historyPanel();
        QCOMPARE(panel->model()->rowCount(), 1);
        QVERIFY(!panel->chart()->isEmptyStateShown());
        QVERIFY(panel->selectRow(0));
        const QString snapshot = panel->selectedPath();
        QVERIFY(panel->compareAction()->isEnabled());
        panel->compareAction()->trigger();
        const QList<CompareView*> views = window.findChildren<CompareView*>();
        QCOMPARE(views.size(), 1);
        QSignalSpy compared(views.first(), &CompareView::comparisonFinished);
        QVERIFY(compared.wait(10000));
        QCOMPARE(views.first()->comparison()->before.bytes, quint64(2000));
        QCOMPARE(views.first()->comparison()->after.bytes, quint64(2000));
        views.first()->close();

        // Open Snapshot: read-only, and not recorded again.
        QSignalSpy opened(&window, &MainWindow::bundleOpened);
        QSignalSpy analysed(&window, &MainWindow::analysisFinished);
        QSignalSpy failed(&window, &MainWindow::openFailed);
        QVERIFY(panel->openAction()->isEnabled());
        panel->openAction()->trigger();
        QVERIFY2(
            opened.wait(10000), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().toString()));
        QCOMPARE(window.bundleView()->tree()->sourceKind(), BundleTree::SourceKind::Snapshot);
        QVERIFY(analysed.wait(20000));
        window.historyRecorder()->waitForDone();
        QCOMPARE(HistoryStore(HistoryRecorder::directory()).entries(QStringLiteral("dockapp")).size(), std::size_t(1));
        QCOMPARE(window.currentPath(), snapshot);
    }

    // A wheel inside a release zip opens on activation as "release.zip › inner.whl"; the recent list keeps the zip,
    // not the nested name, which cannot be reopened once the extracted copy is gone.
    void nestedBundleNotInRecent()
    {
        const QString outer = m_dir.filePath(QStringLiteral("release.zip"));
        {
            QByteArray wheel;
            QBuffer buffer(&wheel);
            KZip inner(&buffer);
            QVERIFY(inner.open(QIODevice::WriteOnly));
            QVERIFY(inner.writeFile(QStringLiteral("pkg/__init__.py"), "x = 1\n"));
            QVERIFY(inner.close());
            KZip zip(outer);
            QVERIFY(zip.open(QIODevice::WriteOnly));
            QVERIFY(zip.writeFile(QStringLiteral("dist/inner-1.0-py3-none-any.whl"), wheel));
            QVERIFY(zip.close());
        }
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::bundleOpened);
        window.openPath(outer);
        QVERIFY(opened.wait(10000));
        const BundleTreePtr tree = window.bundleView()->tree();
        const NodeId wheel = tree->findPath(u"dist/inner-1.0-py3-none-any.whl");
        QVERIFY(wheel != InvalidNode);
        Q_EMIT window.bundleView()->treemap()->nodeActivated(wheel);
        QVERIFY(opened.wait(10000));
        QVERIFY2(window.windowTitle().contains(QStringLiteral("release.zip › inner-1.0-py3-none-any.whl")),
            qPrintable(window.windowTitle()));
        QVERIFY(window.bundleView()->tree()->findPath(u"pkg/__init__.py") != InvalidNode);
        QCOMPARE(RecentBundles::paths(), QStringList { outer });
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindowHistory)
#include "tst_mainwindowhistory.moc"
