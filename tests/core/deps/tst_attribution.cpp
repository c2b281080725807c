// SPDX-License-Identifier: GPL-3.0-or-later
// DependencyAttribution: libraries shared by two packages split evenly so per-package totals add up to the bundle,
// and the demo bundle (DemoBundleGenerator) attributed to named packages or the Python runtime for >= 95% of its bytes.
#include "demo/demobundlegenerator.h"
#include "deps/dependencyattribution.h"
#include "deps/dependencygraph.h"
#include "report/bundlereport.h"
#include "scan/foldersource.h"
#include "scan/scanpipeline.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {

bool copyFixture(const QString& fixture, const QString& to)
{
    const QByteArray bytes = Test::readFile(Test::elfFixture(fixture));
    return !bytes.isEmpty() && Test::writeFile(to, bytes);
}

quint64 packageSum(const BundleReport& report)
{
    quint64 sum = 0;
    for (const BundleReport::PackageEntry& entry : report.packages)
        sum += entry.bytes;
    return sum;
}

} // namespace

class TestAttribution : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void sharedLibrary();
    void demoBundle();
};

void TestAttribution::sharedLibrary()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/app");
    const QString module = QStringLiteral("fxmod.cpython-311-x86_64-linux-gnu.so");
    for (const QString& package : { QStringLiteral("alpha"), QStringLiteral("beta") }) {
        QVERIFY(copyFixture(module, root + u'/' + package + u'/' + module));
        QVERIFY(Test::writeFile(root + u'/' + package + QStringLiteral("/__init__.py"), "x = 1\n"));
    }
    QVERIFY(copyFixture(QStringLiteral("libfxa.so"), root + QStringLiteral("/libfxa.so.1")));
    QVERIFY(copyFixture(QStringLiteral("libfxb.so"), root + QStringLiteral("/libfxb.so")));
    FolderSource source(root);
    const Result<ScanResult> scanned = ScanPipeline::run(source, {}, {});
    QVERIFY(scanned && scanned->dependencies);
    const BundleTree& tree = *scanned->tree;
    const NodeId a = tree.findPath(QStringLiteral("libfxa.so.1"));
    const PackageId alpha = tree.packageId(QStringLiteral("alpha")), beta = tree.packageId(QStringLiteral("beta"));
    QVERIFY2(alpha != OtherPackage && beta != OtherPackage, qPrintable(tree.packageNames().join(u',')));
    QCOMPARE(tree.packageShares(a), (std::vector<PackageId> { std::min(alpha, beta), std::max(alpha, beta) }));
    QCOMPARE(tree.packageName(tree.package(a)), QStringLiteral("shared: alpha, beta"));

    const BundleReport report = BundleReport::fromTree(*scanned->tree, 5, scanned->dependencies.get());
    QCOMPARE(packageSum(report), report.totals.bytes);
    const quint64 shared = tree.size(a) + tree.size(tree.findPath(QStringLiteral("libfxb.so")));
    quint64 sharedSum = 0;
    for (const BundleReport::PackageEntry& entry : report.packages) {
        sharedSum += entry.sharedBytes;
        QVERIFY2(!entry.name.startsWith(QLatin1String("shared:")), "shared bytes belong to the sharing packages");
    }
    QCOMPARE(sharedSum, shared);
    for (const BundleReport::FileEntry& entry : report.largest) {
        if (entry.path == QLatin1String("libfxb.so"))
            QCOMPARE(entry.neededBy.size(), 3);
    }
}

void TestAttribution::demoBundle()
{
    QTemporaryDir dir;
    const Result<QString> root = DemoBundleGenerator::generate(dir.path(), {});
    QVERIFY2(root, qPrintable(root.error().toString()));
    FolderSource source(*root);
    QElapsedTimer timer;
    timer.start();
    const Result<ScanResult> scanned = ScanPipeline::run(source, {}, {});
    QVERIFY(scanned && scanned->dependencies);
    const BundleTree& tree = *scanned->tree;
    const DependencyGraph& graph = *scanned->dependencies;
    const PackageId unreferenced = tree.packageId(DependencyAttribution::unreferencedPackage());
    quint64 attributed = 0, nativeBytes = 0, nativeAttributed = 0;
    for (NodeId id = 0; id < tree.nodeCount(); ++id) {
        if (tree.kind(id) != NodeKind::File || tree.hasFlag(id, HardLinkDuplicate))
            continue;
        const bool named = tree.package(id) != OtherPackage && tree.package(id) != unreferenced;
        attributed += named ? tree.size(id) : 0;
        if (graph.contains(id)) {
            nativeBytes += tree.size(id);
            nativeAttributed += named ? tree.size(id) : 0;
        }
    }
    const double share = double(attributed) / double(tree.totalSize());
    qInfo("demo bundle: %zu native files, %zu roots, %zu unreferenced, %d system names; attributed %.2f%% of %llu "
          "bytes (native: %.2f%% of %llu); scan + graph %lld ms",
        graph.nodes().size(), graph.roots().size(), graph.unreferenced().size(), int(graph.systemLibraries().size()),
        100.0 * share, tree.totalSize(), 100.0 * double(nativeAttributed) / double(qMax<quint64>(nativeBytes, 1)),
        nativeBytes, timer.elapsed());
    QVERIFY(graph.nodes().size() > 10);
    QVERIFY2(share >= 0.95, qPrintable(QString::number(share)));
    const BundleReport report = BundleReport::fromTree(tree, 20, &graph);
    QCOMPARE(packageSum(report), report.totals.bytes);
}

QTEST_GUILESS_MAIN(TestAttribution)
#include "tst_attribution.moc"
