// SPDX-License-Identifier: GPL-3.0-or-later
// bench_export [SIZE_MB=320] [FOLDER]: on one generated (or given) bundle, prints in one run our tar.gz export time
// vs `tar czf`, our zip vs `zip -r -6`, the sizes of each, and the estimator's time and error against the archives
// actually written. Not run by default (CTest label "benchmark").
#include "estimate/compressionestimator.h"
#include "estimate/estimatecache.h"
#include "export/archiveexporter.h"
#include "mixedbundle.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace BundleScope;

namespace {
struct Timed {
    double seconds = 0;
    quint64 bytes = 0;
};

Timed runTool(const QString& program, const QStringList& arguments, const QString& workingDir, const QString& output)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        qWarning("%s failed", qPrintable(program));
    return { double(timer.nsecsElapsed()) / 1e9, quint64(QFileInfo(output).size()) };
}

Timed ours(const ScanResult& scan, ArchiveFormat format, const QString& output)
{
    ArchivePlanOptions planOptions;
    planOptions.format = format;
    const Result<ArchivePlan> plan = ArchivePlan::build(*scan.tree, {}, planOptions);
    ExportOptions options;
    options.destination = output;
    options.force = true;
    const Result<ExportResult> result = ArchiveExporter::exportArchive(*plan, *scan.reader, options);
    if (!result) {
        qWarning("export failed: %s", qPrintable(result.error().toString()));
        return {};
    }
    return { result->seconds, result->archiveBytes };
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const quint64 megabytes = app.arguments().value(1, QStringLiteral("320")).toULongLong();
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/bench_export-XXXXXX"));
    QString bundle = app.arguments().value(2);
    if (bundle.isEmpty()) {
        bundle = work.filePath(QStringLiteral("bench"));
        QElapsedTimer timer;
        timer.start();
        if (!Test::MixedBundle::write(bundle, megabytes * 1024 * 1024))
            return 1;
        out << "generated " << megabytes << " MB bundle in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    const ScanResult scan = Test::MixedBundle::scan(bundle);
    if (!scan.tree)
        return 1;
    const QString parent = QFileInfo(bundle).absolutePath();
    const QString name = QFileInfo(bundle).fileName();
    out << "tree: " << scan.tree->totalFiles() << " files, " << scan.tree->totalSize() << " bytes" << Qt::endl;
    // Warm the page cache so the first contender is not penalized.
    runTool(QStringLiteral("tar"), { QStringLiteral("cf"), QStringLiteral("/dev/null"), name }, parent, {});

    const Timed tgz = ours(scan, ArchiveFormat::TarGz, work.filePath(QStringLiteral("ours.tar.gz")));
    const Timed gnu
        = runTool(QStringLiteral("tar"), { QStringLiteral("czf"), work.filePath(QStringLiteral("gnu.tar.gz")), name },
            parent, work.filePath(QStringLiteral("gnu.tar.gz")));
    const Timed zip = ours(scan, ArchiveFormat::Zip, work.filePath(QStringLiteral("ours.zip")));
    const Timed infozip = runTool(QStringLiteral("zip"),
        { QStringLiteral("-q"), QStringLiteral("-r"), QStringLiteral("-6"), QStringLiteral("-y"),
            work.filePath(QStringLiteral("infozip.zip")), name },
        parent, work.filePath(QStringLiteral("infozip.zip")));
    const Timed xz = ours(scan, ArchiveFormat::TarXz, work.filePath(QStringLiteral("ours.tar.xz")));
    const Timed zst = ours(scan, ArchiveFormat::TarZst, work.filePath(QStringLiteral("ours.tar.zst")));
    out << QStringLiteral("tar.gz  ours %1 s %2 bytes | tar czf   %3 s %4 bytes\n")
               .arg(tgz.seconds, 0, 'f', 2)
               .arg(tgz.bytes)
               .arg(gnu.seconds, 0, 'f', 2)
               .arg(gnu.bytes);
    out << QStringLiteral("zip     ours %1 s %2 bytes | zip -r -6 %3 s %4 bytes\n")
               .arg(zip.seconds, 0, 'f', 2)
               .arg(zip.bytes)
               .arg(infozip.seconds, 0, 'f', 2)
               .arg(infozip.bytes);
    out << QStringLiteral("tar.xz  ours %1 s %2 bytes\ntar.zst ours %3 s %4 bytes\n")
               .arg(xz.seconds, 0, 'f', 2)
               .arg(xz.bytes)
               .arg(zst.seconds, 0, 'f', 2)
               .arg(zst.bytes);

    const QList<QPair<ArchiveFormat, Timed>> actual { { ArchiveFormat::TarGz, tgz }, { ArchiveFormat::Zip, zip },
        { ArchiveFormat::TarXz, xz }, { ArchiveFormat::TarZst, zst } };
    for (const auto& [format, real] : actual) {
        EstimateCache::instance().clear();
        EstimateOptions options;
        options.formats = { format };
        const Result<EstimateResult> estimate = CompressionEstimator::estimate(*scan.tree, *scan.reader, options);
        if (!estimate)
            return 1;
        const double error = (double(estimate->total(format)) - double(real.bytes)) / double(real.bytes);
        out << QStringLiteral("estimate %1: %2 s (%3% of our export), %4 bytes, error %5%, sampled %6%\n")
                   .arg(ArchiveFormats::id(format), -7)
                   .arg(estimate->seconds, 0, 'f', 2)
                   .arg(100 * estimate->seconds / real.seconds, 0, 'f', 1)
                   .arg(estimate->total(format))
                   .arg(100 * error, 0, 'f', 2)
                   .arg(100.0 * double(estimate->sampledBytes) / double(estimate->inputBytes), 0, 'f', 1);
    }
    QElapsedTimer cached;
    cached.start();
    const Result<EstimateResult> again = CompressionEstimator::estimate(*scan.tree, *scan.reader, {});
    const Result<EstimateResult> hit = CompressionEstimator::estimate(*scan.tree, *scan.reader, {});
    out << "all four formats again, cached: " << hit->seconds << " s (" << hit->cacheHits << " of " << hit->samples
        << " samples from the cache)" << Qt::endl;
    return 0;
}
