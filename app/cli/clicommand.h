// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace BundleScope {

// Exit codes every command shares; users script against them.
namespace ExitCode {
    inline constexpr int Ok = 0;
    inline constexpr int CheckFailed = 1; // a budget or rule was exceeded
    inline constexpr int BadArguments = 2;
    inline constexpr int Unreadable = 3; // the path could not be opened or scanned
    inline constexpr int Failed = 4; // the operation itself failed (write error, cancelled…)
}

// One `bundlescope <name> …` subcommand. CommandLine owns the instances (CommandLine::commands() is the list), builds
// a QCommandLineParser with addOptions(), and calls run() on the main thread of a QCoreApplication. Results go to
// `out` (stdout), diagnostics to `err` (stderr); the return value is an ExitCode.
class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0; // "report"
    virtual QString summary() const = 0; // one translated line for `bundlescope --help`
    virtual QString usage() const = 0; // "report [options] PATH"
    virtual void addOptions(QCommandLineParser& parser) const = 0; // options and positional arguments
    virtual int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const = 0;
};

} // namespace BundleScope
