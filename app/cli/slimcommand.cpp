// SPDX-License-Identifier: GPL-3.0-or-later
#include "slimcommand.h"

#include "analysis/analysisrunner.h"
#include "scan/scanpipeline.h"
#include "scan/sourcefactory.h"
#include "signalcancellation.h"
#include "slim/slimcandidates.h"
#include "slim/slimengine.h"
#include "slim/sliminput.h"
#include "slim/slimoutput.h"
#include "slim/slimreportwriter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

namespace BundleScope {

namespace {
    const QString s_run = QStringLiteral("run");
    const QString s_expect = QStringLiteral("expect");
    const QString s_timeout = QStringLiteral("timeout");
    const QString s_candidates = QStringLiteral("candidates");
    const QString s_trace = QStringLiteral("trace");
    const QString s_out = QStringLiteral("out");
    const QString s_format = QStringLiteral("format");

    int exitCodeFor(const Error& error)
    {
        switch (error.code) {
        case Error::Code::NotFound:
        case Error::Code::NotABundle:
        case Error::Code::PermissionDenied:
        case Error::Code::Malformed:
            return ExitCode::Unreadable;
        case Error::Code::InvalidArgument:
        case Error::Code::Unsupported:
        case Error::Code::AlreadyExists:
            return ExitCode::BadArguments;
        default:
            return ExitCode::Failed;
        }
    }

    struct Analysed {
        ScanResult scan;
        std::vector<Candidate> candidates;
    };

    Result<Analysed> scanAndAnalyse(const QString& folder, const CancellationToken& token)
    {
        auto source = SourceFactory::create(folder);
        if (!source)
            return source.error();
        Result<ScanResult> scan = ScanPipeline::run(**source, token, {});
        if (!scan)
            return scan.error();
        AnalysisContext context { *scan->tree, *scan->reader, token };
        context.dependencies = scan->dependencies;
        context.imports = scan->imports;
        Result<AnalysisResult> analysis = AnalysisRunner().run(context);
        if (!analysis)
            return analysis.error();
        return Analysed { std::move(*scan), std::move(analysis->candidates) };
    }

    std::vector<SlimAction> removedActions(const SlimResult& result)
    {
        std::vector<SlimAction> actions;
        for (const SlimItem& item : result.items) {
            if (item.verdict == SlimVerdict::Removed)
                actions.insert(actions.end(), item.actions.begin(), item.actions.end());
        }
        return actions;
    }
} // namespace

QString SlimCommand::summary() const
{
    return tr("Finds which candidates the app really runs without, by running it on a copy, and writes the slimmed "
              "bundle.");
}

QString SlimCommand::usage() const
{
    return tr("slim [options] PATH --run CMD");
}

void SlimCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("The one-folder bundle (dist/<app>) or an archive of it."));
    parser.addOption({ s_run,
        tr("The command that checks the app, run by /bin/sh -c in the copy's top folder (e.g. \"./app --selftest\")."),
        tr("CMD") });
    parser.addOption(
        { s_expect, tr("Text the command's output must contain to pass (besides exit status 0)."), tr("TEXT") });
    parser.addOption({ s_timeout, tr("Seconds before a run is killed and counted as failed (default: 120)."),
        tr("SECONDS"), QStringLiteral("120") });
    parser.addOption({ s_candidates, tr("advised (default), all, or a comma-separated list of candidate ids."),
        tr("WHICH"), QStringLiteral("advised") });
    parser.addOption({ s_trace,
        tr("Record the baseline run with strace and also try removing large files and folders it never opened.") });
    parser.addOption(
        { s_out, tr("Write the slimmed bundle: FILE.tar.gz, .zip, .tar.xz, .tar.zst, or a new DIR."), tr("FILE|DIR") });
    parser.addOption({ s_format, tr("text or json (default: text)."), tr("format"), QStringLiteral("text") });
}

int SlimCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const
{
    bool timeoutOk = false;
    const int timeout = parser.value(s_timeout).toInt(&timeoutOk);
    const QString format = parser.value(s_format);
    if (parser.positionalArguments().size() != 1 || parser.value(s_run).trimmed().isEmpty() || !timeoutOk || timeout < 1
        || (format != u"text" && format != u"json")) {
        err << tr("bundlescope slim: needs one PATH, --run CMD, a --timeout of at least 1 second and --format "
                  "text|json.")
            << Qt::endl;
        return ExitCode::BadArguments;
    }
    const QString outPath = parser.value(s_out);
    if (!outPath.isEmpty() && (QFileInfo::exists(outPath) || QFileInfo(outPath).isSymLink())) {
        err << tr("bundlescope slim: %1 exists already; choose a new --out.").arg(outPath) << Qt::endl;
        return ExitCode::BadArguments;
    }
    QElapsedTimer total;
    total.start();
    const CancellationToken token;
    const SignalCancellation onSignal(token);
    const QString path = parser.positionalArguments().constFirst();
    auto fail = [&err](const Error& error) {
        err << tr("bundlescope slim: %1").arg(error.toString()) << Qt::endl;
        return exitCodeFor(error);
    };
    Result<SlimInput> input = SlimInput::prepare(path, {}, token);
    if (!input)
        return fail(input.error());
    const Result<Analysed> analysed = scanAndAnalyse(input->folder(), token);
    if (!analysed)
        return fail(analysed.error());
    const BundleTree& tree = *analysed->scan.tree;
    Result<std::vector<SlimItem>> items
        = SlimCandidates::fromAnalysis(tree, analysed->candidates, SlimSelection::parse(parser.value(s_candidates)));
    if (!items)
        return fail(items.error());

    SlimRequest request;
    request.bundleFolder = input->folder();
    request.displayRoot = QFileInfo(path).absoluteFilePath();
    request.command = parser.value(s_run);
    request.expect = parser.value(s_expect);
    request.timeoutSeconds = timeout;
    request.trace = parser.isSet(s_trace);
    Result<SlimResult> result = SlimEngine::run(request, tree, analysed->candidates, std::move(*items), token,
        [&err](const QString& line) { err << line << Qt::endl; });
    if (!result)
        return fail(result.error());
    if (!result->baselinePassed) {
        err << tr("bundlescope slim: the untouched bundle does not pass (%1); nothing was tried or written. Last "
                  "lines of its output:")
                   .arg(result->trials.front().evidence)
            << Qt::endl;
        for (const QString& line : std::as_const(result->baselineOutputTail))
            err << QStringLiteral("  | ") << line << Qt::endl;
        if (format == u"json")
            out << SlimReportWriter::json(*result);
        return ExitCode::Failed;
    }
    if (!outPath.isEmpty()) {
        err << tr("Writing %1…").arg(outPath) << Qt::endl;
        QElapsedTimer writing;
        writing.start();
        const Result<SlimOutput::Written> written
            = SlimOutput::write(input->folder(), removedActions(*result), outPath, {}, token);
        if (!written)
            return fail(written.error());
        result->output = written->path;
        result->outputNote = written->note;
        result->outputSeconds = double(writing.nsecsElapsed()) / 1e9;
    }
    result->seconds = double(total.nsecsElapsed()) / 1e9;
    if (format == u"json") {
        out << SlimReportWriter::json(*result);
    } else {
        out << SlimReportWriter::text(*result);
        if (!result->output.isEmpty())
            out << tr("Wrote %1 (%2 s): %3.")
                       .arg(result->output)
                       .arg(result->outputSeconds, 0, 'f', 1)
                       .arg(result->outputNote)
                << Qt::endl;
    }
    return ExitCode::Ok;
}

} // namespace BundleScope
