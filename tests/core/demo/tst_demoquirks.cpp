// SPDX-License-Identifier: GPL-3.0-or-later
// The quirks of real PyInstaller bundles (issue 13) that the demo bundle reproduces, checked through the product:
// a runnable shared library is a library, a library only the PYZ's Python code names is referenced, the Debian-style
// torch/lib copy and libpython3.11.so beside libpython3.11.so.1.0 are duplicates whose kept copy is the one the app
// loads, and the launcher holds a PKG. The fixture tests (deps.*, cli.why, export.launcher) guard the same code on
// minimal inputs; this one keeps the demo honest.
#include "analysis/duplicatesanalyzer.h"
#include "analysis/unreferencedlibrariesanalyzer.h"
#include "demo/demobundlegenerator.h"
#include "deps/dependencygraph.h"
#include "scan/foldersource.h"
#include "scan/scanpipeline.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

class TestDemoQuirks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void runnableLibraryIsNoRoot();
    void libraryNamedInPyz();
    void duplicatesKeepWhatIsLoaded_data();
    void duplicatesKeepWhatIsLoaded();
    void launcherHoldsPkg();

private:
    NodeId node(const QString& internalPath) const
    {
        return m_scan.tree->findPath(QString(QStringLiteral("_internal/") + internalPath));
    }
    AnalysisContext context() const
    {
        AnalysisContext context { *m_scan.tree, *m_scan.reader, CancellationToken() };
        context.dependencies = m_scan.dependencies;
        return context;
    }
    QTemporaryDir m_dir;
    QString m_bundle;
    ScanResult m_scan;
};

void TestDemoQuirks::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    DemoBundleGenerator::Options options;
    options.withCuda = false; // the quirks do not depend on CUDA; a smaller bundle scans faster
    const Result<QString> bundle = DemoBundleGenerator::generate(m_dir.path(), options);
    QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().toString()));
    m_bundle = *bundle;
    FolderSource source(m_bundle);
    Result<ScanResult> scanned = ScanPipeline::run(source, {}, {});
    QVERIFY2(scanned, qPrintable(scanned ? QString() : scanned.error().toString()));
    m_scan = std::move(*scanned);
    QVERIFY(m_scan.tree && m_scan.reader && m_scan.dependencies);
}

void TestDemoQuirks::runnableLibraryIsNoRoot()
{
    // Like libQt5Core.so.5: a PT_INTERP and a SONAME. Needed by PyQt5's extension module, so that is its chain.
    const QString path = m_bundle + QStringLiteral("/_internal/libQt5Core.so.5");
    const Test::ToolRun run
        = Test::runTool(QStringLiteral("readelf"), { QStringLiteral("-lW"), path }, QStringLiteral("binutils"));
    QVERIFY2(run.started, qPrintable(run.error));
    QVERIFY2(run.standardOutput.contains("INTERP"), run.standardOutput.constData());
    const DependencyGraph& graph = *m_scan.dependencies;
    const NodeId library = node(QStringLiteral("libQt5Core.so.5"));
    QVERIFY(graph.contains(library));
    QCOMPARE(graph.rootKind(library), DependencyGraph::RootKind::None);
    const std::vector<NodeId> chain = graph.neededBy(library);
    QCOMPARE(chain.size(), std::size_t(2));
    QCOMPARE(chain.back(), node(QStringLiteral("PyQt5/QtCore.abi3.so")));
}

void TestDemoQuirks::libraryNamedInPyz()
{
    // torch/__init__ (in the launcher's PYZ) builds 'libtorch_global_deps' + '.so' for ctypes.CDLL; nothing links it.
    const DependencyGraph& graph = *m_scan.dependencies;
    const NodeId library = node(QStringLiteral("torch/lib/libtorch_global_deps.so"));
    QVERIFY(graph.contains(library));
    QVERIFY(graph.neededByDirectly(library).empty());
    QCOMPARE(graph.rootKind(library), DependencyGraph::RootKind::PythonCode);
    QCOMPARE(graph.pythonModule(library), QStringLiteral("torch"));
    for (const Candidate& candidate : UnreferencedLibrariesAnalyzer().analyze(context())) {
        for (const Candidate::FileSaving& file : candidate.files)
            QVERIFY2(file.node != library, qPrintable(candidate.title));
    }
}

void TestDemoQuirks::duplicatesKeepWhatIsLoaded_data()
{
    QTest::addColumn<QString>("kept");
    QTest::addColumn<QString>("removed");
    // The launcher dlopen()s the name its PKG cookie gives; the other name is the wasted copy.
    QTest::addRow("libpython") << QStringLiteral("libpython3.11.so.1.0") << QStringLiteral("libpython3.11.so");
    // libtorch_python needs libshm.so.2.3; Debian's torch/lib/libshm.so symlink became a copy nothing needs.
    QTest::addRow("torch/lib copy") << QStringLiteral("libshm.so.2.3") << QStringLiteral("torch/lib/libshm.so");
}

void TestDemoQuirks::duplicatesKeepWhatIsLoaded()
{
    QFETCH(QString, kept);
    QFETCH(QString, removed);
    const NodeId keep = node(kept);
    QVERIFY(keep != InvalidNode);
    const std::vector<Candidate> candidates = DuplicatesAnalyzer().analyze(context());
    const auto found = std::find_if(
        candidates.cbegin(), candidates.cend(), [keep](const Candidate& candidate) { return candidate.keep == keep; });
    QVERIFY2(found != candidates.cend(), qPrintable(kept));
    QVERIFY(found->advised);
    QCOMPARE(found->files.size(), std::size_t(1));
    QCOMPARE(found->files.front().node, node(removed));
    QCOMPARE(found->saving, m_scan.tree->size(keep));
}

void TestDemoQuirks::launcherHoldsPkg()
{
    const BundleTree& tree = *m_scan.tree;
    const NodeId launcher = tree.findPath(QStringLiteral("inference"));
    QVERIFY(tree.hasFlag(launcher, Expandable));
    QVERIFY(tree.findPath(QStringLiteral("inference/PYZ.pyz")) != InvalidNode);
    QCOMPARE(tree.metadata().value(QStringLiteral("pyinstaller.python_library")).toString(),
        QStringLiteral("libpython3.11.so.1.0"));
}

QTEST_GUILESS_MAIN(TestDemoQuirks)
#include "tst_demoquirks.moc"
