// SPDX-License-Identifier: GPL-3.0-or-later
// The main window end to end, offscreen: opening a generated folder, treemap <-> table selection, drag-and-drop,
// cancelling a scan, and the --screenshot capture (size history and recent bundles: tst_mainwindowhistory.cpp).
#include "analysis/candidatesmodel.h"
#include "candidates/candidatespanel.h"
#include "charts/breakdownview.h"
#include "compare/compareview.h"
#include "details/detailspane.h"
#include "history/historyrecorder.h"
#include "mainwindowtesting.h"
#include "model/bundletreemodel.h"
#include "shell/aboutdialog.h"
#include "shell/breadcrumbbar.h"
#include "shell/comparelauncher.h"
#include "shell/mainwindow.h"
#include "shell/recentbundles.h"
#include "shell/scanprogresspanel.h"
#include "shell/screenshotter.h"
#include "shell/summarypanel.h"
#include "shell/welcomeview.h"
#include "slowbundlesource.h"
#include "snapshot/historystore.h"
#include "table/treetablepanel.h"
#include "testsupport.h"

#include <karchive_version.h>

#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QMimeData>
#include <QSet>
#include <QSettings>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace BundleScope;

namespace {

// app/app 500, app/_internal/libfoo.so 3000, app/_internal/pkg/mod.py 200, app/_internal/pkg/data.bin 1300.
QString writeBundle(const QString& parent)
{
    const QString root = parent + QStringLiteral("/app");
    const std::pair<const char*, int> files[] = {
        { "app", 500 },
        { "_internal/libfoo.so", 3000 },
        { "_internal/pkg/mod.py", 200 },
        { "_internal/pkg/data.bin", 1300 },
    };
    for (const auto& [path, size] : files)
        if (!Test::writeFile(root + u'/' + QLatin1String(path), QByteArray(size, 'x')))
            return {};
    return root;
}

// A bundle whose two data files are identical (a Duplicate candidate): dup/a.bin and dup/b.bin, 64 KiB each, and
// a (fake) wheel.
QString writeDuplicateBundle(const QString& parent)
{
    const QString root = parent + QStringLiteral("/dupapp");
    QByteArray content(64 * 1024, '\0');
    for (int i = 0; i < content.size(); ++i)
        content[i] = char((i * 7919) % 251);
    if (!Test::writeFile(root + QStringLiteral("/dupapp"), QByteArray(500, 'x'))
        || !Test::writeFile(root + QStringLiteral("/_internal/dup/a.bin"), content)
        || !Test::writeFile(root + QStringLiteral("/_internal/dup/b.bin"), content)
        || !Test::writeFile(root + QStringLiteral("/_internal/extra-1.0-py3-none-any.whl"), QByteArray(100, 'w')))
        return {};
    return root;
}

// The first candidate row of a kind in the panel's (proxy) view model.
QModelIndex candidateRow(const QAbstractItemModel* model, Candidate::Kind kind)
{
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex groupIndex = model->index(group, 0);
        for (int row = 0; row < model->rowCount(groupIndex); ++row) {
            const QModelIndex index = model->index(row, 0, groupIndex);
            if (index.data(CandidatesModel::KindRole).toInt() == int(kind))
                return index;
        }
    }
    return {};
}

QModelIndex findInView(const QAbstractItemModel* model, NodeId id, const QModelIndex& parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(BundleTreeModel::NodeIdRole).toUInt() == id)
            return index;
        const QModelIndex below = findInView(model, id, index);
        if (below.isValid())
            return below;
    }
    return {};
}

bool waitForRender(TreemapWidget* treemap)
{
    QSignalSpy rendered(treemap, &TreemapWidget::renderFinished);
    return !treemap->isRendering() || rendered.wait(10000);
}

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Every scan below records its size history in m_dir, never in the user's data folder.
        Test::isolateMainWindowSettings(m_dir, QStringLiteral("tst_mainwindow"));
        m_bundle = writeBundle(m_dir.path());
        QVERIFY(!m_bundle.isEmpty());
        m_duplicates = writeDuplicateBundle(m_dir.path());
        QVERIFY(!m_duplicates.isEmpty());
    }

    void init() { Test::startMainWindowTest(); }

    void startsOnWelcomeView()
    {
        MainWindow window;
        QCOMPARE(window.currentPage(), window.welcomeView());
        QCOMPARE(window.size(), QSize(1400, 900));
        QVERIFY(!window.windowTitle().isEmpty());
    }

    void opensBundleAndShowsTotals()
    {
        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::bundleOpened);
        window.openPath(m_bundle);
        QVERIFY(opened.wait(10000));
        QCOMPARE(window.currentPage(), window.bundleView());
        const BundleTreePtr tree = window.bundleView()->tree();
        QVERIFY(tree);
        QCOMPARE(tree->totalSize(), quint64(5000));
        const QString summary = window.bundleView()->summary()->text();
        QVERIFY2(summary.contains(QLocale().toString(5000)), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("4 file")), qPrintable(summary));
        QVERIFY(window.windowTitle().contains(QStringLiteral("app")));
        QCOMPARE(RecentBundles::paths().value(0), m_bundle);
        QCOMPARE(window.bundleView()->breadcrumb()->segments(), QStringList { QStringLiteral("app") });
        // The table shows the bundle folder as its top row, sorted by size: _internal before the launcher.
        const QAbstractItemModel* model = window.bundleView()->table()->view()->model();
        const QModelIndex top = model->index(0, 0);
        QCOMPARE(top.data().toString(), QStringLiteral("app"));
        QCOMPARE(model->index(0, 0, top).data().toString(), QStringLiteral("_internal"));
        QCOMPARE(model->index(1, 0, top).data().toString(), QStringLiteral("app"));
    }

    void tableSelectionSelectsInTreemap()
    {
        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::bundleOpened);
        window.openPath(m_bundle);
        QVERIFY(opened.wait(10000));
        const NodeId target = window.bundleView()->tree()->findPath(u"_internal/pkg/data.bin");
        QVERIFY(target != InvalidNode);
        QTreeView* view = window.bundleView()->table()->view();
        const QModelIndex index = findInView(view->model(), target);
        QVERIFY(index.isValid());
        view->expand(index.parent());
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(window.bundleView()->treemap()->selectedNode(), target);
        QCOMPARE(window.bundleView()->selectedNode(), target);
        QVERIFY2(window.selectionText().contains(QStringLiteral("data.bin")), qPrintable(window.selectionText()));
    }

    void treemapSelectionSelectsInTable()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy opened(&window, &MainWindow::bundleOpened);
        window.openPath(m_bundle);
        QVERIFY(opened.wait(10000));
        TreemapWidget* treemap = window.bundleView()->treemap();
        QVERIFY(waitForRender(treemap));
        const BundleTreePtr tree = window.bundleView()->tree();
        const NodeId target = tree->findPath(u"_internal/libfoo.so");
        QPoint hit(-1, -1);
        for (int y = 2; y < treemap->height() && hit.x() < 0; y += 4)
            for (int x = 2; x < treemap->width() && hit.x() < 0; x += 4)
                if (treemap->nodeAt(QPoint(x, y)) == target)
                    hit = QPoint(x, y);
        QVERIFY2(hit.x() >= 0, "libfoo.so is not drawn in the treemap");
        QTest::mouseClick(treemap, Qt::LeftButton, {}, hit);
        QCOMPARE(treemap->selectedNode(), target);
        TreeTablePanel* table = window.bundleView()->table();
        QCOMPARE(table->selectedNode(), target);
        const QModelIndex current = table->view()->currentIndex();
        QCOMPARE(current.data(BundleTreeModel::NodeIdRole).toUInt(), uint(target));
        QVERIFY(table->view()->isExpanded(current.parent())); // expanded down to the node
        QVERIFY(table->view()->viewport()->rect().intersects(table->view()->visualRect(current)));
    }

    void chartClickHighlightsCategory()
    {
        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::bundleOpened);
        window.openPath(m_bundle);
        QVERIFY(opened.wait(10000));
        const BundleTreePtr tree = window.bundleView()->tree();
        const NodeId library = tree->findPath(u"_internal/libfoo.so");
        Q_EMIT window.bundleView()->breakdown()->categoryClicked(tree->category(library));
        QVERIFY(window.bundleView()->treemap()->highlightedNodes().contains(library));
        QCOMPARE(window.bundleView()->selectedNode(), library);
    }

    void candidatesAppearAfterScan()
    {
        MainWindow window;
        window.show();
        QVERIFY(!window.exportAction()->isEnabled());
        QSignalSpy analysed(&window, &MainWindow::analysisFinished);
        window.openPath(m_duplicates);
        QVERIFY(analysed.wait(20000));
        QVERIFY(window.exportAction()->isEnabled());
        QVERIFY(window.candidatesDock()->isVisible());
        const BundleTreePtr tree = window.bundleView()->tree();
        const NodeId a = tree->findPath(u"_internal/dup/a.bin");
        const NodeId b = tree->findPath(u"_internal/dup/b.bin");
        QVERIFY(a != InvalidNode && b != InvalidNode);
        const Candidate* duplicate = nullptr;
        for (const Candidate& candidate : window.analysis()->candidates)
            if (candidate.kind == Candidate::Kind::Duplicate)
                duplicate = &candidate;
        QVERIFY(duplicate);
        QCOMPARE(duplicate->saving, quint64(64 * 1024));
        // The table's Saving column: the removed copy saves its size, and its folder sums it.
        const BundleTreeModel* model = window.bundleView()->table()->model();
        QCOMPARE(model->saving(a) + model->saving(b), quint64(64 * 1024));
        QCOMPARE(model->saving(tree->findPath(u"_internal/dup")), quint64(64 * 1024));
        QVERIFY(model->saving(tree->root()) >= quint64(64 * 1024));

        // Selecting the candidate highlights both copies in the treemap and selects one of them.
        QTreeView* view = window.candidatesPanel()->view();
        const QModelIndex row = candidateRow(view->model(), Candidate::Kind::Duplicate);
        QVERIFY(row.isValid());
        view->setCurrentIndex(row);
        const QSet<NodeId> highlighted = window.bundleView()->treemap()->highlightedNodes();
        QCOMPARE(highlighted, (QSet<NodeId> { a, b }));
        QVERIFY(window.bundleView()->selectedNode() == a || window.bundleView()->selectedNode() == b);
    }

    void estimatesFillColumns()
    {
        MainWindow window;
        window.show();
        QSignalSpy estimated(&window, &MainWindow::estimatesShown);
        window.openPath(m_duplicates);
        QVERIFY(estimated.wait(20000));
        const BundleTreePtr tree = window.bundleView()->tree();
        const BundleTreeModel* model = window.bundleView()->table()->model();
        // 64 KiB of a period-251 pattern compresses far below its size; the sum covers both copies.
        const NodeId a = tree->findPath(u"_internal/dup/a.bin");
        QVERIFY(model->hasEstimate(a));
        QVERIFY2(model->estimate(a) > 0 && model->estimate(a) < tree->size(a) / 2,
            qPrintable(QString::number(model->estimate(a))));
        QVERIFY(model->estimate(tree->root()) >= model->estimate(a));
        QVERIFY(window.sizeByEstimateAction()->isEnabled());
        QVERIFY(!model->indexForNode(a, BundleTreeModel::RatioColumn).data().toString().isEmpty());
    }

    void nestedArchivePath()
    {
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::bundleOpened);
        window.openPath(m_duplicates);
        QVERIFY(opened.wait(10000));
        const BundleTreePtr tree = window.bundleView()->tree();
        QCOMPARE(MainWindow::nestedBundlePath(*tree, tree->findPath(u"_internal/extra-1.0-py3-none-any.whl")),
            m_duplicates + QStringLiteral("/_internal/extra-1.0-py3-none-any.whl"));
        QVERIFY(MainWindow::nestedBundlePath(*tree, tree->findPath(u"_internal/dup/a.bin")).isEmpty());
        QVERIFY(MainWindow::nestedBundlePath(*tree, tree->findPath(u"_internal")).isEmpty());
    }

    void detailsFollowSelection()
    {
        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::bundleOpened);
        window.openPath(m_bundle);
        QVERIFY(opened.wait(10000));
        const BundleTreePtr tree = window.bundleView()->tree();
        const QString before = window.detailsPane()->text();
        window.bundleView()->selectNode(tree->findPath(u"_internal/libfoo.so"));
        const QString after = window.detailsPane()->text();
        QVERIFY2(after != before && after.contains(QStringLiteral("libfoo.so")), qPrintable(after));
    }

    void colourByCandidateAction()
    {
        MainWindow window;
        QStringList labels;
        for (QAction* action : window.findChildren<QAction*>())
            labels.append(action->text());
        QVERIFY2(labels.contains(QStringLiteral("Colour by Ca&ndidate")), qPrintable(labels.join(u',')));
        QCOMPARE(window.exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        // Ctrl+F reaches the filter box once a bundle is open.
        window.show();
        QSignalSpy opened(&window, &MainWindow::bundleOpened);
        window.openPath(m_bundle);
        QVERIFY(opened.wait(10000));
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.bundleView()->table()->filterEdit()->hasFocus());
    }

    void compareOpensAWindow()
    {
        MainWindow window;
        QVERIFY(!window.compareAction()->isEnabled());
        QSignalSpy opened(&window, &MainWindow::bundleOpened);
        window.openPath(m_bundle);
        QVERIFY(opened.wait(10000));
        QVERIFY(window.compareAction()->isEnabled());
        CompareView* view = CompareLauncher::open(&window, m_bundle, m_duplicates);
        QVERIFY(view);
        QSignalSpy finished(view, &CompareView::comparisonFinished);
        QVERIFY(finished.wait(10000));
        QVERIFY(view->isWindow());
        QVERIFY(view->windowTitle().contains(QFileInfo(m_duplicates).fileName()));
        view->close();
    }

    void aboutShowsVersions()
    {
        AboutDialog dialog;
        const QString text = dialog.text();
        QVERIFY2(text.contains(QLatin1String(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String(KARCHIVE_VERSION_STRING)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(BUNDLESCOPE_VERSION)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("General Public License")), qPrintable(text));
    }

    void dropOpensFirstBundle()
    {
        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::bundleOpened);
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(m_bundle), QUrl::fromLocalFile(m_dir.path()) });
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(opened.wait(10000));
        const BundleTreePtr tree = window.bundleView()->tree();
        QVERIFY(tree);
        QCOMPARE(tree->rootPath(), m_bundle);
    }

    void dropOfNonBundleExplains()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(Test::writeFile(text, "not a bundle"));
        MainWindow window;
        window.show();
        QSignalSpy failed(&window, &MainWindow::openFailed);
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(text) });
        // QApplication delivers a drop to the widget that accepted the drag-enter.
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
        QCOMPARE(failed.first().first().value<Error>().code, Error::Code::NotABundle);
        QCOMPARE(window.currentPage(), window.welcomeView());
        QVERIFY2(window.welcomeView()->message().contains(text), qPrintable(window.welcomeView()->message()));
    }

    void cancelLeavesWindowUsable()
    {
        MainWindow window;
        window.show();
        QSignalSpy cancelled(&window, &MainWindow::scanCancelled);
        window.openSource(std::make_unique<Test::SlowBundleSource>(), QStringLiteral("slow bundle"));
        QVERIFY(window.isScanning());
        QCOMPARE(window.currentPage(), window.progressPanel());
        // The GUI thread keeps running while the scan works: progress arrives and is shown.
        QTRY_VERIFY_WITH_TIMEOUT(window.progressPanel()->countsText().contains(QStringLiteral("100")), 3000);
        QElapsedTimer timer;
        timer.start();
        window.cancelScan();
        QVERIFY(cancelled.count() == 1 || cancelled.wait(3000));
        qDebug("cancel took %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!window.isScanning());
        QCOMPARE(window.currentPage(), window.welcomeView());

        QSignalSpy opened(&window, &MainWindow::bundleOpened);
        window.openPath(m_bundle);
        QVERIFY(opened.wait(10000));
        QCOMPARE(window.currentPage(), window.bundleView());
    }

    void screenshotWritesNonBlankPng_data()
    {
        QTest::addColumn<BundleView::Tab>("tab");
        QTest::addRow("explorer") << BundleView::Tab::Explorer;
        QTest::addRow("breakdown") << BundleView::Tab::Breakdown;
    }

    void screenshotWritesNonBlankPng()
    {
        QFETCH(BundleView::Tab, tab);
        Screenshotter::Options options;
        options.output = m_dir.filePath(QStringLiteral("shot-%1.png").arg(QLatin1String(QTest::currentDataTag())));
        options.size = QSize(1000, 700);
        options.tab = tab;
        MainWindow window;
        Screenshotter screenshotter(&window, options);
        QSignalSpy done(&screenshotter, &Screenshotter::finished);
        screenshotter.arm();
        window.openPath(m_bundle);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().toInt(), 0);
        const QImage image(options.output);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), options.size);
        QVERIFY2(distinctColours(image) > 20, qPrintable(QString::number(distinctColours(image))));
    }

    void screenshotOfMissingPathFails()
    {
        Screenshotter::Options options;
        options.output = m_dir.filePath(QStringLiteral("never.png"));
        MainWindow window;
        Screenshotter screenshotter(&window, options);
        QSignalSpy done(&screenshotter, &Screenshotter::finished);
        screenshotter.arm();
        window.openPath(m_dir.filePath(QStringLiteral("does-not-exist")));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 5000);
        QCOMPARE(done.first().first().toInt(), 1);
        QVERIFY(!QFile::exists(options.output));
    }

private:
    QTemporaryDir m_dir;
    QString m_bundle;
    QString m_duplicates;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
