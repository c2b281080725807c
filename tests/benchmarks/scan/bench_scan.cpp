// SPDX-License-Identifier: GPL-3.0-or-later
// bench_scan PATH [RUNS [THREADS]]: wall time of FolderSource::scan (best of RUNS, default 5) next to `du -sb PATH` and
// `ncdu -0 -o /dev/null PATH` (ncdu 1.x) on the same tree with a warm cache, plus peak RSS and tree memory per node.
// Results go to stdout, one "key: value" per line; diagnostics to stderr.
#include "scan/foldersource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <limits>

#include <sys/resource.h>

using namespace BundleScope;

namespace {

// A field of /proc/self/status in kB, -1 when missing.
qint64 statusKiB(const QByteArray& field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// User + system CPU time of this process (who = RUSAGE_SELF) or of its waited-for children, in ms.
double cpuMs(int who)
{
    struct rusage usage;
    getrusage(who, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// Resets VmHWM to the current RSS (Linux >= 4.0, proc(5) "clear_refs": 5).
bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

// Best wall time of running program with arguments `runs` times, in ms; -1 when it cannot run.
double bestOfProcess(const QString& program, const QStringList& arguments, int runs, double& bestCpu)
{
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        std::fprintf(stderr, "%s not found: install it (apt-get install %s)\n", qPrintable(program),
            qPrintable(program == QLatin1String("du") ? QStringLiteral("coreutils") : program));
        return -1;
    }
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < runs + 1; ++i) { // one warm-up run
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuMs(RUSAGE_CHILDREN);
        process.start(program, arguments);
        if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit)
            return -1;
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (i > 0) {
            best = std::min(best, ms);
            bestCpu = std::min(bestCpu, cpuMs(RUSAGE_CHILDREN) - cpuBefore);
        }
    }
    return best;
}

struct OurRun {
    double bestMs = std::numeric_limits<double>::max();
    double bestCpuMs = std::numeric_limits<double>::max();
    qint64 peakKiB = 0;
    qint64 baselineKiB = 0;
    quint32 nodes = 0;
    std::size_t memory = 0;
    quint64 totalSize = 0;
    int errors = 0;
};

bool scanRuns(const QString& path, int runs, int threads, OurRun& run)
{
    for (int i = 0; i < runs + 1; ++i) { // one warm-up run
        FolderSource source(path);
        if (threads > 0)
            source.setThreadCount(threads);
        const bool resetOk = resetPeakRss();
        const qint64 baseline = statusKiB("VmRSS");
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuMs(RUSAGE_SELF);
        Result<ScanResult> result = source.scan(CancellationToken(), {});
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!result) {
            std::fprintf(stderr, "scan failed: %s\n", qPrintable(result.error().toString()));
            return false;
        }
        if (i == 0)
            continue;
        run.bestMs = std::min(run.bestMs, ms);
        run.bestCpuMs = std::min(run.bestCpuMs, cpuMs(RUSAGE_SELF) - cpuBefore);
        if (resetOk) {
            run.peakKiB = std::max(run.peakKiB, statusKiB("VmHWM"));
            run.baselineKiB = baseline;
        }
        run.nodes = result->tree->nodeCount();
        run.memory = result->tree->memoryUsage();
        run.totalSize = result->tree->totalSize();
        run.errors = int(result->tree->errors().size());
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_scan PATH [RUNS [THREADS]]\n");
        return 2;
    }
    const QString path = args.at(1);
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;
    const int threads = args.size() > 3 ? args.at(3).toInt() : 0; // 0: FolderSource's default

    OurRun ours;
    if (!scanRuns(path, runs, threads, ours))
        return 1;
    double duCpu = std::numeric_limits<double>::max(), ncduCpu = duCpu;
    const double du = bestOfProcess(QStringLiteral("du"), { QStringLiteral("-sb"), path }, runs, duCpu);
    const double ncdu = bestOfProcess(QStringLiteral("ncdu"),
        { QStringLiteral("-0"), QStringLiteral("-o"), QStringLiteral("/dev/null"), path }, runs, ncduCpu);

    std::printf("path: %s\n", qPrintable(path));
    std::printf("threads: %d\n", threads > 0 ? threads : FolderSource(path).threadCount());
    std::printf("nodes: %u\n", ours.nodes);
    std::printf("total_size_bytes: %llu\n", static_cast<unsigned long long>(ours.totalSize));
    std::printf("errors: %d\n", ours.errors);
    std::printf("bundlescope_ms (best of %d): %.1f\n", runs, ours.bestMs);
    std::printf("du_sb_ms (best of %d): %.1f\n", runs, du);
    std::printf("ncdu_ms (best of %d): %.1f\n", runs, ncdu);
    std::printf("cpu_ms (user+sys, best): bundlescope %.1f, du %.1f, ncdu %.1f\n", ours.bestCpuMs, duCpu, ncduCpu);
    if (du > 0)
        std::printf("ratio_to_du: %.2f (target <= 0.75)\n", ours.bestMs / du);
    if (ncdu > 0)
        std::printf("ratio_to_ncdu: %.2f\n", ours.bestMs / ncdu);
    std::printf("peak_rss_kib: %lld (baseline %lld, scan added %lld)\n", ours.peakKiB, ours.baselineKiB,
        ours.peakKiB - ours.baselineKiB);
    std::printf("tree_bytes: %zu\n", ours.memory);
    std::printf("bytes_per_node: %.1f (target <= 64)\n", ours.nodes ? double(ours.memory) / ours.nodes : 0.0);
    return 0;
}
