// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QIcon>

namespace BundleScope {

// Starts the desktop GUI: QApplication, the main window, then a path or --demo from the command line, or the
// --screenshot mode that renders the window to a PNG and exits. Called once from main() on the main thread.
class GuiApplication {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::GuiApplication)
public:
    static int run(int argc, char* argv[]);
    // The window icon: every PNG size rendered at build time plus the SVG; needs a QGuiApplication.
    static QIcon applicationIcon();
};

} // namespace BundleScope
