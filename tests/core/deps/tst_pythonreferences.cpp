// SPDX-License-Identifier: GPL-3.0-or-later
// Libraries that Python code loads by name (ctypes): found in the string constants of a loose .pyc, a PYZ module in
// the launcher and the literals of a loose .py, they become roots of kind PythonCode and stop being "unreferenced".
// Also the string walker over marshalled code objects, UPX-packed libraries (opaque, never unreferenced), and Python
// modules or native files that cannot be read (an error on them, no library called unreferenced).
#include "analysis/unreferencedlibrariesanalyzer.h"
#include "analysis/upxanalyzer.h"
#include "binfmt/marshalstrings.h"
#include "demo/demorandom.h"
#include "demo/pyinstallerarchivewriter.h"
#include "demo/pythonmodulewriter.h"
#include "deps/dependencyexplanation.h"
#include "deps/dependencygraph.h"
#include "deps/dependencygraphbuilder.h"
#include "deps/pythonlibraryreferences.h"
#include "filechange.h"
#include "injectingreader.h"
#include "scan/foldersource.h"
#include "scan/scanpipeline.h"
#include "scanfolder.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {

const QString s_library = QStringLiteral("_internal/fxpkg/lib/libctypesonly.so.2");

QByteArray moduleCode(const QByteArrayList& constants)
{
    DemoRandom random(7);
    const QByteArray source = PythonModuleWriter::source(random, QStringLiteral("loader.py"), 20);
    return PythonModuleWriter::pyc(random, QStringLiteral("loader.py"), source, constants);
}

// A launcher "app" in the bundle root whose PKG holds a PYZ with the module fxpkg.loader.
QByteArray launcher(const QByteArrayList& constants)
{
    PyzWriter pyz;
    pyz.addModule("fxpkg", PyzWriter::Type::Package, moduleCode({}).mid(16));
    pyz.addModule("fxpkg.loader", PyzWriter::Type::Module, moduleCode(constants).mid(16));
    CArchiveWriter pkg;
    pkg.add("app", 's', moduleCode({}).mid(16), true);
    pkg.add("PYZ.pyz", 'z', pyz.finish(), false);
    return QByteArray(8192, '\x01') + pkg.finish();
}

bool copyFixture(const QString& fixture, const QString& to, const QByteArray& append = {})
{
    const QByteArray bytes = Test::readFile(Test::elfFixture(fixture));
    return !bytes.isEmpty() && Test::writeFile(to, bytes + append);
}

ScanResult scanFolder(const QString& root)
{
    return Test::scanFolderWithDependencies(root);
}

} // namespace

class TestPythonReferences : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void loadedFromPython_data();
    void loadedFromPython();
    void stem_data();
    void stem();
    void moduleName_data();
    void moduleName();
    void marshalStrings();
    void packedLibraries();
    void unreadableModule_data();
    void unreadableModule();
};

void TestPythonReferences::loadedFromPython_data()
{
    QTest::addColumn<QString>("where"); // "pyc", "pyz", "py", "source", "pycache" or "pycache only"
    QTest::addColumn<QByteArray>("text"); // the string constant
    QTest::addColumn<QString>("module"); // expected module, empty: still unreferenced
    QTest::addRow("pyc: file name") << QStringLiteral("pyc") << QByteArray("libctypesonly.so.2")
                                    << QStringLiteral("fxpkg.loader");
    QTest::addRow("pyc: stem, as torch builds it")
        << QStringLiteral("pyc") << QByteArray("libctypesonly") << QStringLiteral("fxpkg.loader");
    QTest::addRow("pyz: file name") << QStringLiteral("pyz") << QByteArray("libctypesonly.so.2")
                                    << QStringLiteral("fxpkg.loader");
    QTest::addRow("pyz: path, other version")
        << QStringLiteral("pyz") << QByteArray("lib/libctypesonly.so") << QStringLiteral("fxpkg.loader");
    QTest::addRow("py: literal") << QStringLiteral("py") << QByteArray("libctypesonly.so.2")
                                 << QStringLiteral("fxpkg.loader");
    // "source": the whole .py file; what the lexer must (not) take for a literal.
    QTest::addRow("source: literal after a '#' in a string")
        << QStringLiteral("source") << QByteArray("sep = '#'\nname = \"libctypesonly.so.2\"\n")
        << QStringLiteral("fxpkg.loader");
    QTest::addRow("source: literal after a comment with an apostrophe")
        << QStringLiteral("source") << QByteArray("# don't load eagerly\nname = 'libctypesonly'\n")
        << QStringLiteral("fxpkg.loader");
    QTest::addRow("source: escaped quote before the name")
        << QStringLiteral("source") << QByteArray("x = 'it\\'s'; name = 'libctypesonly.so.2'\n")
        << QStringLiteral("fxpkg.loader");
    QTest::addRow("source: only in a comment")
        << QStringLiteral("source") << QByteArray("# ctypes.CDLL('libctypesonly.so.2')\nx = 1\n") << QString();
    QTest::addRow("source: only in a docstring")
        << QStringLiteral("source") << QByteArray("\"\"\"Loads 'libctypesonly.so.2' lazily.\"\"\"\nx = 1\n")
        << QString();
    QTest::addRow("source: unterminated literal")
        << QStringLiteral("source") << QByteArray("name = 'libctypesonly.so.2\nx = 1\n") << QString();
    // CPython's cache beside (or instead of) the source: "pycache" is a cache whose source is there and does not name
    // the library (a stale cache: Python recompiles it), "pycache only" has no source.
    QTest::addRow("pycache: the source wins")
        << QStringLiteral("pycache") << QByteArray("libctypesonly.so.2") << QString();
    QTest::addRow("pycache only") << QStringLiteral("pycache only") << QByteArray("libctypesonly.so.2")
                                  << QStringLiteral("fxpkg.loader");
    QTest::addRow("pyz: another library") << QStringLiteral("pyz") << QByteArray("libother.so") << QString();
    QTest::addRow("pyc: a word, no library") << QStringLiteral("pyc") << QByteArray("ctypesonly") << QString();
}

void TestPythonReferences::loadedFromPython()
{
    QFETCH(QString, where);
    QFETCH(QByteArray, text);
    QFETCH(QString, module);
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/app");
    QVERIFY(copyFixture(QStringLiteral("liborphan.so"), root + u'/' + s_library));
    QByteArray launcherBytes = launcher(where == QLatin1String("pyz") ? QByteArrayList { text } : QByteArrayList {});
    QVERIFY(Test::writeFile(root + QStringLiteral("/app"), launcherBytes));
    QVERIFY(
        QFile::setPermissions(root + QStringLiteral("/app"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    if (where == QLatin1String("pyc"))
        QVERIFY(Test::writeFile(root + QStringLiteral("/_internal/fxpkg/loader.pyc"), moduleCode({ text })));
    if (where == QLatin1String("py"))
        QVERIFY(Test::writeFile(root + QStringLiteral("/_internal/fxpkg/loader.py"),
            "import ctypes, os\n_lib = ctypes.CDLL(os.path.join(os.path.dirname(__file__), 'lib', '" + text + "'))\n"));
    if (where == QLatin1String("source") || where == QLatin1String("pycache"))
        QVERIFY(Test::writeFile(
            root + QStringLiteral("/_internal/fxpkg/loader.py"), where == QLatin1String("source") ? text : "x = 1\n"));
    if (where.startsWith(QLatin1String("pycache")))
        QVERIFY(Test::writeFile(
            root + QStringLiteral("/_internal/fxpkg/__pycache__/loader.cpython-311.pyc"), moduleCode({ text })));

    const ScanResult scanned = scanFolder(root);
    QVERIFY(scanned.dependencies);
    const BundleTree& tree = *scanned.tree;
    const DependencyGraph& graph = *scanned.dependencies;
    const NodeId library = tree.findPath(s_library);
    QVERIFY(graph.contains(library));
    AnalysisContext context { tree, *scanned.reader, CancellationToken() };
    context.dependencies = scanned.dependencies;
    const std::vector<Candidate> candidates = UnreferencedLibrariesAnalyzer().analyze(context);
    if (module.isEmpty()) {
        QCOMPARE(graph.rootKind(library), DependencyGraph::RootKind::None);
        QCOMPARE(candidates.size(), std::size_t(1));
        return;
    }
    QCOMPARE(graph.rootKind(library), DependencyGraph::RootKind::PythonCode);
    QCOMPARE(graph.pythonModule(library), module);
    QVERIFY(graph.unreferenced().empty());
    QVERIFY(candidates.empty());
    QCOMPARE(DependencyExplanation::neededBy(tree, graph, library),
        QStringLiteral("nothing links it: it is loaded from Python code (module %1)").arg(module));
}

void TestPythonReferences::moduleName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("module");
    QTest::addRow("package") << QStringLiteral("torch/__init__.pyc") << QStringLiteral("torch");
    QTest::addRow("source") << QStringLiteral("a/b.py") << QStringLiteral("a.b");
    QTest::addRow("cache") << QStringLiteral("a/__pycache__/b.cpython-311.pyc") << QStringLiteral("a.b");
    QTest::addRow("cache, optimized") << QStringLiteral("a/b/__pycache__/c.cpython-311.opt-1.pyc")
                                      << QStringLiteral("a.b.c");
    QTest::addRow("cache of a package") << QStringLiteral("a/__pycache__/__init__.cpython-311.pyc")
                                        << QStringLiteral("a");
    QTest::addRow("cache at the top") << QStringLiteral("__pycache__/top.cpython-311.pyc") << QStringLiteral("top");
}

void TestPythonReferences::moduleName()
{
    QFETCH(QString, path);
    QFETCH(QString, module);
    QCOMPARE(PythonLibraryReferences::moduleName(path), module);
}

void TestPythonReferences::stem_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("stem");
    QTest::addRow("versioned") << QByteArray("libfoo.so.1.2") << QByteArray("libfoo");
    QTest::addRow("f-string prefix") << QByteArray("libfoo.so.") << QByteArray("libfoo");
    QTest::addRow("dylib") << QByteArray("libfoo.dylib") << QByteArray("libfoo");
    QTest::addRow("dll") << QByteArray("foo.DLL") << QByteArray("foo");
    QTest::addRow("no suffix") << QByteArray("libfoo") << QByteArray();
    QTest::addRow("so inside a word") << QByteArray("libfoo.sort") << QByteArray();
}

void TestPythonReferences::stem()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, stem);
    QCOMPARE(PythonLibraryReferences::stem(name), stem);
}

void TestPythonReferences::marshalStrings()
{
    // The demo's CPython 3.11 module: every constant and name is seen, whether the version is given or guessed.
    const QByteArray pyc = moduleCode({ "libctypesonly.so.2" });
    for (const int version : { 311, 0 }) {
        QStringList seen;
        QVERIFY(MarshalStrings::visit(
            pyc.mid(16), version, [&seen](QByteArrayView text) { seen.append(QString::fromUtf8(text)); }));
        QVERIFY(seen.contains(QStringLiteral("libctypesonly.so.2")));
        QVERIFY(seen.contains(QStringLiteral("loader.py")));
    }
    int count = 0;
    QVERIFY(MarshalStrings::visitPyc(pyc, [&count](QByteArrayView) { ++count; }));
    QVERIFY(count > 3);
    QCOMPARE(MarshalStrings::versionFromMagic(3495), 311);
    QCOMPARE(MarshalStrings::versionFromMagic(3413), 308);
    // Truncated input stops the walk, never reads past the end.
    for (qsizetype cut = 17; cut < pyc.size(); cut += 7)
        QVERIFY(!MarshalStrings::visitPyc(pyc.left(cut), [](QByteArrayView) {}));
}

void TestPythonReferences::packedLibraries()
{
    // UPX markers written into real shared objects: their imports cannot be read, so nothing is called unreferenced
    // (before: every packed library was "unreferenced" and advised), and one high-confidence finding says why.
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/app");
    const QByteArray upx = QByteArray("\0\0\0\0UPX!", 8) + QByteArray(32, '\x0d');
    QVERIFY(copyFixture(QStringLiteral("fxmod.cpython-311-x86_64-linux-gnu.so"),
        root + QStringLiteral("/fxpkg/fxmod.cpython-311-x86_64-linux-gnu.so"), upx));
    QVERIFY(copyFixture(QStringLiteral("libfxa.so"), root + QStringLiteral("/fxpkg/lib/libfxa.so.1"), upx));
    QVERIFY(copyFixture(QStringLiteral("libfxb.so"), root + QStringLiteral("/fxpkg/lib/libfxb.so"), upx));
    QVERIFY(copyFixture(QStringLiteral("liborphan.so"), root + QStringLiteral("/liborphan.so")));
    const ScanResult scanned = scanFolder(root);
    QVERIFY(scanned.dependencies);
    const DependencyGraph& graph = *scanned.dependencies;
    QCOMPARE(graph.packedCount(), 3);
    QVERIFY(graph.isPacked(scanned.tree->findPath(QStringLiteral("fxpkg/lib/libfxa.so.1"))));
    QVERIFY(graph.unreferenced().empty());
    QVERIFY(graph.needs(scanned.tree->findPath(QStringLiteral("fxpkg/lib/libfxa.so.1"))).empty());

    AnalysisContext context { *scanned.tree, *scanned.reader, CancellationToken() };
    context.dependencies = scanned.dependencies;
    QVERIFY(UnreferencedLibrariesAnalyzer().analyze(context).empty());
    const std::vector<Candidate> upxCandidates = UpxAnalyzer().analyze(context);
    int findings = 0;
    for (const Candidate& candidate : upxCandidates) {
        if (candidate.id != QLatin1String("upx:packed-elf"))
            continue;
        ++findings;
        QCOMPARE(candidate.confidence, Candidate::Confidence::High);
        QVERIFY2(candidate.title.startsWith(QLatin1String("3 shared")), qPrintable(candidate.title));
        QVERIFY(candidate.action.contains(QLatin1String("--noupx")));
        QCOMPARE(candidate.saving, quint64(0));
    }
    QCOMPARE(findings, 1);
}

void TestPythonReferences::unreadableModule_data()
{
    QTest::addColumn<int>("change");
    for (const Test::FileChange change : { Test::FileChange::Vanish, Test::FileChange::Shrink, Test::FileChange::Grow,
             Test::FileChange::Fifo, Test::FileChange::InjectReadError })
        QTest::addRow("%s", qPrintable(Test::fileChangeName(change))) << int(change);
}

void TestPythonReferences::unreadableModule()
{
    // fxpkg/loader.py is all that names the library. Unread between the scan and the analysis (which then builds the
    // graph), the library would be "unreferenced" and advised for removal: instead the module is an error and no
    // library is called unreferenced.
    QFETCH(int, change);
    const QString module = QStringLiteral("_internal/fxpkg/loader.py");
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/app");
    QVERIFY(copyFixture(QStringLiteral("liborphan.so"), root + u'/' + s_library));
    QVERIFY(Test::writeFile(root + QStringLiteral("/app"), launcher({})));
    QVERIFY(
        QFile::setPermissions(root + QStringLiteral("/app"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(Test::writeFile(root + u'/' + module,
        "import ctypes, os\n_lib = ctypes.CDLL(os.path.join(os.path.dirname(__file__), 'lib', "
        "'libctypesonly.so.2'))\n"));
    const ScanResult scanned = scanFolder(root);
    QVERIFY(scanned.dependencies);
    QVERIFY(scanned.dependencies->readFailures().empty());
    QVERIFY(scanned.dependencies->unreferenced().empty()); // the control: read, the module names the library
    const NodeId node = scanned.tree->findPath(module);
    QVERIFY(node != InvalidNode);
    std::unique_ptr<ContentReader> injecting;
    if (Test::FileChange(change) == Test::FileChange::InjectReadError)
        injecting = std::make_unique<Test::InjectingReader>(*scanned.reader, node, 20);
    else
        QVERIFY(Test::applyFileChange(root + u'/' + module, Test::FileChange(change)));

    AnalysisErrors errors;
    AnalysisContext context { *scanned.tree, injecting ? *injecting : *scanned.reader, CancellationToken() };
    context.errors = &errors;
    QVERIFY(UnreferencedLibrariesAnalyzer().analyze(context).empty());
    const std::vector<Error> reported = errors.take();
    QCOMPARE(reported.size(), std::size_t(1));
    QCOMPARE(reported.front().path, module);
    QCOMPARE(reported.front().code, Error::Code::Io);

    // The same failure while the scan builds the graph: the graph keeps it and calls nothing unreferenced.
    if (!injecting)
        return;
    const Result<DependencyGraphPtr> graph = DependencyGraphBuilder::build(*scanned.tree, *injecting, {});
    QVERIFY(graph);
    QCOMPARE((*graph)->readFailures().size(), std::size_t(1));
    QVERIFY((*graph)->unreferenced().empty());
    AnalysisErrors fromScan;
    AnalysisContext later { *scanned.tree, *scanned.reader, CancellationToken() };
    later.dependencies = *graph;
    later.errors = &fromScan;
    QVERIFY(UnreferencedLibrariesAnalyzer().analyze(later).empty());
    QCOMPARE(fromScan.take().size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestPythonReferences)
#include "tst_pythonreferences.moc"
