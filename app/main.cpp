// SPDX-License-Identifier: GPL-3.0-or-later
// bundlescope: with a subcommand (report, export, compare, …) it runs headless on QCoreApplication; without one it
// opens the desktop GUI.
#include "commandline.h"

#include <QCoreApplication>

#ifndef BUNDLESCOPE_NO_GUI
#include "guiapplication.h"
#else
#include <cstdio>
#endif

int main(int argc, char* argv[])
{
    if (BundleScope::CommandLine::wantsCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        return BundleScope::CommandLine::run(app);
    }
#ifndef BUNDLESCOPE_NO_GUI
    return BundleScope::GuiApplication::run(argc, argv);
#else
    // The sanitizer test build (BUNDLESCOPE_SANITIZE) has no GUI.
    QCoreApplication app(argc, argv);
    std::fputs(qPrintable(QCoreApplication::translate("BundleScope::Main", "This build has no GUI: give a command.\n")),
        stderr);
    return 2;
#endif
}
