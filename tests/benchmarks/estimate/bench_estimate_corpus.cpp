// SPDX-License-Identifier: GPL-3.0-or-later
// bench_estimate_corpus [--formats tar.gz,zip,…] [--work DIR] [--seeds N] [--reference FILE] [PATH…]: on every bundle
// listed in $BUNDLESCOPE_CORPUS/corpus.tsv (column 3, the path) and every PATH given (a folder, a one-file executable,
// an archive), estimates each format without the cache, then exports it, and prints per bundle and format the
// estimate, the archive's real size, the error and both times; then the error distribution per format. Issue 13 asks
// for |error| <= 2% in <= 10% of the export's time, every format. --seeds N estimates N more times with other seeds
// (other windows, same design) and prints the spread of their errors: one draw passing proves little. --reference
// takes the archive sizes and export times from an earlier run's output instead of exporting (quick iterations; the
// exports are deterministic, their times are not). Not run by default (CTest label "benchmark").
#include "estimate/compressionestimator.h"
#include "export/archiveexporter.h"
#include "scan/sourcefactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <map>

using namespace BundleScope;

namespace {
QStringList corpusBundles()
{
    const QString corpus = qEnvironmentVariable("BUNDLESCOPE_CORPUS");
    QFile tsv(corpus + QStringLiteral("/corpus.tsv"));
    QStringList paths;
    if (corpus.isEmpty() || !tsv.open(QIODevice::ReadOnly)) {
        qWarning("no corpus: set BUNDLESCOPE_CORPUS to the folder holding corpus.tsv");
        return paths;
    }
    while (!tsv.atEnd()) {
        const QList<QByteArray> columns = tsv.readLine().trimmed().split('\t');
        if (columns.size() < 3 || columns.first().startsWith('#') || columns.first() == "name")
            continue;
        const QString path = QFile::decodeName(columns[2]);
        paths.append(QDir::isAbsolutePath(path) ? path : corpus + u'/' + path);
    }
    return paths;
}

// "bundle format … actual N … export S s" lines of an earlier run, by "bundle format".
struct Reference {
    quint64 actual = 0;
    double exportSeconds = 0;
};
using References = std::map<QString, Reference>;

References readReferences(const QString& fileName)
{
    References references;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(fileName));
        return references;
    }
    static const QRegularExpression line(
        QStringLiteral("^(\\S+)\\s+(\\S+)\\s+estimate\\s+\\d+\\s+actual\\s+(\\d+).*export\\s+([0-9.]+) s"));
    while (!file.atEnd()) {
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(file.readLine()));
        if (match.hasMatch())
            references[match.captured(1) + u' ' + match.captured(2)]
                = { match.captured(3).toULongLong(), match.captured(4).toDouble() };
    }
    return references;
}

struct Settings {
    std::vector<ArchiveFormat> formats;
    QString workDir;
    double sampleFraction = 0;
    int seeds = 0;
    References references;
};

struct Row {
    QString bundle;
    ArchiveFormat format;
    quint64 estimated = 0;
    quint64 actual = 0;
    double estimateSeconds = 0;
    double exportSeconds = 0;
    double error() const { return actual ? (double(estimated) - double(actual)) / double(actual) : 0; }
};

// The seeds' spread: mean, standard deviation and largest |error| in %, and the mean estimate time.
QString seedSpread(const ScanResult& scan, ArchiveFormat format, const Settings& settings, quint64 actual)
{
    std::vector<double> errors;
    double seconds = 0;
    for (int seed = 1; seed <= settings.seeds; ++seed) {
        EstimateOptions options;
        options.formats = { format };
        options.useCache = false;
        options.seed = quint64(seed);
        if (settings.sampleFraction > 0)
            options.sampleFraction = settings.sampleFraction;
        const Result<EstimateResult> estimate = CompressionEstimator::estimate(*scan.tree, *scan.reader, options);
        if (!estimate)
            return QStringLiteral("seed %1 failed").arg(seed);
        errors.push_back(100 * (double(estimate->total(format)) - double(actual)) / double(actual));
        seconds += estimate->seconds / settings.seeds;
    }
    double mean = 0, squares = 0, worst = 0;
    for (double e : errors)
        mean += e / double(errors.size());
    for (double e : errors) {
        squares += (e - mean) * (e - mean);
        worst = std::max(worst, std::abs(e));
    }
    const auto within = std::count_if(errors.cbegin(), errors.cend(), [](double e) { return std::abs(e) <= 2; });
    return QStringLiteral(" | %1 more seeds: error mean %2% sd %3% max |%4%|, %5 within +-2%, mean %6 s")
        .arg(settings.seeds)
        .arg(mean, 0, 'f', 2)
        .arg(std::sqrt(squares / double(std::max<std::size_t>(1, errors.size() - 1))), 0, 'f', 2)
        .arg(worst, 0, 'f', 2)
        .arg(within)
        .arg(seconds, 0, 'f', 3);
}

// Reads every file of the bundle once, so that neither the estimate (which runs first) nor the export pays for a
// cold page cache: a freshly built bundle is in memory, and a cold estimate against a warm export measured the disk
// (inference: 29% of the export cold, 14% warm).
void warmUp(const DiskEntries& disk)
{
    ArchivePlanOptions options;
    const Result<ArchivePlan> plan = ArchivePlan::build(disk, {}, options);
    if (!plan)
        return;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (const ArchiveEntry& entry : plan->entries()) {
        if (entry.kind != NodeKind::File)
            continue;
        if (const std::unique_ptr<QIODevice> device = disk.open(entry.node)) {
            while (device->read(buffer.data(), buffer.size()) > 0) { }
        }
    }
}

bool measure(const QString& path, const Settings& settings, std::vector<Row>& rows, QTextStream& out)
{
    auto source = SourceFactory::create(path);
    if (!source) {
        qWarning("%s: %s", qPrintable(path), qPrintable(source.error().toString()));
        return false;
    }
    const Result<ScanResult> scan = (*source)->scan(CancellationToken(), {});
    if (!scan) {
        qWarning("%s: %s", qPrintable(path), qPrintable(scan.error().toString()));
        return false;
    }
    const DiskEntries disk(*scan->tree, *scan->reader);
    const QString name = QFileInfo(path).fileName();
    warmUp(disk);
    for (ArchiveFormat format : settings.formats) {
        EstimateOptions options;
        options.formats = { format };
        options.useCache = false;
        if (settings.sampleFraction > 0)
            options.sampleFraction = settings.sampleFraction;
        const Result<EstimateResult> estimate = CompressionEstimator::estimate(*scan->tree, *scan->reader, options);
        ArchivePlanOptions planOptions;
        planOptions.format = format;
        const Result<ArchivePlan> plan = ArchivePlan::build(disk, {}, planOptions);
        if (!estimate || !plan)
            return false;
        Reference reference;
        if (const auto it = settings.references.find(name + u' ' + ArchiveFormats::id(format));
            it != settings.references.end()) {
            reference = it->second;
        } else {
            ExportOptions exportOptions;
            exportOptions.destination = settings.workDir + u'/' + name + ArchiveFormats::extension(format);
            exportOptions.force = true;
            const Result<ExportResult> exported = ArchiveExporter::exportArchive(*plan, disk, exportOptions);
            if (!exported) {
                qWarning("%s: %s", qPrintable(path), qPrintable(exported.error().toString()));
                return false;
            }
            QFile::remove(exported->path);
            reference = { exported->archiveBytes, exported->seconds };
        }
        const Row row { name, format, estimate->total(format), reference.actual, estimate->seconds,
            reference.exportSeconds };
        out << QStringLiteral("%1 %2 estimate %3 actual %4 error %5% | estimate %6 s export %7 s (%8%) | %9 files, "
                              "%10 input bytes, sampled %11%")
                   .arg(name, -22)
                   .arg(ArchiveFormats::id(format), -7)
                   .arg(row.estimated, 11)
                   .arg(row.actual, 11)
                   .arg(100 * row.error(), 6, 'f', 2)
                   .arg(row.estimateSeconds, 6, 'f', 2)
                   .arg(row.exportSeconds, 7, 'f', 2)
                   .arg(100 * row.estimateSeconds / std::max(row.exportSeconds, 1e-9), 5, 'f', 1)
                   .arg(plan->fileCount())
                   .arg(estimate->inputBytes)
                   .arg(100.0 * double(estimate->sampledBytes) / double(std::max<quint64>(1, estimate->inputBytes)), 0,
                       'f', 1);
        if (settings.seeds > 0)
            out << seedSpread(*scan, format, settings, row.actual);
        out << Qt::endl;
        rows.push_back(row);
    }
    return true;
}

// Why a format misses issue 13's goal by design, so the figures above are read for what they are.
QString caveat(const QString& format)
{
    if (format == u"tar.xz")
        return QStringLiteral(" (an upper bound by design: cold windows cannot see xz's 8 MiB dictionary, and priming "
                              "them costs 2/3 of compressing the history)");
    if (format == u"tar.zst")
        return QStringLiteral(" (zstd -3 exports at ~200 MB/s on one thread: reading the 1 MiB history each window "
                              "needs costs more than 10% of that on small bundles)");
    return {};
}

void printDistribution(const std::vector<Row>& rows, QTextStream& out)
{
    std::map<QString, std::vector<const Row*>> byFormat;
    for (const Row& row : rows)
        byFormat[ArchiveFormats::id(row.format)].push_back(&row);
    for (auto& [format, list] : byFormat) {
        std::vector<double> errors;
        double worstTime = 0;
        for (const Row* row : list) {
            errors.push_back(100 * row->error());
            worstTime = std::max(worstTime, 100 * row->estimateSeconds / std::max(row->exportSeconds, 1e-9));
        }
        std::sort(errors.begin(), errors.end());
        double meanAbs = 0;
        for (double e : errors)
            meanAbs += std::abs(e) / double(errors.size());
        const auto within = std::count_if(errors.cbegin(), errors.cend(), [](double e) { return std::abs(e) <= 2; });
        out << QStringLiteral("%1: %2 bundles, error min %3% median %4% max %5%, mean |error| %6%, %7 within +-2%, "
                              "estimate time at most %8% of the export's%9\n")
                   .arg(format, -7)
                   .arg(errors.size())
                   .arg(errors.front(), 0, 'f', 2)
                   .arg(errors[errors.size() / 2], 0, 'f', 2)
                   .arg(errors.back(), 0, 'f', 2)
                   .arg(meanAbs, 0, 'f', 2)
                   .arg(within)
                   .arg(worstTime, 0, 'f', 1)
                   .arg(caveat(format));
    }
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("formats"), QStringLiteral("Formats to measure."), QStringLiteral("list"),
        QStringLiteral("tar.gz,zip") });
    parser.addOption({ QStringLiteral("work"), QStringLiteral("Folder for the archives (default: a temporary one)."),
        QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("no-corpus"), QStringLiteral("Only the PATHs given.") });
    parser.addOption({ QStringLiteral("sample-fraction"),
        QStringLiteral("The estimator's share of bytes to compress (default: its own); 1 separates sampling error from "
                       "the model's bias."),
        QStringLiteral("fraction") });
    parser.addOption({ QStringLiteral("seeds"),
        QStringLiteral("Also estimate with N other seeds and print the spread of their errors."),
        QStringLiteral("N") });
    parser.addOption({ QStringLiteral("reference"),
        QStringLiteral("Archive sizes and export times from an earlier run's output: no exports."),
        QStringLiteral("file") });
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("More bundles to measure."));
    parser.process(app);
    Settings settings;
    for (const QString& id : parser.value(QStringLiteral("formats")).split(u',')) {
        const std::optional<ArchiveFormat> format = ArchiveFormats::fromId(id);
        if (!format) {
            qWarning("unknown format %s", qPrintable(id));
            return 2;
        }
        settings.formats.push_back(*format);
    }
    QTemporaryDir temporary(QDir::tempPath() + QStringLiteral("/bench_estimate_corpus-XXXXXX"));
    settings.workDir = parser.isSet(QStringLiteral("work")) ? parser.value(QStringLiteral("work")) : temporary.path();
    settings.sampleFraction = parser.value(QStringLiteral("sample-fraction")).toDouble();
    settings.seeds = parser.value(QStringLiteral("seeds")).toInt();
    if (parser.isSet(QStringLiteral("reference")))
        settings.references = readReferences(parser.value(QStringLiteral("reference")));
    QStringList paths = parser.isSet(QStringLiteral("no-corpus")) ? QStringList() : corpusBundles();
    paths += parser.positionalArguments();
    QTextStream out(stdout);
    std::vector<Row> rows;
    int failed = 0;
    for (const QString& path : std::as_const(paths)) {
        if (!measure(path, settings, rows, out))
            ++failed;
    }
    if (!rows.empty())
        printDistribution(rows, out);
    return failed == 0 && !rows.empty() ? 0 : 1;
}
