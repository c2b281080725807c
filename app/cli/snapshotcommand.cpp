// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotcommand.h"

#include "analysis/analysisrunner.h"
#include "analysis/candidatereport.h"
#include "checkcommand.h"
#include "reportcommand.h"
#include "scan/scanpipeline.h"
#include "snapshot/readerrorssection.h"
#include "snapshot/snapshotwriter.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace BundleScope {

namespace {
    const QString s_out = QStringLiteral("out");
    const QString s_candidates = QStringLiteral("candidates");
} // namespace

QString SnapshotCommand::summary() const
{
    return tr("Scans a bundle and saves a snapshot file that compare, report and the GUI open without the bundle.");
}

QString SnapshotCommand::usage() const
{
    return tr("snapshot [options] PATH --out FILE");
}

void SnapshotCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("PATH"), tr("The bundle: a folder, a one-file executable or an archive."));
    parser.addOption({ { QStringLiteral("o"), s_out },
        tr("The snapshot file to write, e.g. app.bundlescope.json (gzip-compressed when it ends in .gz)."),
        tr("FILE") });
    parser.addOption({ s_candidates, tr("Also runs the analyzers and stores the candidates in the snapshot.") });
}

Result<ScanResult> SnapshotCommand::scanPath(const QString& path)
{
    return ScanPipeline::run(path, CancellationToken(), { .importGraph = false });
}

int SnapshotCommand::run(const QCommandLineParser& parser, QTextStream&, QTextStream& err) const
{
    const QStringList paths = parser.positionalArguments();
    if (paths.size() != 1 || parser.value(s_out).isEmpty()) {
        err << tr("bundlescope snapshot: needs one PATH and --out FILE.") << Qt::endl;
        return ExitCode::BadArguments;
    }
    const Result<ScanResult> scanned = scanPath(paths.first());
    if (!scanned) {
        err << tr("bundlescope snapshot: %1").arg(scanned.error().toString()) << Qt::endl;
        return ReportCommand::exitCodeFor(scanned.error());
    }
    std::vector<ReportSection> sections;
    std::vector<Error> analysisErrors = scanned->recordedAnalysisErrors;
    if (parser.isSet(s_candidates)) {
        const CancellationToken token;
        AnalysisContext context { *scanned->tree, *scanned->reader, token };
        context.dependencies = scanned->dependencies;
        context.imports = ScanPipeline::importGraph(*scanned, token);
        context.recordedErrors = scanned->recordedAnalysisErrors;
        const Result<AnalysisResult> analysis = AnalysisRunner().run(context);
        if (!analysis) {
            err << tr("bundlescope snapshot: %1").arg(analysis.error().toString()) << Qt::endl;
            return ExitCode::Failed;
        }
        CheckCommand::printReadErrors(analysis->errors, err);
        sections = CandidateReport::sections(*analysis, *scanned->tree, 0);
        analysisErrors = analysis->errors;
    }
    // The snapshot keeps what could not be read, so that its candidates stay marked incomplete when reopened.
    for (ReportSection& section : ReadErrorsSection::make(analysisErrors, scanned->recordedEstimateErrors))
        sections.push_back(std::move(section));
    const Result<void> saved = SnapshotWriter::save(*scanned->tree, parser.value(s_out), sections);
    if (!saved) {
        err << tr("bundlescope snapshot: %1").arg(saved.error().toString()) << Qt::endl;
        return ExitCode::Failed;
    }
    return ExitCode::Ok;
}

} // namespace BundleScope
