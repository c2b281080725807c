// SPDX-License-Identifier: GPL-3.0-or-later
// Treemap benchmark: a synthetic 100 000-file tree, full relayout + cushion render into a QImage at 1600 × 1000 and
// again after a resize to 1280 × 800, median of 10 runs each; target < 50 ms. Prints figures to stdout.
// Not run by CTest: build the bench_treemap target and run it.
#include "model/bundletree.h"
#include "treemap/squarifiedlayout.h"
#include "treemap/treemapcoloring.h"
#include "treemap/treemaprendercontroller.h"
#include "treemap/treemaprenderer.h"
#include "treemaptesttrees.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

using namespace BundleScope;

namespace {

double processCpuMs()
{
    timespec time {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
    return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
}

// Median wall-clock milliseconds of `runs` runs; the median CPU milliseconds (all threads) through `cpuMs`, which
// shows what the machine's load (shared build hosts) did to the wall-clock figure.
double medianMs(int runs, const std::function<void()>& work, double* cpuMs = nullptr)
{
    std::vector<double> times;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = processCpuMs();
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(processCpuMs() - cpuStart);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    if (cpuMs)
        *cpuMs = cpu[cpu.size() / 2];
    return times[times.size() / 2];
}

void measure(QTextStream& out, const BundleTreePtr& tree, QSize size)
{
    constexpr int runs = 10;
    const auto coloring = std::make_shared<const TreemapColoring>(tree, TreemapColoring::Mode::Category);
    TreemapRenderController::Request request;
    request.tree = tree;
    request.root = tree->root();
    request.pixelSize = size;
    request.coloring = coloring;
    request.font = QGuiApplication::font();

    TreemapLayout layout;
    const double layoutMs = medianMs(
        runs, [&] { layout = SquarifiedLayout(*tree).layout(tree->root(), QRectF(QPointF(0, 0), QSizeF(size))); });
    TreemapRenderer::Options options;
    options.font = request.font;
    const double renderMs = medianMs(runs, [&] { TreemapRenderer::render(layout, *tree, *coloring, options); });
    options.labels = false;
    const double shadeMs = medianMs(runs, [&] { TreemapRenderer::render(layout, *tree, *coloring, options); });
    double fullCpuMs = 0.0;
    const double fullMs = medianMs(
        runs, [&] { TreemapRenderController::renderFrame(request, nullptr); }, &fullCpuMs);
    out << QStringLiteral("%1x%2: relayout+render %3 ms (layout %4 ms, render %5 ms of which cushions %9 ms), %6 "
                          "tiles, %7 leaves, %8; CPU time %10 ms\n")
               .arg(size.width())
               .arg(size.height())
               .arg(fullMs, 0, 'f', 1)
               .arg(layoutMs, 0, 'f', 1)
               .arg(renderMs, 0, 'f', 1)
               .arg(layout.tileCount())
               .arg(layout.leafCount())
               .arg(fullMs < 50.0 ? QStringLiteral("OK (< 50 ms)") : QStringLiteral("OVER the 50 ms target"))
               .arg(shadeMs, 0, 'f', 1)
               .arg(fullCpuMs, 0, 'f', 1);
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    const BundleTreePtr tree = Test::TreemapTestTrees::random(20, 10, 50, 42);
    out << QStringLiteral("tree: %1 files, %2 nodes, %3 bytes, built in %4 ms; %5 threads\n")
               .arg(tree->totalFiles())
               .arg(tree->nodeCount())
               .arg(tree->totalSize())
               .arg(timer.elapsed())
               .arg(QThread::idealThreadCount());
    measure(out, tree, QSize(1600, 1000));
    measure(out, tree, QSize(1280, 800)); // after a resize: nothing is reused

    // bench_treemap <file.png>: also save the 1600 × 1000 frame, to look at.
    if (argc > 1) {
        TreemapRenderController::Request request;
        request.tree = tree;
        request.root = tree->root();
        request.pixelSize = QSize(1600, 1000);
        request.coloring = std::make_shared<const TreemapColoring>(tree, TreemapColoring::Mode::Category);
        request.font = QGuiApplication::font();
        const QString path = QString::fromLocal8Bit(argv[1]);
        if (!TreemapRenderController::renderFrame(request, nullptr).image.save(path)) {
            QTextStream(stderr) << QStringLiteral("cannot write %1\n").arg(path);
            return 1;
        }
    }
    return 0;
}
