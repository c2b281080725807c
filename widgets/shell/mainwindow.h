// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "backgroundwork.h"
#include "bundleview.h"
#include "common/error.h"
#include "estimate/estimatetypes.h"
#include "mainwindowdocks.h"
#include "scan/bundlesource.h"

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;

namespace BundleScope {

class BundleLoader;
class ReadErrorsIndicator;
class ScanProgressPanel;
class WelcomeView;

// The application window. It only arranges the pages (welcome, scan progress, bundle view) and wires menus, the
// toolbar, the status bar and drag-and-drop to BundleLoader and BundleView. GUI thread; owned by GuiApplication::run.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    void openPath(const QString& path);
    // The file of a node of a folder bundle that opens as a bundle of its own (archive, wheel, one-file
    // executable); empty when it does not exist on disk or is not one.
    static QString nestedBundlePath(const BundleTree& tree, NodeId id);
    void openDemo();
    void openSource(std::unique_ptr<BundleSource> source, const QString& path); // tests: fake sources
    void cancelScan();
    bool isScanning() const;

    BundleView* bundleView() const { return m_bundleView; }
    WelcomeView* welcomeView() const { return m_welcome; }
    ScanProgressPanel* progressPanel() const { return m_progress; }
    QWidget* currentPage() const;
    QString currentPath() const { return m_currentPath; } // what the open bundle was opened from
    QString selectionText() const; // the status bar's selection summary
    CandidatesPanel* candidatesPanel() const { return m_docks->candidates(); }
    QDockWidget* candidatesDock() const { return m_docks->candidatesDock(); }
    DetailsPane* detailsPane() const { return m_docks->details(); }
    QDockWidget* historyDock() const { return m_docks->historyDock(); }
    HistoryPanel* historyPanel() const { return m_docks->history(); }
    QAction* recordHistoryAction() const { return m_docks->recordHistoryAction(); }
    const MainWindowDocks* docks() const { return m_docks.get(); }
    HistoryRecorder* historyRecorder() const { return m_work->recorder(); }
    AnalysisResultPtr analysis() const { return m_analysis; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* aboutAction() const { return m_aboutAction; }
    QAction* sizeByEstimateAction() const { return m_sizeByEstimateAction; }
    // "N files could not be read" in the status bar: what the analysis and the estimate could not read.
    ReadErrorsIndicator* readErrorsIndicator() const { return m_readErrors; }
    void exportArchive(); // opens the export dialog for the open bundle
    QAction* compareAction() const { return m_compareFolderAction; }
    void showAbout();

Q_SIGNALS:
    void bundleOpened(const BundleScope::BundleTreePtr& tree);
    void openFailed(const BundleScope::Error& error);
    void scanCancelled();
    void analysisFinished(const BundleScope::AnalysisResultPtr& result);
    void estimatesShown();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createCompareActions(QMenu* file);
    void createViewMenu();
    void createDocks();
    void onAnalysisFinished(const AnalysisResultPtr& result);
    void onEstimateFinished(const EstimateResultPtr& result);
    bool shouldRecordHistory(const ScanResult& result) const;
    void openNested(NodeId id);
    void zoomIn();
    void focusFilter();
    void rebuildRecentMenu();
    void chooseFolder();
    void chooseFile();
    void onStarted(const QString& path);
    void onFinished(const ScanResult& result, const QString& path);
    void onFailed(const Error& error);
    void onCancelled();
    void showSelection(NodeId id);

    BundleLoader* m_loader = nullptr;
    QStackedWidget* m_pages = nullptr;
    WelcomeView* m_welcome = nullptr;
    ScanProgressPanel* m_progress = nullptr;
    BundleView* m_bundleView = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_sizeByEstimateAction = nullptr;
    QMenu* m_viewMenu = nullptr;
    BackgroundWork* m_work = nullptr;
    std::unique_ptr<MainWindowDocks> m_docks;
    AnalysisResultPtr m_analysis;
    QActionGroup* m_colorModes = nullptr;
    QLabel* m_selectionLabel = nullptr;
    ReadErrorsIndicator* m_readErrors = nullptr;
    QAction* m_compareFolderAction = nullptr;
    QAction* m_compareFileAction = nullptr;
    ScanResult m_current; // the open bundle (tree and reader), kept alive for the views
    QString m_currentPath; // what was opened for m_current
    bool m_openingDemo = false; // the scan in progress is of the generated demo bundle
};

} // namespace BundleScope
