// SPDX-License-Identifier: GPL-3.0-or-later
// bundlescope: with a subcommand (report, export, compare, …) it runs headless on QCoreApplication; without one it
// opens the desktop GUI.
#include "commandline.h"
#include "guiapplication.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    if (BundleScope::CommandLine::wantsCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        return BundleScope::CommandLine::run(app);
    }
    return BundleScope::GuiApplication::run(argc, argv);
}
