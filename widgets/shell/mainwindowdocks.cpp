// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowdocks.h"

#include "candidates/candidatespanel.h"
#include "comparelauncher.h"
#include "details/detailspane.h"
#include "history/historypanel.h"
#include "history/historyrecorder.h"
#include "mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QScrollArea>
#include <QStatusBar>

namespace BundleScope {

MainWindowDocks::MainWindowDocks(MainWindow* window, QMenu* viewMenu)
{
    createCandidates(window);
    viewMenu->addAction(m_candidatesDock->toggleViewAction());

    m_detailsDock = new QDockWidget(tr("Details"), window);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_details = new DetailsPane(m_detailsDock);
    m_detailsDock->setWidget(m_details);
    window->addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    window->tabifyDockWidget(m_candidatesDock, m_detailsDock);
    m_detailsDock->hide();
    viewMenu->addAction(m_detailsDock->toggleViewAction());
    createHistory(window, viewMenu);
    connectTo(window);
}

void MainWindowDocks::createHistory(MainWindow* window, QMenu* viewMenu)
{
    m_historyDock = new QDockWidget(tr("Size History"), window);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_history = new HistoryPanel(m_historyDock);
    m_historyDock->setWidget(m_history);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    // Short: the treemap keeps most of the height when the dock is first shown.
    QObject::connect(
        m_historyDock, &QDockWidget::visibilityChanged, window, [window, dock = m_historyDock](bool shown) {
            if (shown && dock->height() > window->height() / 3)
                window->resizeDocks({ dock }, { window->height() / 3 }, Qt::Vertical);
        });
    m_historyDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    viewMenu->addAction(m_historyDock->toggleViewAction());
    m_recordHistoryAction = viewMenu->addAction(tr("&Record Size History"));
    m_recordHistoryAction->setCheckable(true);
    m_recordHistoryAction->setChecked(HistoryRecorder::isEnabled());
    m_recordHistoryAction->setToolTip(tr("Save a snapshot of every scanned bundle for the Size History"));
    QObject::connect(m_recordHistoryAction, &QAction::toggled, m_recordHistoryAction, &HistoryRecorder::setEnabled);
}

void MainWindowDocks::createCandidates(MainWindow* window)
{
    m_candidatesDock = new QDockWidget(tr("Candidates"), window);
    m_candidatesDock->setObjectName(QStringLiteral("candidatesDock"));
    // In a scroll area: the panel's minimum width must not widen small windows (screenshots, laptops).
    auto* scroll = new QScrollArea(m_candidatesDock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_candidates = new CandidatesPanel(scroll);
    scroll->setWidget(m_candidates);
    m_candidatesDock->setWidget(scroll);
    window->addDockWidget(Qt::RightDockWidgetArea, m_candidatesDock);
    m_candidatesDock->hide();
}

QDockWidget* MainWindowDocks::dock(const QString& name) const
{
    if (name == QLatin1String("candidates"))
        return m_candidatesDock;
    if (name == QLatin1String("details"))
        return m_detailsDock;
    if (name == QLatin1String("history"))
        return m_historyDock;
    return nullptr;
}

// The docks follow the views; the history refreshes when a snapshot is recorded, its actions open or compare a
// snapshot, and errors go to the status bar (never a modal box).
void MainWindowDocks::connectTo(MainWindow* window)
{
    BundleView* view = window->bundleView();
    QObject::connect(view, &BundleView::selectionChanged, m_details, &DetailsPane::setNode);
    QObject::connect(m_details, &DetailsPane::nodeActivated, view, &BundleView::selectNode);
    QObject::connect(m_candidates, &CandidatesPanel::candidateSelected, view, &BundleView::highlightNodes);
    QObject::connect(m_candidates, &CandidatesPanel::slimResultChanged, m_details, &DetailsPane::setSlimResult);
    m_history->follow(window->historyRecorder());
    auto showError = [window](const QString& message) { window->statusBar()->showMessage(message, 10000); };
    QObject::connect(window->historyRecorder(), &HistoryRecorder::recordFailed, window, showError);
    QObject::connect(m_history, &HistoryPanel::errorOccurred, window, showError);
    QObject::connect(m_history, &HistoryPanel::openRequested, window, &MainWindow::openPath);
    QObject::connect(m_history, &HistoryPanel::compareRequested, window, [window](const QString& snapshot) {
        if (!window->currentPath().isEmpty())
            CompareLauncher::open(window, snapshot, window->currentPath());
    });
}

} // namespace BundleScope
