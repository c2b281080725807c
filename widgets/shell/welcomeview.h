// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace BundleScope {

// What the window shows when nothing is open: a large drop target, Open Folder / Open File / Open demo bundle
// buttons and the recent bundles. Drops themselves are handled by the main window. GUI thread; owned by MainWindow.
class WelcomeView : public QWidget {
    Q_OBJECT
public:
    explicit WelcomeView(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(WelcomeView)

    void refreshRecent();
    void setMessage(const QString& message); // e.g. why the last open failed; empty hides it
    QString message() const;

Q_SIGNALS:
    void openFolderRequested();
    void openFileRequested();
    void demoRequested();
    void pathRequested(const QString& path);

private:
    QWidget* makeDropTarget();
    QListWidget* m_recent = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace BundleScope
