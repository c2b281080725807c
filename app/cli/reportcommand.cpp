// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "analysis/analysisrunner.h"
#include "analysis/candidatereport.h"
#include "checkcommand.h"
#include "common/cancellationtoken.h"
#include "common/sizeformat.h"
#include "estimate/compressionestimator.h"
#include "estimate/estimatereportsection.h"
#include "report/bundlereport.h"
#include "report/htmlreportwriter.h"
#include "report/reportwriter.h"
#include "scan/scanpipeline.h"
#include "scan/sourcefactory.h"
#include "snapshot/readerrorssection.h"
#include "snapshot/snapshotwriter.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace BundleScope {

namespace {

    const QString s_format = QStringLiteral("format");
    const QString s_top = QStringLiteral("top");
    const QString s_output = QStringLiteral("output");
    const QString s_candidates = QStringLiteral("candidates");
    const QString s_minSaving = QStringLiteral("min-saving");
    const QString s_estimate = QStringLiteral("estimate");
    const QString s_saveSnapshot = QStringLiteral("save-snapshot");
    const QString s_includeLow = QStringLiteral("include-low-confidence");

    BundleSource::ProgressCallback terminalProgress(QTextStream& err)
    {
        if (!isatty(fileno(stderr)))
            return {};
        return [&err](const ScanProgress& progress) {
            err << '\r'
                << ReportCommand::tr("Scanning: %1 files, %2")
                       .arg(progress.files)
                       .arg(SizeFormat::format(progress.bytes))
                << "\033[K" << Qt::flush;
        };
    }

    Result<void> writeOutput(const QString& fileName, const QByteArray& bytes, QTextStream& out)
    {
        if (fileName.isEmpty()) {
            out << QString::fromUtf8(bytes) << Qt::flush;
            return {};
        }
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return makeError(
                Error::Code::Io, ReportCommand::tr("Cannot write the report: %1").arg(file.errorString()), fileName);
        return {};
    }

} // namespace

QString ReportCommand::summary() const
{
    return tr("Scans a bundle and prints its size report (totals, categories, packages, largest files).");
}

QString ReportCommand::usage() const
{
    return tr("report [options] PATH");
}

void ReportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("PATH"), tr("The bundle: a dist/<app> folder, a one-file executable or an archive."));
    parser.addOption({ { QStringLiteral("f"), s_format },
        tr("Output format: %1 (default: text).")
            .arg(ReportWriter::formatNames().join(QLatin1String(", ")) + QLatin1String(", html")),
        tr("format"), QStringLiteral("text") });
    parser.addOption({ { QStringLiteral("n"), s_top },
        tr("Number of largest files and packages listed (default: %1).").arg(BundleReport::DefaultTop), tr("N"),
        QString::number(BundleReport::DefaultTop) });
    parser.addOption(
        { { QStringLiteral("o"), s_output }, tr("Writes the report to FILE instead of standard output."), tr("FILE") });
    parser.addOption({ s_candidates,
        tr("Also runs the analyzers and lists optimization candidates and the overall potential saving.") });
    parser.addOption({ s_includeLow,
        tr("With --candidates: also advises (and counts in the potential) low-confidence candidates, e.g. libraries "
           "nothing links that may still be loaded at run time. Test the bundle after applying them.") });
    parser.addOption({ s_minSaving, tr("With --candidates: lists only candidates saving at least SIZE (e.g. 10MB)."),
        tr("SIZE"), QStringLiteral("0") });
    parser.addOption({ s_estimate, tr("Also estimates the tar.gz, zip, tar.xz and tar.zst archive sizes (sampled).") });
    CheckCommand::addBudgetOptions(parser);
    parser.addOption(
        { s_saveSnapshot, tr("Also saves a snapshot of the scan to FILE (see bundlescope snapshot)."), tr("FILE") });
}

int ReportCommand::exitCodeFor(const Error& error)
{
    return error.code == Error::Code::Cancelled ? ExitCode::Failed : ExitCode::Unreadable;
}

int ReportCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const
{
    Request request;
    if (const int parsed = parseRequest(parser, err, request); parsed != ExitCode::Ok)
        return parsed;
    if (const int budgetArguments = CheckCommand::validateBudgetOptions(parser, err); budgetArguments != ExitCode::Ok)
        return budgetArguments;
    Result<ScanResult> scanned = scan(request.path, err);
    if (!scanned) {
        err << tr("bundlescope report: %1").arg(scanned.error().toString()) << Qt::endl;
        return exitCodeFor(scanned.error());
    }
    BundleReport report = BundleReport::fromTree(*scanned->tree, request.top, scanned->dependencies.get());
    std::vector<Error> readErrors;
    const Result<void> added = addSections(parser, request, *scanned, report, readErrors, err);
    CheckCommand::printReadErrors(readErrors, err);
    if (!added) {
        err << tr("bundlescope report: %1").arg(added.error().toString()) << Qt::endl;
        return ExitCode::Failed;
    }
    const QByteArray bytes = request.html ? HtmlReportWriter(scanned->tree).write(report)
                                          : ReportWriter::create(*request.format)->write(report);
    const Result<void> written = writeOutput(parser.value(s_output), bytes, out);
    if (!written) {
        err << tr("bundlescope report: %1").arg(written.error().toString()) << Qt::endl;
        return ExitCode::Failed;
    }
    return CheckCommand::checkBudgetOptions(parser, *scanned, err);
}

int ReportCommand::parseRequest(const QCommandLineParser& parser, QTextStream& err, Request& request)
{
    const QStringList paths = parser.positionalArguments();
    if (paths.size() != 1) {
        err << (paths.isEmpty() ? tr("bundlescope report: missing PATH.")
                                : tr("bundlescope report: only one PATH, please."))
            << Qt::endl;
        return ExitCode::BadArguments;
    }
    request.path = paths.first();
    request.format = ReportWriter::formatFromName(parser.value(s_format));
    request.html = parser.value(s_format) == u"html";
    if (!request.format && !request.html) {
        err << tr("bundlescope report: unknown format \"%1\"; use one of: %2.")
                   .arg(parser.value(s_format), ReportWriter::formatNames().join(QLatin1String(", ")))
            << Qt::endl;
        return ExitCode::BadArguments;
    }
    bool ok = false;
    request.top = parser.value(s_top).toInt(&ok);
    if (!ok || request.top <= 0) {
        err << tr("bundlescope report: --top needs a positive whole number, not \"%1\".").arg(parser.value(s_top))
            << Qt::endl;
        return ExitCode::BadArguments;
    }
    const std::optional<quint64> minSaving = SizeFormat::parse(parser.value(s_minSaving));
    if (!minSaving) {
        err << tr("bundlescope report: --min-saving needs a size such as 10MB, not \"%1\".")
                   .arg(parser.value(s_minSaving))
            << Qt::endl;
        return ExitCode::BadArguments;
    }
    request.minSaving = *minSaving;
    return ExitCode::Ok;
}

Result<ScanResult> ReportCommand::scan(const QString& path, QTextStream& err)
{
    auto source = SourceFactory::create(path);
    if (!source)
        return source.error();
    const auto progress = terminalProgress(err);
    // The import graph only when candidates are asked for (addSections).
    Result<ScanResult> scanned = ScanPipeline::run(**source, CancellationToken(), progress, { .importGraph = false });
    if (progress)
        err << '\r' << "\033[K" << Qt::flush;
    return scanned;
}

Result<void> ReportCommand::addSections(const QCommandLineParser& parser, const Request& request,
    const ScanResult& scanned, BundleReport& report, std::vector<Error>& readErrors, QTextStream& err)
{
    std::vector<Error> analysisErrors = scanned.recordedAnalysisErrors;
    std::vector<Error> estimateErrors = scanned.recordedEstimateErrors;
    if (parser.isSet(s_candidates)) {
        AnalysisContext context { *scanned.tree, *scanned.reader, CancellationToken() };
        context.dependencies = scanned.dependencies;
        context.imports = ScanPipeline::importGraph(scanned, context.token);
        context.includeLowConfidence = parser.isSet(s_includeLow);
        context.recordedErrors = scanned.recordedAnalysisErrors;
        const Result<AnalysisResult> analysis = AnalysisRunner().run(context);
        if (!analysis)
            return analysis.error();
        report.addErrors(analysis->errors);
        readErrors.insert(readErrors.end(), analysis->errors.begin(), analysis->errors.end());
        analysisErrors = analysis->errors;
        for (ReportSection& section : CandidateReport::sections(*analysis, *scanned.tree, request.minSaving))
            report.extraSections.push_back(std::move(section));
    }
    if (parser.isSet(s_estimate)) {
        const Result<std::vector<Error>> estimated = addEstimate(scanned, report, err);
        if (!estimated)
            return estimated.error();
        readErrors.insert(readErrors.end(), estimated->begin(), estimated->end());
        estimateErrors = *estimated;
    }
    // The snapshot keeps what could not be read, so that what it is compared with or reopened as says so.
    if (parser.isSet(s_saveSnapshot))
        return SnapshotWriter::save(
            *scanned.tree, parser.value(s_saveSnapshot), ReadErrorsSection::make(analysisErrors, estimateErrors));
    return {};
}

Result<std::vector<Error>> ReportCommand::addEstimate(const ScanResult& scanned, BundleReport& report, QTextStream& err)
{
    // A snapshot holds sizes, not contents: every sample would fail and the "estimate" would be the sizes themselves.
    if (!scanned.reader->hasContent()) {
        err << tr("warning: a snapshot holds no file contents: no archive size is estimated.") << Qt::endl;
        report.addErrors(scanned.recordedEstimateErrors);
        return scanned.recordedEstimateErrors;
    }
    EstimateOptions options;
    options.persistCache = true; // a second report of the same folder reuses the samples
    const Result<EstimateResult> estimate = CompressionEstimator::estimate(*scanned.tree, *scanned.reader, options);
    if (!estimate)
        return estimate.error();
    report.addErrors(estimate->errors);
    report.extraSections.push_back(EstimateReportSection::fromResult(*estimate, scanned.tree->totalSize()));
    return estimate->errors;
}

} // namespace BundleScope
