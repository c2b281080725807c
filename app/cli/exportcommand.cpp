// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "analysis/analysisrunner.h"
#include "common/sizeformat.h"
#include "estimate/compressionestimator.h"
#include "export/archiveexporter.h"
#include "export/candidateexclusions.h"
#include "scan/scanpipeline.h"
#include "scan/sourcefactory.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

namespace BundleScope {

namespace {
    const QString s_format = QStringLiteral("format");
    const QString s_out = QStringLiteral("out");
    const QString s_level = QStringLiteral("level");
    const QString s_exclude = QStringLiteral("exclude-candidates");
    const QString s_force = QStringLiteral("force");
    const QString s_verify = QStringLiteral("verify");
    const QString s_includeLow = QStringLiteral("include-low-confidence");

    void printProgress(const ExportProgress& progress, QElapsedTimer& throttle, QTextStream& err)
    {
        if (throttle.isValid() && throttle.elapsed() < 2000 && progress.bytesDone < progress.bytesTotal)
            return;
        throttle.start();
        err << ExportCommand::tr("%1 of %2 (%3/s), %4 s left")
                   .arg(SizeFormat::format(progress.bytesDone), SizeFormat::format(progress.bytesTotal),
                       SizeFormat::format(quint64(progress.bytesPerSecond)),
                       progress.etaSeconds < 0 ? QStringLiteral("?") : QString::number(progress.etaSeconds))
            << Qt::endl;
    }

    int exitCodeFor(const Error& error)
    {
        switch (error.code) {
        case Error::Code::AlreadyExists: // needs --force
        case Error::Code::TooLarge: // needs another --format
        case Error::Code::InvalidArgument:
            return ExitCode::BadArguments;
        default:
            return ExitCode::Failed;
        }
    }
} // namespace

QString ExportCommand::summary() const
{
    return tr("Writes a reproducible tar.gz, zip, tar.xz or tar.zst of a bundle, with its size estimate.");
}

QString ExportCommand::usage() const
{
    return tr("export [options] PATH --out FILE");
}

void ExportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("The bundle folder (dist/<app>)."));
    parser.addOption(
        { s_format, tr("tar.gz, zip, tar.xz or tar.zst (default: tar.gz)."), tr("format"), QStringLiteral("tar.gz") });
    parser.addOption({ s_out, tr("The archive to write."), tr("FILE") });
    parser.addOption(
        { s_level, tr("gzip level 1-9 for tar.gz (default: 6); zip always uses 6."), tr("N"), QStringLiteral("6") });
    parser.addOption({ s_exclude, tr("Leaves out the files that advised optimization candidates remove.") });
    parser.addOption({ s_includeLow,
        tr("With --exclude-candidates: also leaves out what low-confidence candidates remove (not advised by "
           "default).") });
    parser.addOption({ s_force, tr("Replaces an existing FILE.") });
    parser.addOption({ s_verify, tr("Reads the archive back and checks every file before it gets its name.") });
}

int ExportCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const
{
    const std::optional<ArchiveFormat> format = ArchiveFormats::fromId(parser.value(s_format));
    bool levelOk = false;
    const int level = parser.value(s_level).toInt(&levelOk);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(s_out) || !format || !levelOk || level < 1
        || level > 9) {
        err << tr("bundlescope export: needs one PATH, --out FILE, --format tar.gz|zip|tar.xz|tar.zst and a --level "
                  "of 1-9.")
            << Qt::endl;
        return ExitCode::BadArguments;
    }
    auto source = SourceFactory::create(parser.positionalArguments().constFirst());
    if (!source) {
        err << tr("bundlescope export: %1").arg(source.error().toString()) << Qt::endl;
        return ExitCode::Unreadable;
    }
    const CancellationToken token;
    const Result<ScanResult> scan = ScanPipeline::run(**source, token, {}, { .importGraph = false });
    if (!scan) {
        err << tr("bundlescope export: %1").arg(scan.error().toString()) << Qt::endl;
        return ExitCode::Unreadable;
    }
    ArchiveExclusions exclusions;
    if (parser.isSet(s_exclude)) {
        AnalysisContext context { *scan->tree, *scan->reader, token };
        context.dependencies = scan->dependencies;
        context.imports = ScanPipeline::importGraph(*scan, token);
        context.includeLowConfidence = parser.isSet(s_includeLow);
        const Result<AnalysisResult> analysis = AnalysisRunner().run(context);
        if (!analysis) {
            err << tr("bundlescope export: %1").arg(analysis.error().toString()) << Qt::endl;
            return ExitCode::Failed;
        }
        exclusions = CandidateExclusions::fromCandidates(analysis->candidates);
    }
    ArchivePlanOptions planOptions;
    planOptions.format = *format;
    planOptions.level = level;
    const DiskEntries disk(*scan->tree, *scan->reader);
    const Result<ArchivePlan> plan = ArchivePlan::build(disk, exclusions, planOptions);
    if (!plan) {
        err << tr("bundlescope export: %1").arg(plan.error().toString()) << Qt::endl;
        return exitCodeFor(plan.error());
    }
    for (const QString& warning : plan->warnings())
        err << tr("warning: %1").arg(warning) << Qt::endl;
    EstimateOptions estimateOptions;
    estimateOptions.formats = { *format };
    estimateOptions.level = level;
    estimateOptions.exclusions = exclusions;
    const Result<EstimateResult> estimate = CompressionEstimator::estimate(*scan->tree, *scan->reader, estimateOptions);
    ExportOptions options;
    options.destination = parser.value(s_out);
    options.force = parser.isSet(s_force);
    options.verify = parser.isSet(s_verify);
    QElapsedTimer throttle;
    const Result<ExportResult> result = ArchiveExporter::exportArchive(*plan, disk, options, token,
        [&throttle, &err](const ExportProgress& progress) { printProgress(progress, throttle, err); });
    if (!result) {
        err << tr("bundlescope export: %1").arg(result.error().toString()) << Qt::endl;
        return exitCodeFor(result.error());
    }
    out << tr("Wrote %1: %2, %3 entries, %4 left out, %5 s")
               .arg(result->path, SizeFormat::format(result->archiveBytes))
               .arg(result->entries)
               .arg(SizeFormat::format(plan->excludedBytes()))
               .arg(result->seconds, 0, 'f', 1)
        << Qt::endl;
    if (estimate)
        out << ArchiveExporter::estimateComparison(estimate->total(*format), result->archiveBytes) << Qt::endl;
    if (result->verified)
        out << tr("Verified: %1 files, %2 read back.")
                   .arg(result->verified->files)
                   .arg(SizeFormat::format(result->verified->bytes))
            << Qt::endl;
    return ExitCode::Ok;
}

} // namespace BundleScope
