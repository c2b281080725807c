// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundleview.h"
#include "common/result.h"

#include <QObject>
#include <QSize>
#include <QTimer>

namespace BundleScope {

class MainWindow;

// --screenshot mode: once the window has opened its bundle and the treemap has rendered, grabs the window into a
// PNG and reports an exit code (0 saved, 1 open or save failed, 2 timed out). GUI thread; owned by
// GuiApplication::run next to the window it captures.
class Screenshotter : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString output;
        QSize size { 1400, 900 };
        BundleView::Tab tab = BundleView::Tab::Explorer;
        int timeoutMs = 120000;
        bool welcome = false; // no bundle: capture the welcome page
        // Set: once analysed, check every candidate, run Verify… with this command (and expected text), select the
        // first candidate that breaks the app (else the first verified one) and capture when the run has finished.
        QString verifyCommand;
        QString verifyExpect;
    };

    Screenshotter(MainWindow* window, Options options, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(Screenshotter)

    // Sizes the window and starts waiting; call before opening the bundle.
    void arm();
    static Result<void> save(QWidget* widget, const QString& path);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onOpened();
    void startVerification();
    void onVerified();
    void capture();
    void finish(int exitCode, const QString& message);

    MainWindow* m_window;
    Options m_options;
    QTimer m_timeout;
    bool m_done = false;
    bool m_verifying = false;
};

} // namespace BundleScope
