// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/bundlesource.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace BundleScope {

// Shown while a bundle is being scanned: files and bytes so far, the current path and a Cancel button.
// GUI thread; owned by MainWindow.
class ScanProgressPanel : public QWidget {
    Q_OBJECT
public:
    explicit ScanProgressPanel(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ScanProgressPanel)

    void start(const QString& path);
    void setProgress(const ScanProgress& progress);
    void setStatus(const QString& text); // "Generating the demo bundle…"
    QString countsText() const; // "1,200 files, 30 MiB in 0.5 s"

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel* m_title = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_current = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_cancel = nullptr;
    QElapsedTimer m_elapsed;
};

} // namespace BundleScope
