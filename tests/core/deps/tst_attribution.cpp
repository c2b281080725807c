// SPDX-License-Identifier: GPL-3.0-or-later
// DependencyAttribution: a library several packages need belongs to its owner (the package whose folder holds it or
// whose name family it carries) or to a "shared: a, b" entry, never split; each package's exclusive bytes ("what goes
// if it goes") leave out what others need, in the report, PackageSizes and the exclude-package candidates. And the
// demo bundle (DemoBundleGenerator) attributed to named packages or the Python runtime for >= 95% of its bytes.
#include "analysis/excludablepackagesanalyzer.h"
#include "demo/demobundlegenerator.h"
#include "demo/demorandom.h"
#include "demo/elfwriter.h"
#include "deps/dependencyattribution.h"
#include "deps/dependencygraph.h"
#include "model/packagesizes.h"
#include "report/bundlereport.h"
#include "report/jsonreportwriter.h"
#include "scan/foldersource.h"
#include "scan/scanpipeline.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

const BundleReport::PackageEntry* findPackage(const BundleReport& report, const QString& name)
{
    for (const BundleReport::PackageEntry& entry : report.packages) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

// A synthetic ELF shared object needing `needed`, found through `runpath`.
bool writeElf(const QString& path, QList<QByteArray> needed, const QByteArray& runpath, qint64 textSize)
{
    ElfSpec spec;
    spec.soname = path.section(u'/', -1).toUtf8();
    spec.needed = std::move(needed);
    spec.runpath = runpath;
    spec.textSize = textSize;
    DemoRandom random(quint64(qHash(path)));
    return Test::writeFile(path, ElfWriter::write(spec, random));
}

struct NoReader : ContentReader {
    std::unique_ptr<QIODevice> open(NodeId) const override { return nullptr; }
};

} // namespace

class TestAttribution : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void sharedLibrary();
    void owner_data();
    void owner();
    void librariesBehindAnOwnedLibrary();
    void excludingOnePackageKeepsWhatOthersNeed();
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
    QCOMPARE(tree.packageUsers(a), (std::vector<PackageId> { std::min(alpha, beta), std::max(alpha, beta) }));
    QCOMPARE(tree.packageName(tree.package(a)), QStringLiteral("shared: alpha, beta"));

    // Neither folder holds the libraries: a "shared" entry that names both, counted once, in neither package.
    const BundleReport report = BundleReport::fromTree(*scanned->tree, 5, scanned->dependencies.get());
    QCOMPARE(packageSum(report), report.totals.bytes);
    const quint64 shared = tree.size(a) + tree.size(tree.findPath(QStringLiteral("libfxb.so")));
    const BundleReport::PackageEntry* entry = findPackage(report, QStringLiteral("shared: alpha, beta"));
    QVERIFY(entry);
    QCOMPARE(entry->bytes, shared);
    QCOMPARE(entry->exclusiveBytes, quint64(0));
    QCOMPARE(entry->sharedWith, (QStringList { QStringLiteral("alpha"), QStringLiteral("beta") }));
    for (const QString& name : { QStringLiteral("alpha"), QStringLiteral("beta") }) {
        const BundleReport::PackageEntry* package = findPackage(report, name);
        QVERIFY(package);
        QCOMPARE(package->bytes, tree.size(tree.findPath(name)));
        QCOMPARE(package->exclusiveBytes, package->bytes);
        QVERIFY(package->sharedWith.isEmpty());
    }
    for (const BundleReport::FileEntry& file : report.largest) {
        if (file.path == QLatin1String("libfxb.so"))
            QCOMPARE(file.neededBy.size(), 3);
    }
}

void TestAttribution::owner_data()
{
    // Two packages' extension modules (`first`/_a…so, `second`/_b…so) need one library at `library`.
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("library");
    QTest::addColumn<QByteArray>("runpath"); // of both extension modules
    QTest::addColumn<QString>("owner"); // package of the library
    const QByteArray packageLib = "$ORIGIN/lib:$ORIGIN/../alpha/lib";
    QTest::addRow("in the first package's folder")
        << QStringLiteral("alpha") << QStringLiteral("beta") << QStringLiteral("alpha/lib/libcore.so") << packageLib
        << QStringLiteral("alpha");
    QTest::addRow("in the second package's folder")
        << QStringLiteral("beta") << QStringLiteral("alpha") << QStringLiteral("alpha/lib/libcore.so") << packageLib
        << QStringLiteral("alpha");
    QTest::addRow("in neither folder") << QStringLiteral("alpha") << QStringLiteral("beta")
                                       << QStringLiteral("libcore.so") << QByteArray()
                                       << QStringLiteral("shared: alpha, beta");
    QTest::addRow("name family in a lib folder outside the package")
        << QStringLiteral("functorch") << QStringLiteral("torch") << QStringLiteral("lib/libtorch_cpu.so")
        << QByteArray("$ORIGIN/../lib") << QStringLiteral("torch");
    QTest::addRow("family rule at the top (libc10)")
        << QStringLiteral("torch") << QStringLiteral("functorch") << QStringLiteral("libc10.so") << QByteArray()
        << QStringLiteral("torch");
    QTest::addRow("name prefix (libscipy_openblas)")
        << QStringLiteral("numpy") << QStringLiteral("scipy") << QStringLiteral("lib/libscipy_openblas-1a2b3c4d.so")
        << QByteArray("$ORIGIN/../lib") << QStringLiteral("scipy");
    QTest::addRow("a name rule at the top is no owner (Debian's libgfortran)")
        << QStringLiteral("numpy") << QStringLiteral("scipy") << QStringLiteral("libgfortran.so.5") << QByteArray()
        << QStringLiteral("shared: numpy, scipy");
    QTest::addRow("no family: libopenblas outside both folders")
        << QStringLiteral("numpy") << QStringLiteral("scipy") << QStringLiteral("lib/libopenblas.so.0")
        << QByteArray("$ORIGIN/../lib") << QStringLiteral("shared: numpy, scipy");
}

void TestAttribution::owner()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, library);
    QFETCH(QByteArray, runpath);
    QFETCH(QString, owner);
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/app");
    const QByteArray soname = library.section(u'/', -1).toUtf8();
    for (const QString& package : { first, second }) {
        const QString module = package + u'/' + u'_' + package + QStringLiteral(".cpython-311-x86_64-linux-gnu.so");
        QVERIFY(writeElf(root + u'/' + module, { soname }, runpath, 2048));
        QVERIFY(Test::writeFile(root + u'/' + package + QStringLiteral("/__init__.py"), "x = 1\n"));
    }
    QVERIFY(writeElf(root + u'/' + library, {}, {}, 100000));
    FolderSource source(root);
    const Result<ScanResult> scanned = ScanPipeline::run(source, {}, {});
    QVERIFY(scanned && scanned->dependencies);
    const BundleTree& tree = *scanned->tree;
    const NodeId lib = tree.findPath(library);
    QVERIFY(lib != InvalidNode);
    QVERIFY2(scanned->dependencies->isReachable(lib), "both extension modules must reach the library");
    QCOMPARE(tree.packageName(tree.package(lib)), owner);
    QCOMPARE(tree.packageUsers(lib).size(), std::size_t(2));

    const quint64 libBytes = tree.size(lib);
    const BundleReport report = BundleReport::fromTree(tree, 5, scanned->dependencies.get());
    QCOMPARE(packageSum(report), report.totals.bytes);
    const BundleReport::PackageEntry* holder = findPackage(report, owner);
    QVERIFY(holder);
    QVERIFY(holder->bytes >= libBytes);
    QCOMPARE(holder->sharedBytes, libBytes);
    QCOMPARE(holder->exclusiveBytes, holder->bytes - libBytes);
    for (const QString& name : { first, second }) {
        const BundleReport::PackageEntry* package = findPackage(report, name);
        QVERIFY2(package, qPrintable(name));
        const PackageId id = tree.packageId(name);
        // "What goes" when only this package goes: never the library the other one needs.
        QCOMPARE(PackageSizes::bytesGoingWith(tree, { id }), package->exclusiveBytes);
        QVERIFY(package->exclusiveBytes < libBytes);
        if (name != owner)
            QVERIFY2(package->bytes < libBytes, "only the owner's size includes the library");
        QCOMPARE(package->sharedWith.isEmpty(), name != owner);
    }
    std::vector<PackageId> both { tree.packageId(first), tree.packageId(second) };
    std::sort(both.begin(), both.end());
    QVERIFY(PackageSizes::goesWith(tree, lib, both));
    const bool shared = owner != first && owner != second;
    QCOMPARE(PackageSizes::bytesGoingWith(tree, both),
        findPackage(report, first)->bytes + findPackage(report, second)->bytes + (shared ? libBytes : 0));

    const QJsonObject json = QJsonDocument::fromJson(JsonReportWriter().write(report)).object();
    bool listed = false;
    for (const QJsonValue& value : json.value(QStringLiteral("packages")).toArray()) {
        const QJsonObject package = value.toObject();
        QVERIFY(package.contains(QStringLiteral("exclusive_bytes")));
        if (package.value(QStringLiteral("name")).toString() == owner) {
            listed = true;
            QCOMPARE(package.value(QStringLiteral("shared_bytes")).toInteger(), qint64(libBytes));
            QVERIFY(!package.value(QStringLiteral("shared_with")).toArray().isEmpty());
        }
    }
    QVERIFY(listed);
}

void TestAttribution::librariesBehindAnOwnedLibrary()
{
    // As in Debian's python3-torch: functorch/_C and torch/_C need libtorch_cpu, which needs libdnnl and libgdal
    // (no family, outside both folders); numpy's module needs liblapack, and so does libtorch_cpu.
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/app");
    const QString suffix = QStringLiteral(".cpython-311-x86_64-linux-gnu.so");
    QVERIFY(writeElf(root + QStringLiteral("/torch/_C") + suffix, { "libtorch_cpu.so" }, {}, 4096));
    QVERIFY(writeElf(root + QStringLiteral("/functorch/_C") + suffix, { "libtorch_cpu.so" }, {}, 4096));
    QVERIFY(writeElf(root + QStringLiteral("/numpy/_core") + suffix, { "liblapack.so.3" }, {}, 4096));
    QVERIFY(writeElf(
        root + QStringLiteral("/libtorch_cpu.so"), { "libdnnl.so.2", "libgdal.so.32", "liblapack.so.3" }, {}, 300000));
    QVERIFY(writeElf(root + QStringLiteral("/libdnnl.so.2"), { "libgdal.so.32" }, {}, 200000));
    QVERIFY(writeElf(root + QStringLiteral("/libgdal.so.32"), {}, {}, 100000));
    QVERIFY(writeElf(root + QStringLiteral("/liblapack.so.3"), {}, {}, 50000));
    FolderSource source(root);
    const Result<ScanResult> scanned = ScanPipeline::run(source, {}, {});
    QVERIFY(scanned && scanned->dependencies);
    const BundleTree& tree = *scanned->tree;
    auto packageOf = [&tree](const char* path) {
        return tree.packageName(tree.package(tree.findPath(QString::fromLatin1(path))));
    };
    QCOMPARE(packageOf("libtorch_cpu.so"), QStringLiteral("torch"));
    QCOMPARE(packageOf("libdnnl.so.2"), QStringLiteral("torch"));
    QCOMPARE(packageOf("libgdal.so.32"), QStringLiteral("torch"));
    QCOMPARE(packageOf("liblapack.so.3"), QStringLiteral("shared: numpy, torch"));
    QCOMPARE(tree.packageUsers(tree.findPath(u"libdnnl.so.2")).size(), std::size_t(2)); // functorch needs it too
    QCOMPARE(tree.packageUsers(tree.findPath(u"liblapack.so.3")).size(), std::size_t(3));

    const BundleReport report = BundleReport::fromTree(tree, 5, scanned->dependencies.get());
    QCOMPARE(packageSum(report), report.totals.bytes);
    const BundleReport::PackageEntry* functorch = findPackage(report, QStringLiteral("functorch"));
    QVERIFY(functorch);
    QCOMPARE(functorch->bytes, tree.size(tree.findPath(u"functorch")));
    QCOMPARE(functorch->exclusiveBytes, functorch->bytes);
    const BundleReport::PackageEntry* torch = findPackage(report, QStringLiteral("torch"));
    QVERIFY(torch);
    const quint64 libraries = tree.size(tree.findPath(u"libtorch_cpu.so")) + tree.size(tree.findPath(u"libdnnl.so.2"))
        + tree.size(tree.findPath(u"libgdal.so.32"));
    QCOMPARE(torch->bytes, tree.size(tree.findPath(u"torch")) + libraries);
    QCOMPARE(torch->exclusiveBytes, tree.size(tree.findPath(u"torch"))); // functorch keeps its libraries alive
    QCOMPARE(torch->sharedWith, QStringList { QStringLiteral("functorch") });
}

void TestAttribution::excludingOnePackageKeepsWhatOthersNeed()
{
    // torch (the main framework) and tensorflow both need a library in torch's folder: excluding tensorflow, the
    // second framework, must not claim it.
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/app");
    const QString library = QStringLiteral("torch/lib/libcore.so");
    for (const QString& package : { QStringLiteral("torch"), QStringLiteral("tensorflow") }) {
        const QString module = package + QStringLiteral("/_C.cpython-311-x86_64-linux-gnu.so");
        QVERIFY(writeElf(root + u'/' + module, { "libcore.so" }, "$ORIGIN/lib:$ORIGIN/../torch/lib", 4096));
    }
    QVERIFY(writeElf(root + u'/' + library, {}, {}, 200000));
    FolderSource source(root);
    const Result<ScanResult> scanned = ScanPipeline::run(source, {}, {});
    QVERIFY(scanned && scanned->dependencies);
    const BundleTree& tree = *scanned->tree;
    const NodeId lib = tree.findPath(library);
    QCOMPARE(tree.packageName(tree.package(lib)), QStringLiteral("torch"));
    NoReader reader;
    const AnalysisContext context { tree, reader, CancellationToken(), TargetPlatform::Linux, 0,
        scanned->dependencies };
    const std::vector<Candidate> candidates = ExcludablePackagesAnalyzer().analyze(context);
    QCOMPARE(candidates.size(), std::size_t(1));
    const Candidate& candidate = candidates.front();
    QCOMPARE(candidate.id, QStringLiteral("exclude_package:tensorflow"));
    const quint64 tensorflow = tree.size(tree.findPath(QStringLiteral("tensorflow")));
    QCOMPARE(candidate.saving, tensorflow);
    for (const Candidate::FileSaving& file : candidate.files)
        QVERIFY(file.node != lib);
    QVERIFY2(candidate.why.contains(QStringLiteral("torch")), qPrintable(candidate.why));
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
