// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace BundleScope {

// Starts the desktop GUI: QApplication, main window, command-line path or --screenshot mode.
class GuiApplication {
public:
    static int run(int argc, char* argv[]);
};

} // namespace BundleScope
