// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundleview.h"
#include "common/error.h"
#include "scan/bundlesource.h"

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;

namespace BundleScope {

class BundleLoader;
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
    void openDemo();
    void openSource(std::unique_ptr<BundleSource> source, const QString& path); // tests: fake sources
    void cancelScan();
    bool isScanning() const;

    BundleView* bundleView() const { return m_bundleView; }
    WelcomeView* welcomeView() const { return m_welcome; }
    ScanProgressPanel* progressPanel() const { return m_progress; }
    QWidget* currentPage() const;
    QString selectionText() const; // the status bar's selection summary

Q_SIGNALS:
    void bundleOpened(const BundleScope::BundleTreePtr& tree);
    void openFailed(const BundleScope::Error& error);
    void scanCancelled();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
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
    QActionGroup* m_colorModes = nullptr;
    QLabel* m_selectionLabel = nullptr;
    ScanResult m_current; // the open bundle (tree and reader), kept alive for the views
};

} // namespace BundleScope
