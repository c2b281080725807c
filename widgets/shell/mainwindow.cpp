// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "analysis/candidatesmodel.h"
#include "bundleloader.h"
#include "candidates/candidatespanel.h"
#include "comparelauncher.h"
#include "details/detailspane.h"
#include "export/exportdialog.h"
#include "history/historypanel.h"
#include "history/historyrecorder.h"
#include "readerrorsindicator.h"
#include "recentbundles.h"
#include "scanprogresspanel.h"
#include "snapshot/historystore.h"
#include "table/treetablepanel.h"
#include "welcomeview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace BundleScope {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_loader(new BundleLoader(this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomeView(m_pages))
    , m_progress(new ScanProgressPanel(m_pages))
    , m_bundleView(new BundleView(m_pages))
    , m_work(new BackgroundWork(this))
    , m_selectionLabel(new QLabel(this))
    , m_readErrors(new ReadErrorsIndicator(this))
{
    setWindowTitle(tr("BundleScope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/bundlescope.svg")));
    setAcceptDrops(true);
    resize(1400, 900);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_progress);
    m_pages->addWidget(m_bundleView);
    setCentralWidget(m_pages);
    statusBar()->addPermanentWidget(m_selectionLabel);
    statusBar()->addPermanentWidget(m_readErrors);
    createActions();
    createDocks();
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());

    connect(m_welcome, &WelcomeView::openFolderRequested, this, &MainWindow::chooseFolder);
    connect(m_welcome, &WelcomeView::openFileRequested, this, &MainWindow::chooseFile);
    connect(m_welcome, &WelcomeView::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomeView::pathRequested, this, &MainWindow::openPath);
    connect(m_progress, &ScanProgressPanel::cancelRequested, this, &MainWindow::cancelScan);
    connect(m_loader, &BundleLoader::demoStarted, this, [this] {
        m_pages->setCurrentWidget(m_progress);
        m_progress->setStatus(tr("Generating the demo bundle…"));
    });
    connect(m_loader, &BundleLoader::started, this, &MainWindow::onStarted);
    connect(m_loader, &BundleLoader::progressChanged, m_progress, &ScanProgressPanel::setProgress);
    connect(m_loader, &BundleLoader::finished, this, &MainWindow::onFinished);
    connect(m_loader, &BundleLoader::failed, this, &MainWindow::onFailed);
    connect(m_loader, &BundleLoader::cancelled, this, &MainWindow::onCancelled);
    connect(m_bundleView, &BundleView::selectionChanged, this, &MainWindow::showSelection);
    connect(m_bundleView->treemap(), &TreemapWidget::nodeActivated, this, &MainWindow::openNested);
    connect(m_bundleView->table(), &TreeTablePanel::nodeActivated, this, &MainWindow::openNested);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openFolder = file->addAction(QIcon(QStringLiteral(":/icons/open-folder.svg")), tr("Open &Folder…"),
        QKeySequence::Open, this, &MainWindow::chooseFolder);
    file->addAction(QIcon(QStringLiteral(":/icons/open-file.svg")), tr("Open F&ile…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, &MainWindow::chooseFile);
    file->addAction(tr("Open &Demo Bundle"), this, &MainWindow::openDemo);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    m_exportAction
        = file->addAction(tr("&Export Archive…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportArchive);
    m_exportAction->setEnabled(false);
    createCompareActions(file);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    rebuildRecentMenu();

    createViewMenu();
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_aboutAction = help->addAction(tr("&About BundleScope"), this, &MainWindow::showAbout);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(openFolder);
    toolbar->addAction(m_exportAction);
    toolbar->addAction(m_zoomOutAction);
    toolbar->addSeparator();
    toolbar->addActions(m_colorModes->actions());
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_zoomInAction = m_viewMenu->addAction(tr("Zoom &In"), this, &MainWindow::zoomIn);
    // Return zooms in inside the treemap and the table themselves: as a window shortcut it would take Return from
    // the line edits (filter, budget).
    m_zoomInAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    m_zoomOutAction = m_viewMenu->addAction(
        QIcon(QStringLiteral(":/icons/zoom-out.svg")), tr("Zoom &Out"), m_bundleView, &BundleView::zoomOut);
    m_zoomOutAction->setShortcuts({ QKeySequence(Qt::Key_Backspace), QKeySequence(Qt::CTRL | Qt::Key_Minus) });
    m_findAction = m_viewMenu->addAction(tr("&Find…"), QKeySequence::Find, this, &MainWindow::focusFilter);
    for (QAction* action : { m_zoomInAction, m_zoomOutAction, m_findAction })
        action->setEnabled(false);
    m_viewMenu->addSeparator();
    m_colorModes = new QActionGroup(this);
    const std::pair<QString, TreemapWidget::ColorMode> modes[] = {
        { tr("Colour by &Category"), TreemapWidget::ColorMode::Category },
        { tr("Colour by &Package"), TreemapWidget::ColorMode::Package },
        { tr("Colour by Ca&ndidate"), TreemapWidget::ColorMode::Candidate },
    };
    for (const auto& [label, mode] : modes) {
        QAction* action = m_viewMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(mode == TreemapWidget::ColorMode::Category);
        m_colorModes->addAction(action);
        connect(action, &QAction::triggered, m_bundleView, [this, mode = mode] { m_bundleView->setColorMode(mode); });
    }
    m_colorModes->setEnabled(false); // until a bundle is open
    m_viewMenu->addSeparator();
    m_sizeByEstimateAction = m_viewMenu->addAction(tr("Size Treemap by &Estimated Compressed Bytes"));
    m_sizeByEstimateAction->setCheckable(true);
    m_sizeByEstimateAction->setEnabled(false); // until the estimate has finished
    connect(m_sizeByEstimateAction, &QAction::toggled, m_bundleView, &BundleView::setSizeByEstimate);
    m_viewMenu->addSeparator();
}

void MainWindow::createDocks()
{
    m_docks = std::make_unique<MainWindowDocks>(this, m_viewMenu);
    connect(m_work, &BackgroundWork::analysisFinished, this, &MainWindow::onAnalysisFinished);
    connect(m_work, &BackgroundWork::analysisProgressChanged, this,
        [this](int done, int total) { statusBar()->showMessage(tr("Analysing… %1 of %2").arg(done).arg(total)); });
    connect(m_work, &BackgroundWork::estimateFinished, this, &MainWindow::onEstimateFinished);
    connect(m_work, &BackgroundWork::analysisFailed, this,
        [this](const QString& message) { statusBar()->showMessage(tr("Analysis failed: %1").arg(message), 10000); });
}

void MainWindow::onAnalysisFinished(const AnalysisResultPtr& result)
{
    m_analysis = result;
    candidatesPanel()->setResult(result, m_current.tree);
    m_bundleView->setAnalysis(result);
    candidatesDock()->show();
    statusBar()->showMessage(tr("%n optimization candidate(s) found", nullptr, int(result->candidates.size())), 5000);
    m_readErrors->setAnalysisErrors(result->errors);
    Q_EMIT analysisFinished(result);
}

void MainWindow::onEstimateFinished(const EstimateResultPtr& result)
{
    if (result)
        m_readErrors->setEstimateErrors(result->errors);
    const FormatEstimate* tarGz = result ? result->find(ArchiveFormat::TarGz) : nullptr;
    if (!tarGz)
        return;
    m_bundleView->setEstimates(tarGz->perNode);
    m_sizeByEstimateAction->setEnabled(m_bundleView->hasEstimates());
    Q_EMIT estimatesShown();
}

// Real bundles only: not the generated demo, not a snapshot (it is already one), and only when the user wants it.
bool MainWindow::shouldRecordHistory(const ScanResult& result) const
{
    return !m_openingDemo && result.tree && result.tree->sourceKind() != BundleTree::SourceKind::Snapshot
        && HistoryRecorder::isEnabled();
}

QString MainWindow::nestedBundlePath(const BundleTree& tree, NodeId id)
{
    if (tree.sourceKind() != BundleTree::SourceKind::Folder || !tree.isValid(id) || tree.kind(id) != NodeKind::File)
        return {};
    const QString name = tree.name(id).toLower();
    const bool archive = name.endsWith(QLatin1String(".zip")) || name.endsWith(QLatin1String(".whl"))
        || name.contains(QLatin1String(".tar")) || name.endsWith(QLatin1String(".tgz"));
    if (!archive && !tree.hasFlag(id, Expandable))
        return {};
    const QString path = tree.rootPath() + u'/' + tree.path(id);
    return QFileInfo(path).isFile() ? path : QString();
}

// Double-click on a nested archive or one-file executable: open it in this window (the recent list keeps the parent).
void MainWindow::openNested(NodeId id)
{
    const BundleTreePtr tree = m_bundleView->tree();
    const QString path = tree ? nestedBundlePath(*tree, id) : QString();
    if (!path.isEmpty())
        openPath(path);
    else if (tree) // inside an archive or one-file executable: extracted to a temporary file, then opened
        m_loader->openNested(m_current, id);
}

void MainWindow::zoomIn()
{
    const BundleTreePtr tree = m_bundleView->tree();
    const NodeId selected = m_bundleView->selectedNode();
    if (!tree || !tree->isValid(selected))
        return;
    m_bundleView->treemap()->zoomIn(tree->isDirectory(selected) ? selected : tree->parent(selected));
}

void MainWindow::focusFilter()
{
    m_bundleView->showTab(BundleView::Tab::Explorer);
    m_bundleView->table()->filterEdit()->setFocus(Qt::ShortcutFocusReason);
    m_bundleView->table()->filterEdit()->selectAll();
}

void MainWindow::exportArchive()
{
    if (!m_current.tree || !m_current.reader)
        return;
    auto* dialog = new ExportDialog(m_current.tree, m_current.reader, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_analysis)
        dialog->setCheckedCandidates(m_analysis->candidates, candidatesPanel()->model()->checkedIds());
    dialog->setSlimResult(candidatesPanel()->slimResult());
    dialog->open();
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentBundles::paths();
    for (const QString& path : paths)
        m_recentMenu->addAction(path, this, [this, path] { openPath(path); });
    m_recentMenu->setEnabled(!paths.isEmpty());
    m_welcome->refreshRecent();
}

void MainWindow::chooseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open Bundle Folder"));
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open One-File Executable or Archive"), QString(),
        tr("Bundles (*);;Archives (*.zip *.tar *.tar.gz *.tgz *.tar.xz)"));
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::openPath(const QString& path)
{
    m_openingDemo = false;
    m_loader->open(path);
}

void MainWindow::openDemo()
{
    m_openingDemo = true;
    m_loader->openDemo();
}

void MainWindow::openSource(std::unique_ptr<BundleSource> source, const QString& path)
{
    m_openingDemo = false;
    m_loader->start(std::move(source), path);
}

void MainWindow::cancelScan()
{
    m_loader->cancel();
}

bool MainWindow::isScanning() const
{
    return m_loader->isBusy();
}

QWidget* MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::onStarted(const QString& path)
{
    m_welcome->setMessage(QString());
    m_progress->start(path);
    m_pages->setCurrentWidget(m_progress);
    m_readErrors->clear(); // a new bundle: its own read errors, if any, come with its analysis and estimate
    statusBar()->showMessage(tr("Scanning %1…").arg(path));
}

void MainWindow::createCompareActions(QMenu* file)
{
    auto compare = [this](bool folder) {
        if (m_current.tree)
            CompareLauncher::ask(this, m_current.tree->rootPath(), folder);
    };
    m_compareFolderAction = file->addAction(tr("&Compare With Folder…"), this, [compare] { compare(true); });
    m_compareFileAction = file->addAction(tr("Compare With Fi&le…"), this, [compare] { compare(false); });
    m_compareFolderAction->setEnabled(false);
    m_compareFileAction->setEnabled(false);
}

void MainWindow::onFinished(const ScanResult& result, const QString& path)
{
    m_current = result;
    m_currentPath = path;
    m_analysis.reset();
    m_bundleView->setTree(result.tree);
    m_pages->setCurrentWidget(m_bundleView);
    for (QAction* action :
        { m_zoomInAction, m_zoomOutAction, m_findAction, m_exportAction, m_compareFolderAction, m_compareFileAction })
        action->setEnabled(true);
    m_colorModes->setEnabled(true);
    m_sizeByEstimateAction->setEnabled(false);
    candidatesPanel()->setResult(nullptr, result.tree);
    m_readErrors->setEstimateErrors(result.recordedEstimateErrors); // a snapshot's: no estimate runs for it
    detailsPane()->setContext(result.tree, result.dependencies);
    detailsPane()->setImports(result.imports);
    historyPanel()->setBundleName(HistoryStore::bundleName(*result.tree));
    historyPanel()->setCompareEnabled(QFileInfo::exists(path)); // not "outer.zip › inner.whl"
    m_work->start(result, shouldRecordHistory(result));
    setWindowTitle(tr("%1 — BundleScope").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    // Not the demo (a temporary folder) nor "outer.zip › inner.whl", which only live while they are open.
    if (!m_openingDemo && QFileInfo::exists(path)) {
        RecentBundles::add(path);
        rebuildRecentMenu();
    }
    Q_EMIT bundleOpened(result.tree);
}

void MainWindow::onFailed(const Error& error)
{
    const QString message = tr("Cannot open this bundle: %1").arg(error.toString());
    statusBar()->showMessage(message, 10000);
    m_welcome->setMessage(message);
    m_pages->setCurrentWidget(m_current.tree ? static_cast<QWidget*>(m_bundleView) : m_welcome);
    Q_EMIT openFailed(error);
}

void MainWindow::onCancelled()
{
    statusBar()->showMessage(tr("Scan cancelled"), 5000);
    m_pages->setCurrentWidget(m_current.tree ? static_cast<QWidget*>(m_bundleView) : m_welcome);
    Q_EMIT scanCancelled();
}

void MainWindow::showSelection(NodeId id)
{
    m_selectionLabel->setText(m_bundleView->describe(id));
}

QString MainWindow::selectionText() const
{
    return m_selectionLabel->text();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openPath(urls.first().toLocalFile()); // the first one opens; a non-bundle reports through openFailed()
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_loader->cancel();
    m_work->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace BundleScope
