// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace BundleScope {

// Dispatches `bundlescope <command> …` to the command classes, prints `--help`, `help <command>` and `--version`.
// Headless: QCoreApplication only, main thread. Stateless apart from the command list it creates per call.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::CommandLine)
public:
    // THE list of subcommands; add new commands (export, compare, check, why) here.
    static std::vector<std::unique_ptr<CliCommand>> commands();
    // True when argv names a subcommand, `help`, --help/-h or --version, so no GUI is needed.
    static bool wantsCommandLine(int argc, char* argv[]);
    static int run(QCoreApplication& app);

private:
    static int runCommand(const CliCommand& command, const QStringList& arguments, QTextStream& out, QTextStream& err);
    static int help(const QStringList& topics, QTextStream& out, QTextStream& err);
    static QString generalHelp();
    static QString commandHelp(const CliCommand& command);
};

} // namespace BundleScope
