// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "analysis/analysisrunner.h"
#include "clicommand.h"
#include "common/sizeformat.h"
#include "estimate/compressionestimator.h"
#include "export/archiveexporter.h"
#include "export/candidateexclusions.h"
#include "scan/sourcefactory.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <variant>

namespace BundleScope {

namespace {
    struct ExportArguments {
        QString path;
        ArchiveFormat format = ArchiveFormat::TarGz;
        QString out;
        int level = 6;
        bool excludeCandidates = false;
        bool force = false;
        bool verify = false;
    };

    // Parses argv into ExportArguments; on failure prints why and returns the exit code.
    std::variant<ExportArguments, int> parse(const QStringList& arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(ExportCommand::tr("Write a reproducible distribution archive of a bundle."));
        parser.addHelpOption();
        parser.addPositionalArgument(QStringLiteral("path"), ExportCommand::tr("The bundle folder (dist/<app>)."));
        const QCommandLineOption format(QStringLiteral("format"), ExportCommand::tr("tar.gz, zip, tar.xz or tar.zst."),
            QStringLiteral("format"), QStringLiteral("tar.gz"));
        const QCommandLineOption out(
            QStringLiteral("out"), ExportCommand::tr("The archive to write."), QStringLiteral("file"));
        const QCommandLineOption level(QStringLiteral("level"), ExportCommand::tr("gzip level 1-9 (default 6)."),
            QStringLiteral("n"), QStringLiteral("6"));
        const QCommandLineOption exclude(QStringLiteral("exclude-candidates"),
            ExportCommand::tr("Leave out the files advised optimizations remove."));
        const QCommandLineOption force(QStringLiteral("force"), ExportCommand::tr("Replace an existing archive."));
        const QCommandLineOption verify(
            QStringLiteral("verify"), ExportCommand::tr("Read the archive back and check it."));
        parser.addOptions({ format, out, level, exclude, force, verify });
        QStringList argv = arguments;
        argv.removeAt(1); // "export"
        QTextStream err(stderr);
        if (!parser.parse(argv)) {
            err << parser.errorText() << Qt::endl;
            return ExitCode::BadArguments;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            QTextStream(stdout) << parser.helpText();
            return ExitCode::Ok;
        }
        ExportArguments parsed;
        const std::optional<ArchiveFormat> chosen = ArchiveFormats::fromId(parser.value(format));
        bool levelOk = false;
        parsed.level = parser.value(level).toInt(&levelOk);
        if (parser.positionalArguments().size() != 1 || !parser.isSet(out) || !chosen || !levelOk || parsed.level < 0
            || parsed.level > 9) {
            err << ExportCommand::tr("Usage: bundlescope export PATH --format tar.gz|zip|tar.xz|tar.zst --out FILE "
                                     "[--level N] [--exclude-candidates] [--force] [--verify]")
                << Qt::endl;
            return ExitCode::BadArguments;
        }
        parsed.path = parser.positionalArguments().constFirst();
        parsed.format = *chosen;
        parsed.out = parser.value(out);
        parsed.excludeCandidates = parser.isSet(exclude);
        parsed.force = parser.isSet(force);
        parsed.verify = parser.isSet(verify);
        return parsed;
    }

    void printProgress(const ExportProgress& progress, QElapsedTimer& throttle)
    {
        if (throttle.isValid() && throttle.elapsed() < 2000 && progress.bytesDone < progress.bytesTotal)
            return;
        throttle.start();
        QTextStream err(stderr);
        err << ExportCommand::tr("%1 of %2 (%3/s), %4 s left")
                   .arg(SizeFormat::format(progress.bytesDone), SizeFormat::format(progress.bytesTotal),
                       SizeFormat::format(quint64(progress.bytesPerSecond)))
                   .arg(progress.etaSeconds < 0 ? QStringLiteral("?") : QString::number(progress.etaSeconds))
            << Qt::endl;
    }
} // namespace

int ExportCommand::run(const QStringList& arguments)
{
    const std::variant<ExportArguments, int> parsed = parse(arguments);
    if (const int* code = std::get_if<int>(&parsed))
        return *code;
    const ExportArguments& args = std::get<ExportArguments>(parsed);
    QTextStream err(stderr);
    Result<std::unique_ptr<BundleSource>> source = SourceFactory::create(args.path);
    if (!source) {
        err << source.error().toString() << Qt::endl;
        return ExitCode::Unreadable;
    }
    const CancellationToken token;
    Result<ScanResult> scan = (*source)->scan(token, {});
    if (!scan) {
        err << scan.error().toString() << Qt::endl;
        return ExitCode::Unreadable;
    }
    ArchiveExclusions exclusions;
    if (args.excludeCandidates) {
        AnalysisContext context { *scan->tree, *scan->reader, token };
        Result<AnalysisResult> analysis = AnalysisRunner().run(context);
        if (!analysis) {
            err << analysis.error().toString() << Qt::endl;
            return ExitCode::Failed;
        }
        exclusions = CandidateExclusions::fromCandidates(analysis->candidates);
    }
    ArchivePlanOptions planOptions;
    planOptions.format = args.format;
    planOptions.level = args.level;
    Result<ArchivePlan> plan = ArchivePlan::build(*scan->tree, exclusions, planOptions);
    if (!plan) {
        err << plan.error().toString() << Qt::endl;
        return ExitCode::Failed;
    }
    for (const QString& warning : plan->warnings())
        err << tr("warning: %1").arg(warning) << Qt::endl;
    EstimateOptions estimateOptions;
    estimateOptions.formats = { args.format };
    estimateOptions.level = args.level;
    estimateOptions.exclusions = exclusions;
    const Result<EstimateResult> estimate = CompressionEstimator::estimate(*scan->tree, *scan->reader, estimateOptions);
    if (estimate)
        err << tr("Estimated size: %1").arg(SizeFormat::format(estimate->total(args.format))) << Qt::endl;
    ExportOptions options;
    options.destination = args.out;
    options.force = args.force;
    options.verify = args.verify;
    QElapsedTimer throttle;
    Result<ExportResult> result = ArchiveExporter::exportArchive(
        *plan, *scan->reader, options, token, [&throttle](const ExportProgress& p) { printProgress(p, throttle); });
    if (!result) {
        err << result.error().toString() << Qt::endl;
        return result.error().code == Error::Code::AlreadyExists || result.error().code == Error::Code::TooLarge
            ? ExitCode::BadArguments
            : ExitCode::Failed;
    }
    QTextStream out(stdout);
    out << tr("Wrote %1 (%2 entries, %3 left out) in %4 s")
               .arg(result->path)
               .arg(result->entries)
               .arg(SizeFormat::format(plan->excludedBytes()))
               .arg(result->seconds, 0, 'f', 1)
        << Qt::endl;
    if (estimate)
        out << ArchiveExporter::estimateComparison(estimate->total(args.format), result->archiveBytes) << Qt::endl;
    if (result->verified)
        out << tr("Verified: %1 files, %2")
                   .arg(result->verified->files)
                   .arg(SizeFormat::format(result->verified->bytes))
            << Qt::endl;
    return ExitCode::Ok;
}

} // namespace BundleScope
