// SPDX-License-Identifier: GPL-3.0-or-later
// DependencyGraph on the build-time ELF fixtures (tests/support): loader-like resolution (RUNPATH $ORIGIN, symbolic
// links, contents folder, SONAME), chains, orphans, unreferenced libraries, cycles and system libraries.
#include "analysis/unreferencedlibrariesanalyzer.h"
#include "deps/dependencyexplanation.h"
#include "deps/dependencygraph.h"
#include "deps/dependencygraphbuilder.h"
#include "scan/foldersource.h"
#include "scan/scanpipeline.h"
#include "scanfolder.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {

const QString s_module = QStringLiteral("fxpkg/fxmod.cpython-311-x86_64-linux-gnu.so");

bool copyFixture(const QString& fixture, const QString& root, const QString& to)
{
    const QByteArray bytes = Test::readFile(Test::elfFixture(fixture));
    return !bytes.isEmpty() && Test::writeFile(root + u'/' + to, bytes);
}

} // namespace

class TestDependencyGraph : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void chains_data();
    void chains();
    void cycleAndOrphans();
    void typicalDlopen_data();
    void typicalDlopen();
    void malformedDynamicSection();
    void cancelled();
    void executableLibrary();
    void programs_data();
    void programs();
    void chainPrefersOwnPackage();
    void qtPluginsAreRoots_data();
    void qtPluginsAreRoots();

private:
    ScanResult scanFolder(const QString& root) { return Test::scanFolderWithDependencies(root); }
};

void TestDependencyGraph::chains_data()
{
    QTest::addColumn<QString>("libA"); // where libfxa (SONAME libfxa.so.1) goes
    QTest::addColumn<QString>("libB");
    QTest::addColumn<QString>("link"); // a symbolic link to create: "path=target", or empty
    QTest::addColumn<int>("confidence"); // of the module -> libA edge
    QTest::addRow("runpath $ORIGIN/lib") << QStringLiteral("fxpkg/lib/libfxa.so.1")
                                         << QStringLiteral("fxpkg/lib/libfxb.so") << QString()
                                         << int(LibraryResolver::Confidence::Loader);
    QTest::addRow("symlink to the real file")
        << QStringLiteral("fxpkg/lib/libfxa.so.1.0") << QStringLiteral("fxpkg/lib/libfxb.so")
        << QStringLiteral("fxpkg/lib/libfxa.so.1=libfxa.so.1.0") << int(LibraryResolver::Confidence::Loader);
    QTest::addRow("contents folder") << QStringLiteral("libfxa.so.1") << QStringLiteral("libfxb.so") << QString()
                                     << int(LibraryResolver::Confidence::ContentsFolder);
    QTest::addRow("SONAME differs from the file name")
        << QStringLiteral("other.libs/libfxa-3f2a.so") << QStringLiteral("other.libs/libfxb.so") << QString()
        << int(LibraryResolver::Confidence::ByName);
}

void TestDependencyGraph::chains()
{
    QFETCH(QString, libA);
    QFETCH(QString, libB);
    QFETCH(QString, link);
    QFETCH(int, confidence);
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/dist/app");
    QVERIFY(copyFixture(QStringLiteral("fxmod.cpython-311-x86_64-linux-gnu.so"), root, s_module));
    QVERIFY(Test::writeFile(root + QStringLiteral("/fxpkg/__init__.py"), "x = 1\n"));
    QVERIFY(copyFixture(QStringLiteral("libfxa.so"), root, libA));
    QVERIFY(copyFixture(QStringLiteral("libfxb.so"), root, libB));
    QVERIFY(copyFixture(QStringLiteral("liborphan.so"), root, QStringLiteral("liborphan.so")));
    if (!link.isEmpty())
        QVERIFY(QFile::link(link.section(u'=', 1), root + u'/' + link.section(u'=', 0, 0)));

    const ScanResult scanned = scanFolder(root);
    QVERIFY(scanned.dependencies);
    const BundleTree& tree = *scanned.tree;
    const DependencyGraph& graph = *scanned.dependencies;
    const NodeId module = tree.findPath(s_module), a = tree.findPath(libA), b = tree.findPath(libB);
    const NodeId orphan = tree.findPath(QStringLiteral("liborphan.so"));
    QVERIFY(module != InvalidNode && a != InvalidNode && b != InvalidNode && orphan != InvalidNode);

    QCOMPARE(graph.rootKind(module), DependencyGraph::RootKind::ExtensionModule);
    QCOMPARE(graph.rootKind(a), DependencyGraph::RootKind::None);
    QCOMPARE(graph.neededBy(b), (std::vector<NodeId> { b, a, module }));
    QCOMPARE(graph.neededBy(module), std::vector<NodeId> { module });
    const std::vector<DependencyGraph::Edge> needs = graph.needs(module);
    QCOMPARE(needs.size(), std::size_t(1));
    QCOMPARE(needs.front().node, a);
    QCOMPARE(int(needs.front().confidence), confidence);
    QCOMPARE(graph.neededByDirectly(b), std::vector<NodeId> { a });

    // Removing libfxa orphans libfxb; removing the module orphans both.
    const DependencyGraph::Orphans orphans = graph.orphanedIfRemoved(module);
    QCOMPARE(orphans.nodes, (std::vector<NodeId> { std::min(a, b), std::max(a, b) }));
    QCOMPARE(orphans.bytes, tree.size(a) + tree.size(b));
    QCOMPARE(graph.orphanedIfRemoved(a).nodes, std::vector<NodeId> { b });
    QCOMPARE(graph.unreferenced(), std::vector<NodeId> { orphan });
    QVERIFY(graph.neededBy(orphan).empty());

    // The C library is expected from the system (libfxa links it).
    QVERIFY2(graph.systemLibraries().contains(QStringLiteral("libc.so.6")),
        qPrintable(graph.systemLibraries().keys().join(u' ')));
    QVERIFY(graph.unresolved(a).contains(QStringLiteral("libc.so.6")));

    // Attribution: the libraries follow the module's package; the orphan is "unreferenced".
    QVERIFY(tree.package(module) != OtherPackage);
    QCOMPARE(tree.packageName(tree.package(a)), tree.packageName(tree.package(module)));
    QCOMPARE(tree.packageName(tree.package(b)), tree.packageName(tree.package(module)));
    QCOMPARE(tree.packageName(tree.package(orphan)), QStringLiteral("unreferenced"));
}

void TestDependencyGraph::cycleAndOrphans()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/app");
    QVERIFY(copyFixture(QStringLiteral("libfxcyca.so"), root, QStringLiteral("libfxcyca.so")));
    QVERIFY(copyFixture(QStringLiteral("libfxcycb.so"), root, QStringLiteral("libfxcycb.so")));
    QVERIFY(copyFixture(QStringLiteral("fxprog"), root, QStringLiteral("app")));
    QVERIFY(copyFixture(QStringLiteral("libfxa.so"), root, QStringLiteral("lib/libfxa.so.1")));
    QVERIFY(copyFixture(QStringLiteral("libfxb.so"), root, QStringLiteral("lib/libfxb.so")));
    const ScanResult scanned = scanFolder(root);
    QVERIFY(scanned.dependencies);
    const BundleTree& tree = *scanned.tree;
    const DependencyGraph& graph = *scanned.dependencies;
    const NodeId cycA = tree.findPath(QStringLiteral("libfxcyca.so"));
    const NodeId cycB = tree.findPath(QStringLiteral("libfxcycb.so"));
    const NodeId launcher = tree.findPath(QStringLiteral("app"));
    QCOMPARE(graph.needs(cycA).size(), std::size_t(1));
    QCOMPARE(graph.needs(cycA).front().node, cycB);
    QCOMPARE(graph.needs(cycB).front().node, cycA);
    QVERIFY(graph.neededBy(cycA).empty()); // the search ends although the edges go round
    QCOMPARE(graph.unreferenced(), (std::vector<NodeId> { cycA, cycB }));
    QVERIFY(graph.orphanedIfRemoved(cycA).nodes.empty());
    // The launcher (an executable in the root folder) is the Python runtime; RUNPATH $ORIGIN/lib finds libfxa.
    QCOMPARE(graph.rootKind(launcher), DependencyGraph::RootKind::Runtime);
    const NodeId b = tree.findPath(QStringLiteral("lib/libfxb.so"));
    QCOMPARE(graph.neededBy(b).size(), std::size_t(3));
    QCOMPARE(graph.neededBy(b).back(), launcher);
    QCOMPARE(tree.packageName(tree.package(b)), QStringLiteral("Python runtime"));

    // The analyzer lists the two cycle libraries, at low confidence, whether it gets the graph or builds its own.
    for (const bool withGraph : { true, false }) {
        AnalysisContext context { tree, *scanned.reader, CancellationToken() };
        if (withGraph)
            context.dependencies = scanned.dependencies;
        const std::vector<Candidate> candidates = UnreferencedLibrariesAnalyzer().analyze(context);
        QCOMPARE(candidates.size(), std::size_t(2));
        QCOMPARE(candidates[0].id, QStringLiteral("unreferenced:libfxcyca.so"));
        QCOMPARE(candidates[0].saving, tree.size(cycA));
        QCOMPARE(candidates[0].confidence, Candidate::Confidence::Low);
        QVERIFY(candidates[0].advised);
    }
}

void TestDependencyGraph::typicalDlopen_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("dlopen");
    QTest::addRow("cudnn") << QStringLiteral("_internal/nvidia/cudnn/lib/libcudnn_ops.so.9") << true;
    QTest::addRow("libcuda") << QStringLiteral("_internal/libcuda.so.1") << true;
    QTest::addRow("qt plugin") << QStringLiteral("_internal/PyQt5/Qt5/plugins/platforms/libqxcb.so") << true;
    QTest::addRow("plain library") << QStringLiteral("_internal/libgomp.so.1") << false;
}

void TestDependencyGraph::typicalDlopen()
{
    QFETCH(QString, path);
    QFETCH(bool, dlopen);
    QCOMPARE(UnreferencedLibrariesAnalyzer::isTypicalDlopen(path), dlopen);
}

void TestDependencyGraph::qtPluginsAreRoots_data()
{
    QTest::addColumn<QString>("plugin");
    QTest::addColumn<bool>("root");
    QTest::addRow("PyQt5") << QStringLiteral("PyQt5/Qt5/plugins/platforms/libqfx.so") << true;
    QTest::addRow("PyQt6") << QStringLiteral("PyQt6/Qt6/plugins/imageformats/libqfx.so") << true;
    QTest::addRow("PySide6") << QStringLiteral("PySide6/Qt/plugins/platforms/libqfx.so") << true;
    QTest::addRow("PyInstaller's qt5_plugins") << QStringLiteral("qt5_plugins/platforms/libqfx.so") << true;
    QTest::addRow("not a plugin folder") << QStringLiteral("PyQt5/Qt5/lib/extra/libqfx.so") << false;
    QTest::addRow("plugins of another program") << QStringLiteral("tool/plugins/platforms/libqfx.so") << false;
}

void TestDependencyGraph::qtPluginsAreRoots()
{
    // Qt loads platforms/libqxcb.so from its plugin folder by itself: nothing links it, yet without it (and the
    // libQt5XcbQpa it needs) the app shows no window. On the real PyQt5 bundle 40 such files were "unreferenced".
    QFETCH(QString, plugin);
    QFETCH(bool, root);
    QTemporaryDir dir;
    const QString bundle = dir.path() + QStringLiteral("/app");
    QVERIFY(copyFixture(QStringLiteral("libfxa.so"), bundle, plugin));
    QVERIFY(copyFixture(QStringLiteral("libfxb.so"), bundle, QStringLiteral("libfxb.so")));
    const ScanResult scanned = scanFolder(bundle);
    QVERIFY(scanned.dependencies);
    const BundleTree& tree = *scanned.tree;
    const DependencyGraph& graph = *scanned.dependencies;
    const NodeId pluginId = tree.findPath(plugin);
    const NodeId needed = tree.findPath(QStringLiteral("libfxb.so"));
    QCOMPARE(graph.needs(pluginId).size(), std::size_t(1));
    QCOMPARE(graph.needs(pluginId).front().node, needed);
    QCOMPARE(graph.isRoot(pluginId), root);
    QCOMPARE(graph.isReachable(needed), root);
    QCOMPARE(graph.unreferenced().empty(), root);
    if (root) {
        QCOMPARE(graph.rootKind(pluginId), DependencyGraph::RootKind::FrameworkPlugin);
        const QString why = DependencyExplanation::neededBy(tree, graph, pluginId);
        QVERIFY2(why.contains(QLatin1String("plugin that Qt loads")), qPrintable(why));
        QCOMPARE(graph.neededBy(needed), (std::vector<NodeId> { needed, pluginId }));
    }
}

void TestDependencyGraph::malformedDynamicSection()
{
    // A dynamic section pointing past the end of the file: the file stays in the graph without edges, with the reason.
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/app");
    QByteArray bytes = Test::readFile(Test::elfFixture(QStringLiteral("libfxa.so")));
    QVERIFY(!bytes.isEmpty());
    const qsizetype truncateAt = bytes.size() / 2;
    QVERIFY(Test::writeFile(root + QStringLiteral("/libfxa.so.1"), bytes.left(truncateAt)));
    QVERIFY(copyFixture(QStringLiteral("fxmod.cpython-311-x86_64-linux-gnu.so"), root, s_module));
    const ScanResult scanned = scanFolder(root);
    QVERIFY(scanned.dependencies);
    const NodeId broken = scanned.tree->findPath(QStringLiteral("libfxa.so.1"));
    const DependencyGraph& graph = *scanned.dependencies;
    QVERIFY(graph.contains(broken));
    QVERIFY(graph.needs(broken).empty());
    QVERIFY2(!graph.readError(broken).isEmpty(), "a truncated file must say why its imports are unknown");
    // The module still finds it through the contents folder.
    QCOMPARE(graph.needs(scanned.tree->findPath(s_module)).front().node, broken);
}

void TestDependencyGraph::cancelled()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/app");
    QVERIFY(copyFixture(QStringLiteral("libfxb.so"), root, QStringLiteral("libfxb.so")));
    FolderSource source(root);
    const CancellationToken token;
    Result<ScanResult> scanned = source.scan(token, {});
    QVERIFY(scanned);
    token.cancel();
    const Result<DependencyGraphPtr> graph = DependencyGraphBuilder::build(*scanned->tree, *scanned->reader, token);
    QVERIFY(!graph);
    QCOMPARE(graph.error().code, Error::Code::Cancelled);
}

void TestDependencyGraph::executableLibrary()
{
    // libc.so.6 and libQt5Core.so.5 carry a PT_INTERP: such a file with a SONAME is a library, not a root (before,
    // `why` said "it is a root" and it kept whatever it needs alive).
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/app");
    QVERIFY(copyFixture(QStringLiteral("libfxexec.so"), root, QStringLiteral("fxpkg/lib/libfxexec.so.1")));
    QVERIFY(copyFixture(QStringLiteral("fxmod.cpython-311-x86_64-linux-gnu.so"), root, s_module));
    QVERIFY(copyFixture(QStringLiteral("libfxa.so"), root, QStringLiteral("fxpkg/lib/libfxa.so.1")));
    QVERIFY(copyFixture(QStringLiteral("libfxb.so"), root, QStringLiteral("fxpkg/lib/libfxb.so")));
    const ScanResult scanned = scanFolder(root);
    QVERIFY(scanned.dependencies);
    const DependencyGraph& graph = *scanned.dependencies;
    const NodeId library = scanned.tree->findPath(QStringLiteral("fxpkg/lib/libfxexec.so.1"));
    QVERIFY(graph.contains(library));
    QCOMPARE(graph.rootKind(library), DependencyGraph::RootKind::None);
    QVERIFY(!graph.isRoot(library));
    QCOMPARE(graph.unreferenced(), std::vector<NodeId> { library });
}

void TestDependencyGraph::programs_data()
{
    QTest::addColumn<bool>("withModule"); // an extension module that links libfxa too
    QTest::addRow("program and extension module") << true;
    QTest::addRow("program alone") << false;
}

void TestDependencyGraph::programs()
{
    // A test program (bin/fxprog) needs libfxa -> libfxb, as the module does. Programs are no roots: with the module,
    // the chain goes through the module; without it, the libraries are reported with the program that needs them, not
    // as if nothing did.
    QFETCH(bool, withModule);
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/app");
    QVERIFY(copyFixture(QStringLiteral("fxprog"), root, QStringLiteral("bin/fxprog")));
    QVERIFY(copyFixture(QStringLiteral("libfxa.so"), root, QStringLiteral("fxpkg/lib/libfxa.so.1")));
    QVERIFY(copyFixture(QStringLiteral("libfxb.so"), root, QStringLiteral("fxpkg/lib/libfxb.so")));
    if (withModule)
        QVERIFY(copyFixture(QStringLiteral("fxmod.cpython-311-x86_64-linux-gnu.so"), root, s_module));
    QVERIFY(QFile::setPermissions(
        root + QStringLiteral("/bin/fxprog"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const ScanResult scanned = scanFolder(root);
    QVERIFY(scanned.dependencies);
    const BundleTree& tree = *scanned.tree;
    const DependencyGraph& graph = *scanned.dependencies;
    const NodeId program = tree.findPath(QStringLiteral("bin/fxprog"));
    const NodeId a = tree.findPath(QStringLiteral("fxpkg/lib/libfxa.so.1"));
    const NodeId b = tree.findPath(QStringLiteral("fxpkg/lib/libfxb.so"));
    QCOMPARE(graph.rootKind(program), DependencyGraph::RootKind::Program);
    QVERIFY(!graph.isRoot(program));
    QCOMPARE(graph.neededByDirectly(a).size(), std::size_t(withModule ? 2 : 1));
    QCOMPARE(graph.programsNeeding(b), std::vector<NodeId> { program });

    AnalysisContext context { tree, *scanned.reader, CancellationToken() };
    context.dependencies = scanned.dependencies;
    const std::vector<Candidate> candidates = UnreferencedLibrariesAnalyzer().analyze(context);
    QCOMPARE(candidates.size(), std::size_t(1));
    const Candidate& candidate = candidates.front();
    QCOMPARE(candidate.id, QStringLiteral("unreferenced:bin/fxprog"));
    if (withModule) {
        QCOMPARE(graph.neededBy(b), (std::vector<NodeId> { b, a, tree.findPath(s_module) }));
        QCOMPARE(graph.unreferenced(), std::vector<NodeId> { program });
        QCOMPARE(candidate.files.size(), std::size_t(1));
        return;
    }
    QVERIFY(graph.neededBy(b).empty());
    std::vector<NodeId> expected { program, a, b };
    std::sort(expected.begin(), expected.end());
    QCOMPARE(graph.unreferenced(), expected);
    // The program's candidate removes the libraries only it needs, and says so.
    QCOMPARE(candidate.files.size(), std::size_t(3));
    QCOMPARE(candidate.saving, tree.size(program) + tree.size(a) + tree.size(b));
    QVERIFY2(candidate.why.contains(QLatin1String("fxpkg/lib/libfxb.so")), qPrintable(candidate.why));
}

void TestDependencyGraph::chainPrefersOwnPackage()
{
    // Real torch: functorch/_C links libtorch_cpu directly, torch/_C reaches it through libtorch_python. The shortest
    // chain named functorch; what the app imports to use torch's library is torch/_C. Here: other/_C (a module of
    // another package) links libfxb directly, fxpkg's module reaches fxpkg/lib/libfxb through libfxa.
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/app");
    QVERIFY(copyFixture(QStringLiteral("fxmod.cpython-311-x86_64-linux-gnu.so"), root, s_module));
    QVERIFY(Test::writeFile(root + QStringLiteral("/fxpkg/__init__.py"), "x = 1\n"));
    QVERIFY(copyFixture(QStringLiteral("libfxa.so"), root, QStringLiteral("fxpkg/lib/libfxa.so.1")));
    QVERIFY(copyFixture(QStringLiteral("libfxb.so"), root, QStringLiteral("fxpkg/lib/libfxb.so")));
    const QString other = QStringLiteral("other/_C.cpython-311-x86_64-linux-gnu.so");
    QVERIFY(copyFixture(QStringLiteral("libfxa.so"), root, other)); // libfxa needs libfxb
    QVERIFY(Test::writeFile(root + QStringLiteral("/other/__init__.py"), "x = 1\n"));
    const ScanResult scanned = scanFolder(root);
    QVERIFY(scanned.dependencies);
    const BundleTree& tree = *scanned.tree;
    const DependencyGraph& graph = *scanned.dependencies;
    const NodeId module = tree.findPath(s_module), otherModule = tree.findPath(other);
    const NodeId a = tree.findPath(QStringLiteral("fxpkg/lib/libfxa.so.1"));
    const NodeId b = tree.findPath(QStringLiteral("fxpkg/lib/libfxb.so"));
    QCOMPARE(graph.rootKind(otherModule), DependencyGraph::RootKind::ExtensionModule);
    QVERIFY(tree.package(otherModule) != tree.package(b));
    QCOMPARE(graph.neededBy(b), (std::vector<NodeId> { b, otherModule })); // the shortest chain
    QCOMPARE(DependencyExplanation::chain(tree, graph, b), (std::vector<NodeId> { b, a, module }));
    // With no root of its own package, the shortest chain still explains it.
    QCOMPARE(graph.neededBy(b, [](NodeId) { return false; }), (std::vector<NodeId> { b, otherModule }));
}

QTEST_GUILESS_MAIN(TestDependencyGraph)
#include "tst_dependencygraph.moc"
