// SPDX-License-Identifier: GPL-3.0-or-later
// bench_export [devices] [SIZE_MB=320] [FOLDER]: with "devices", only the in-memory throughput of the gzip and xz
// devices at 1 and N threads. Otherwise, on one generated (or given) bundle, prints in one run our export times and
// sizes against the tools: tar.gz vs `tar czf` and `tar -I pigz` (plus the size of the same tar as one zlib stream),
// zip vs `zip -r -6`, tar.xz vs `tar cJf` and `tar -I 'xz -T0'`, tar.zst vs `tar --zstd`; then the estimator's time
// and error against the archives actually written. Not run by default (CTest label "benchmark").
#include "estimate/compressionestimator.h"
#include "estimate/estimatecache.h"
#include "export/archiveexporter.h"
#include "export/gzipwritedevice.h"
#include "export/parallelgzipwritedevice.h"
#include "export/xzwritedevice.h"
#include "mixedbundle.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

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

Timed tarWith(const QStringList& compression, const QString& output, const QString& name, const QString& parent)
{
    return runTool(
        QStringLiteral("tar"), compression + QStringList { QStringLiteral("-cf"), output, name }, parent, output);
}

// The size of `gzipped`'s content recompressed as one zlib level 6 stream (GzipWriteDevice, the estimator's model):
// what cutting the stream into blocks costs.
quint64 singleStreamSize(const QString& gzipped)
{
    QProcess gunzip;
    gunzip.start(QStringLiteral("gzip"), { QStringLiteral("-dc"), gzipped });
    QFile output(gzipped + QStringLiteral(".single"));
    output.open(QIODevice::WriteOnly);
    GzipWriteDevice gzip(&output, 6);
    gzip.open(QIODevice::WriteOnly);
    while (gunzip.waitForReadyRead(-1) || gunzip.bytesAvailable() > 0)
        gzip.write(gunzip.readAllStandardOutput());
    gunzip.waitForFinished(-1);
    gzip.close();
    output.close();
    const quint64 size = gzip.finishedCleanly() ? quint64(output.size()) : 0;
    output.remove();
    return size;
}

QString show(const Timed& timed)
{
    return QStringLiteral("%1 s %2 bytes").arg(timed.seconds, 0, 'f', 2).arg(timed.bytes);
}

// Wall time of one compressor device over `input` held in memory (no tar, no file reads).
template <typename Device, typename... Args> double compressSeconds(const QByteArray& input, Args... args)
{
    QFile sink(QProcess::nullDevice());
    sink.open(QIODevice::WriteOnly);
    QElapsedTimer timer;
    timer.start();
    Device device(&sink, args...);
    device.open(QIODevice::WriteOnly);
    for (qsizetype done = 0; done < input.size(); done += 1024 * 1024)
        device.write(input.constData() + done, std::min<qsizetype>(1024 * 1024, input.size() - done));
    device.close();
    return double(timer.nsecsElapsed()) / 1e9;
}

// bench_export devices: throughput of the gzip and xz devices alone at 1 and N threads on the concatenated files of
// a generated bundle (what scales, independent of KTar and the disk).
int benchDevices(QTextStream& out, const QString& bundle)
{
    QByteArray input;
    QDirIterator it(bundle, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext() && input.size() < 96 * 1024 * 1024) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            input += file.readAll();
    }
    const double megabytes = double(input.size()) / (1024.0 * 1024.0);
    for (int threads : { 1, QThread::idealThreadCount() }) {
        const double gzip = compressSeconds<ParallelGzipWriteDevice>(input, 6, threads, qint64(1024 * 1024));
        const double xz = compressSeconds<XzWriteDevice>(input, CancellationToken(), threads, 6u, quint64(24 << 20));
        out << QStringLiteral("%1 MiB, %2 thread(s): gzip -6 blocks %3 s (%4 MiB/s), xz -6 %5 s (%6 MiB/s)\n")
                   .arg(megabytes, 0, 'f', 1)
                   .arg(threads)
                   .arg(gzip, 0, 'f', 2)
                   .arg(megabytes / gzip, 0, 'f', 1)
                   .arg(xz, 0, 'f', 2)
                   .arg(megabytes / xz, 0, 'f', 1);
    }
    return 0;
}

Timed ours(const ScanResult& scan, ArchiveFormat format, const QString& output)
{
    ArchivePlanOptions planOptions;
    planOptions.format = format;
    const Result<ArchivePlan> plan = ArchivePlan::build(DiskEntries(*scan.tree, *scan.reader), {}, planOptions);
    ExportOptions options;
    options.destination = output;
    options.force = true;
    const Result<ExportResult> result
        = ArchiveExporter::exportArchive(*plan, DiskEntries(*scan.tree, *scan.reader), options);
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
    const bool devices = app.arguments().value(1) == u"devices";
    const QStringList arguments = devices ? app.arguments().mid(1) : app.arguments();
    const quint64 megabytes = arguments.value(1, QStringLiteral("320")).toULongLong();
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/bench_export-XXXXXX"));
    QString bundle = arguments.value(2);
    if (bundle.isEmpty()) {
        bundle = work.filePath(QStringLiteral("bench"));
        QElapsedTimer timer;
        timer.start();
        if (!Test::MixedBundle::write(bundle, megabytes * 1024 * 1024))
            return 1;
        out << "generated " << megabytes << " MB bundle in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    if (devices)
        return benchDevices(out, bundle);
    const ScanResult scan = Test::MixedBundle::scan(bundle);
    if (!scan.tree)
        return 1;
    const QString parent = QFileInfo(bundle).absolutePath();
    const QString name = QFileInfo(bundle).fileName();
    out << "tree: " << scan.tree->totalFiles() << " files, " << scan.tree->totalSize() << " bytes" << Qt::endl;
    // Warm the page cache so the first contender is not penalized.
    runTool(QStringLiteral("tar"), { QStringLiteral("cf"), QStringLiteral("/dev/null"), name }, parent, {});

    const Timed tgz = ours(scan, ArchiveFormat::TarGz, work.filePath(QStringLiteral("ours.tar.gz")));
    const Timed gnu = tarWith({ QStringLiteral("-z") }, work.filePath(QStringLiteral("gnu.tar.gz")), name, parent);
    const Timed pigz = tarWith(
        { QStringLiteral("-I"), QStringLiteral("pigz") }, work.filePath(QStringLiteral("pigz.tar.gz")), name, parent);
    const quint64 single = singleStreamSize(work.filePath(QStringLiteral("ours.tar.gz")));
    const Timed zip = ours(scan, ArchiveFormat::Zip, work.filePath(QStringLiteral("ours.zip")));
    const Timed infozip = runTool(QStringLiteral("zip"),
        { QStringLiteral("-q"), QStringLiteral("-r"), QStringLiteral("-6"), QStringLiteral("-y"),
            work.filePath(QStringLiteral("infozip.zip")), name },
        parent, work.filePath(QStringLiteral("infozip.zip")));
    const Timed xz = ours(scan, ArchiveFormat::TarXz, work.filePath(QStringLiteral("ours.tar.xz")));
    const Timed xzSingle = tarWith({ QStringLiteral("-J") }, work.filePath(QStringLiteral("gnu.tar.xz")), name, parent);
    const Timed xzThreads = tarWith(
        { QStringLiteral("-I"), QStringLiteral("xz -T0") }, work.filePath(QStringLiteral("xzt0.tar.xz")), name, parent);
    const Timed zst = ours(scan, ArchiveFormat::TarZst, work.filePath(QStringLiteral("ours.tar.zst")));
    const Timed zstGnu
        = tarWith({ QStringLiteral("--zstd") }, work.filePath(QStringLiteral("gnu.tar.zst")), name, parent);
    out << QStringLiteral("tar.gz  ours %1 | tar czf %2 | tar -I pigz %3\n").arg(show(tgz), show(gnu), show(pigz));
    out << QStringLiteral("tar.gz  ours %1 bytes; the same tar as one zlib level 6 stream %2 bytes (%3%)\n")
               .arg(tgz.bytes)
               .arg(single)
               .arg(single ? 100.0 * (double(tgz.bytes) - double(single)) / double(single) : 0.0, 0, 'f', 3);
    out << QStringLiteral("zip     ours %1 | zip -r -6 %2\n").arg(show(zip), show(infozip));
    out << QStringLiteral("tar.xz  ours %1 | tar cJf %2 | tar -I 'xz -T0' %3\n")
               .arg(show(xz), show(xzSingle), show(xzThreads));
    out << QStringLiteral("tar.zst ours %1 | tar --zstd %2\n").arg(show(zst), show(zstGnu));
    out << "compression threads: " << QThread::idealThreadCount() << Qt::endl;

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
