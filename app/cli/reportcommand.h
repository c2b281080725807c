// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "common/error.h"
#include "common/result.h"
#include "report/reportwriter.h"
#include "scan/bundlesource.h"

#include <QCoreApplication>

namespace BundleScope {

struct BundleReport;

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

private:
    struct Request {
        QString path;
        std::optional<ReportWriter::Format> format; // empty for html
        bool html = false;
        int top = 0;
        quint64 minSaving = 0;
    };
    // Checks the arguments: ExitCode::Ok with `request` filled, or BadArguments after a message on `err`.
    static int parseRequest(const QCommandLineParser& parser, QTextStream& err, Request& request);
    // Opens and scans `path`; a progress line on `err` when it is a terminal.
    static Result<ScanResult> scan(const QString& path, QTextStream& err);
    // The optional parts asked for: candidates and potential, estimates; saves the snapshot (with the read errors).
    // The entries the analysis or the estimate could not read go to the report's errors and to readErrors (for
    // stderr); a reopened snapshot's recorded ones too.
    static Result<void> addSections(const QCommandLineParser& parser, const Request& request, const ScanResult& scanned,
        BundleReport& report, std::vector<Error>& readErrors, QTextStream& err);
    // The estimates section and its read errors; for a snapshot (no contents) a warning on `err` and its recorded
    // errors instead.
    static Result<std::vector<Error>> addEstimate(const ScanResult& scanned, BundleReport& report, QTextStream& err);
};

} // namespace BundleScope
