// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QAction;
class QDockWidget;
class QMenu;

namespace BundleScope {

class CandidatesPanel;
class DetailsPane;
class HistoryPanel;
class MainWindow;

// Builds the main window's docks (Candidates and Details tabbed on the right, Size History at the bottom) and puts
// their toggle actions and the "history/enabled" setting (Record Size History) into the View menu; connects them to
// the window's views, its history recorder, openPath(), CompareLauncher and its status bar. Holds plain pointers to
// widgets the window owns. GUI thread; a member of MainWindow.
class MainWindowDocks {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::MainWindowDocks)
public:
    MainWindowDocks(MainWindow* window, QMenu* viewMenu);

    QDockWidget* candidatesDock() const { return m_candidatesDock; } // shown once an analysis has finished
    CandidatesPanel* candidates() const { return m_candidates; }
    QDockWidget* detailsDock() const { return m_detailsDock; } // on demand
    DetailsPane* details() const { return m_details; }
    QDockWidget* historyDock() const { return m_historyDock; } // on demand (Ctrl+H)
    HistoryPanel* history() const { return m_history; }
    QAction* recordHistoryAction() const { return m_recordHistoryAction; } // View > Record Size History
    // "candidates", "details" or "history" (the --show-dock option); nullptr for another name.
    QDockWidget* dock(const QString& name) const;

private:
    void createCandidates(MainWindow* window);
    void createHistory(MainWindow* window, QMenu* viewMenu);
    void connectTo(MainWindow* window);

    QDockWidget* m_candidatesDock = nullptr;
    CandidatesPanel* m_candidates = nullptr;
    QDockWidget* m_detailsDock = nullptr;
    DetailsPane* m_details = nullptr;
    QDockWidget* m_historyDock = nullptr;
    HistoryPanel* m_history = nullptr;
    QAction* m_recordHistoryAction = nullptr;
};

} // namespace BundleScope
