// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "common/error.h"

#include <QCoreApplication>

namespace BundleScope {

// `bundlescope report PATH [--format text|json|markdown] [--top N] [--output FILE] [--candidates [--min-saving SIZE]]`:
// scans PATH synchronously through SourceFactory, builds a BundleReport (plus, with --candidates, the candidates and
// potential sections of AnalysisRunner) and writes it to stdout or FILE (QSaveFile). Progress goes to stderr, and only
// when stderr is a terminal. Main thread; owned by CommandLine.
class ReportCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ReportCommand)
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    QString usage() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const override;

    // Exit code for a failure to open or scan: Unreadable, or Failed for cancellation.
    static int exitCodeFor(const Error& error);
};

} // namespace BundleScope
