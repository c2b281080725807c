// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "bundleloader.h"
#include "recentbundles.h"
#include "scanprogresspanel.h"
#include "welcomeview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
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
    , m_selectionLabel(new QLabel(this))
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
    createActions();
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
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    rebuildRecentMenu();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_zoomOutAction = view->addAction(QIcon(QStringLiteral(":/icons/zoom-out.svg")), tr("Zoom &Out"),
        QKeySequence(Qt::Key_Backspace), m_bundleView, &BundleView::zoomOut);
    m_zoomOutAction->setEnabled(false);
    m_colorModes = new QActionGroup(this);
    const std::pair<QString, TreemapWidget::ColorMode> modes[] = {
        { tr("Colour by &Category"), TreemapWidget::ColorMode::Category },
        { tr("Colour by &Package"), TreemapWidget::ColorMode::Package },
    };
    for (const auto& [label, mode] : modes) {
        QAction* action = view->addAction(label);
        action->setCheckable(true);
        action->setChecked(mode == TreemapWidget::ColorMode::Category);
        m_colorModes->addAction(action);
        connect(action, &QAction::triggered, m_bundleView, [this, mode = mode] { m_bundleView->setColorMode(mode); });
    }

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(openFolder);
    toolbar->addAction(m_zoomOutAction);
    toolbar->addSeparator();
    toolbar->addActions(m_colorModes->actions());
    m_colorModes->setEnabled(false); // until a bundle is open
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
    m_loader->open(path);
}

void MainWindow::openDemo()
{
    m_loader->openDemo();
}

void MainWindow::openSource(std::unique_ptr<BundleSource> source, const QString& path)
{
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
    statusBar()->showMessage(tr("Scanning %1…").arg(path));
}

void MainWindow::onFinished(const ScanResult& result, const QString& path)
{
    m_current = result;
    m_bundleView->setTree(result.tree);
    m_pages->setCurrentWidget(m_bundleView);
    m_zoomOutAction->setEnabled(true);
    m_colorModes->setEnabled(true);
    setWindowTitle(tr("%1 — BundleScope").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    RecentBundles::add(path);
    rebuildRecentMenu();
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
    QMainWindow::closeEvent(event);
}

} // namespace BundleScope
