// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace BundleScope {

// Dispatches `bundlescope <command> …` to the command classes. Headless: QCoreApplication only.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::CommandLine)
public:
    // True when argv names a subcommand (or --help/--version), so no GUI is needed.
    static bool wantsCommandLine(int argc, char* argv[]);
    static int run(QCoreApplication& app);
};

} // namespace BundleScope
