// SPDX-License-Identifier: GPL-3.0-or-later
// The Python import graph of a generated bundle (importbundle.py: real bytecode from CPython's compile() in a PKG and
// PYZ written by tests/support/pyiformats.py, plus .py and .pyc files on disk), scanned through the whole pipeline:
// which modules the entry script reaches and how, what ImportReachabilityAnalyzer advises, what an unsupported
// bytecode version gives, and a module file that cannot be read (an error on it, no package called unreachable).
// Also PythonSourceImports' line scanner.
#include "analysis/importreachabilityanalyzer.h"
#include "deps/importexplanation.h"
#include "deps/importgraphbuilder.h"
#include "deps/pythonsourceimports.h"
#include "filechange.h"
#include "injectingreader.h"
#include "scanfolder.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {
QStringList strings(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QLatin1String(item));
    return list;
}

// OUT/app written by importbundle.py for the given Python version of the PYZ and cookie.
bool writeBundle(const QString& out, int version, bool opaqueEntry = false)
{
    QStringList arguments { QStringLiteral(BUNDLESCOPE_IMPORTBUNDLE), out, QString::number(version) };
    if (opaqueEntry)
        arguments.append(QStringLiteral("opaque"));
    const Test::ToolRun run = Test::runTool(
        QStringLiteral("python3"), arguments, QStringLiteral("python3 (apt-get install python3)"), 60000);
    if (!run.started || run.exitCode != 0)
        qCritical("importbundle.py failed: %s %s", qPrintable(run.error), run.standardError.constData());
    return run.started && run.exitCode == 0;
}

QString chainOf(const ImportGraph& graph, const QString& module, bool lazy)
{
    const ImportGraph::ModuleId id = graph.find(module);
    return id == ImportGraph::NoModule ? QStringLiteral("(absent)")
                                       : ImportExplanation::chain(graph, graph.chainTo(id, lazy));
}
} // namespace

class TestImportGraph : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeBundle(m_dir.path(), 311));
        m_scan = Test::scanFolderWithDependencies(m_dir.filePath(QStringLiteral("app")));
        QVERIFY(m_scan.tree);
        QVERIFY2(m_scan.imports, "a bundle with an entry script gets an import graph");
        QVERIFY(m_scan.imports->isUsable());
        QCOMPARE(m_scan.imports->pythonVersion(), 311);
        QCOMPARE(m_scan.imports->notes(), QStringList());
    }
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void chains_data()
    {
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("staticChain"); // empty: no static chain
        QTest::addColumn<QString>("anyChain");
        QTest::addRow("entry imports a package")
            << QStringLiteral("mainpkg") << QStringLiteral("entry script app → mainpkg")
            << QStringLiteral("entry script app → mainpkg");
        QTest::addRow("relative from . import")
            << QStringLiteral("mainpkg.core") << QStringLiteral("entry script app → mainpkg → mainpkg.core")
            << QStringLiteral("entry script app → mainpkg → mainpkg.core");
        QTest::addRow("relative in a subpackage")
            << QStringLiteral("mainpkg.sub.sibling")
            << QStringLiteral("entry script app → mainpkg → mainpkg.sub.deep → mainpkg.sub.sibling")
            << QStringLiteral("entry script app → mainpkg → mainpkg.sub.deep → mainpkg.sub.sibling");
        QTest::addRow("EXTENDED_ARG operands")
            << QStringLiteral("bigdep") << QStringLiteral("entry script app → mainpkg → mainpkg.core → bigdep")
            << QStringLiteral("entry script app → mainpkg → mainpkg.core → bigdep");
        QTest::addRow("class body runs at import")
            << QStringLiteral("classdep") << QStringLiteral("entry script app → mainpkg.helpers → classdep")
            << QStringLiteral("entry script app → mainpkg.helpers → classdep");
        QTest::addRow("entry script functions are the app's")
            << QStringLiteral("entrylazy") << QStringLiteral("entry script app → entrylazy")
            << QStringLiteral("entry script app → entrylazy");
        QTest::addRow("function import is lazy") << QStringLiteral(
            "lazypkg") << QString() << QStringLiteral("entry script app → mainpkg.helpers → lazypkg (lazy)");
        QTest::addRow("through .py and .pyc on disk")
            << QStringLiteral("pycdep")
            << QStringLiteral("entry script app → mainpkg → srcpkg → srcpkg.part → pycpkg → pycdep")
            << QStringLiteral("entry script app → mainpkg → srcpkg → srcpkg.part → pycpkg → pycdep");
        QTest::addRow("lazy in a .py source") << QStringLiteral("lazysrc") << QString()
                                              << QStringLiteral("entry script app → mainpkg → srcpkg → lazysrc (lazy)");
        QTest::addRow("imported only by unreachable tests") << QStringLiteral("hypo") << QString() << QString();
        QTest::addRow("imported by nothing") << QStringLiteral("orphanpkg") << QString() << QString();
    }
    void chains()
    {
        QFETCH(QString, module);
        QFETCH(QString, staticChain);
        QFETCH(QString, anyChain);
        const ImportGraph& graph = *m_scan.imports;
        QCOMPARE(chainOf(graph, module, false), staticChain);
        QCOMPARE(chainOf(graph, module, true), anyChain);
    }

    // `from .. import x` one level below the top climbs above it: no module is made up.
    void relativeImportAboveTheTop()
    {
        QCOMPARE(m_scan.imports->find(QStringLiteral("nothing_above")), ImportGraph::NoModule);
        QCOMPARE(m_scan.imports->find(QStringLiteral("mainpkg.nothing_above")), ImportGraph::NoModule);
    }

    void evidence()
    {
        const ImportGraph& graph = *m_scan.imports;
        const ImportExplanation::Evidence hypo = ImportExplanation::evidence(graph, QStringLiteral("hypo"));
        QCOMPARE(hypo.modules.size(), std::size_t(2));
        QVERIFY(!hypo.isReachable());
        QCOMPARE(hypo.importers, QStringList { QStringLiteral("mainpkg.testing.util") });
        QVERIFY(hypo.onlyTests);
        QVERIFY(
            ImportExplanation::summary(graph, hypo).contains(QLatin1String("Imported only by mainpkg.testing.util")));
        const ImportExplanation::Evidence orphan = ImportExplanation::evidence(graph, QStringLiteral("orphanpkg"));
        QVERIFY(orphan.importers.isEmpty());
        QVERIFY(ImportExplanation::summary(graph, orphan).contains(QLatin1String("Nothing in the bundle imports it")));
        QVERIFY(ImportExplanation::evidence(graph, QStringLiteral("mainpkg")).isReachable());
    }

    void importerSummary_data()
    {
        QTest::addColumn<QStringList>("importers");
        QTest::addColumn<QString>("expected");
        QTest::addRow("one") << strings({ "a.b" }) << QStringLiteral("a.b");
        QTest::addRow("shared prefix") << strings({ "t.testing._internal.a", "t.testing._internal.b.c" })
                                       << QStringLiteral("t.testing._internal.* (2 module(s))");
        QTest::addRow("unrelated") << strings({ "a", "b", "c", "d", "e" }) << QStringLiteral("a, b, c and 2 more");
    }
    void importerSummary()
    {
        QFETCH(QStringList, importers);
        QFETCH(QString, expected);
        QCOMPARE(ImportExplanation::importerSummary(importers), expected);
    }

    void candidates()
    {
        AnalysisContext context { *m_scan.tree, *m_scan.reader, {} };
        context.imports = m_scan.imports;
        const std::vector<Candidate> found = ImportReachabilityAnalyzer().analyze(context);
        QStringList ids;
        for (const Candidate& candidate : found) {
            ids.append(candidate.id);
            QCOMPARE(candidate.kind, Candidate::Kind::ExcludePackage);
            QCOMPARE(candidate.confidence, Candidate::Confidence::Medium);
            QVERIFY(candidate.saving > 0);
            QCOMPARE(candidate.excludes.size(), 1);
            QVERIFY(candidate.why.contains(QLatin1String("bundlescope slim")));
        }
        ids.sort();
        QCOMPARE(ids,
            strings({ "exclude_package:hypo", "exclude_package:lazypkg", "exclude_package:lazysrc",
                "exclude_package:orphanpkg" }));
        // hypo's saving is its two PYZ members, as stored in the launcher.
        const Candidate& hypo = *std::find_if(found.begin(), found.end(),
            [](const Candidate& candidate) { return candidate.id == QLatin1String("exclude_package:hypo"); });
        quint64 bytes = 0;
        for (ImportGraph::ModuleId id : m_scan.imports->packageModules(QStringLiteral("hypo")))
            bytes += m_scan.tree->size(m_scan.imports->module(id).files.front());
        QCOMPARE(hypo.saving, bytes);
        QCOMPARE(hypo.files.size(), std::size_t(2));
    }

    // A bundle whose PYZ holds 3.13 bytecode: a note, no import read, nothing called unreachable.
    void unsupportedVersion()
    {
        QTemporaryDir dir;
        QVERIFY(writeBundle(dir.path(), 313));
        const ScanResult scan = Test::scanFolderWithDependencies(dir.filePath(QStringLiteral("app")));
        QVERIFY(scan.imports);
        QVERIFY(!scan.imports->isUsable());
        QCOMPARE(scan.imports->notes().size(), 1);
        QVERIFY2(
            scan.imports->notes().first().contains(QLatin1String("3.13")), qPrintable(scan.imports->notes().first()));
        for (std::size_t id = 0; id < scan.imports->moduleCount(); ++id) {
            const ImportGraph::Module& module = scan.imports->module(ImportGraph::ModuleId(id));
            // Only the .py sources (no bytecode version involved) have imports.
            if (!module.imports.empty())
                QVERIFY2(module.name.startsWith(QLatin1String("srcpkg")), qPrintable(module.name));
        }
        AnalysisContext context { *scan.tree, *scan.reader, {} };
        context.imports = scan.imports;
        QVERIFY(ImportReachabilityAnalyzer().analyze(context).empty());
    }

    // A folder without a PyInstaller PKG (like /usr) does not pay for an import graph, .py files or not.
    // An entry script that imports nothing readable (obfuscated, or generated like the demo's) would make every
    // package "never imported by the app": the demo bundle's headline claimed -76% before.
    void opaqueEntryScriptIsNotJudged()
    {
        QTemporaryDir dir;
        QVERIFY(writeBundle(dir.path(), 311, true));
        const ScanResult scan = Test::scanFolderWithDependencies(dir.filePath(QStringLiteral("app")));
        QVERIFY(scan.imports);
        QVERIFY(!scan.imports->isUsable());
        QVERIFY2(scan.imports->notes().join(u' ').contains(QLatin1String("imports nothing")),
            qPrintable(scan.imports->notes().join(u' ')));
        AnalysisContext context { *scan.tree, *scan.reader, CancellationToken() };
        context.imports = scan.imports;
        QVERIFY(ImportReachabilityAnalyzer().analyze(context).empty());
    }

    void plainFolderHasNoGraph()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("pkg/__init__.py")), "import os\n"));
        const ScanResult scan = Test::scanFolderWithDependencies(dir.path());
        QVERIFY(scan.tree);
        QVERIFY(!scan.imports);
    }

    void sourceImports_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("import list") << QByteArray("import a.b as c, d\n")
                                     << strings({ "a.b|0||static", "d|0||static" });
        QTest::addRow("relative from") << QByteArray("from ..x import y\nfrom . import z\n")
                                       << strings({ "x|2|y|static", "|1|z|static" });
        QTest::addRow("parenthesized") << QByteArray("from p import (a,\n    b)\nimport q\n")
                                       << strings({ "p|0|a,b|static", "q|0||static" });
        QTest::addRow("function is lazy") << QByteArray("def f():\n    import lazy\n\nimport back\n")
                                          << strings({ "lazy|0||lazy", "back|0||static" });
        QTest::addRow("class and try are static")
            << QByteArray("class K:\n    import k\ntry:\n    import t\nexcept ImportError:\n    pass\n")
            << strings({ "k|0||static", "t|0||static" });
        QTest::addRow("comments and text") << QByteArray("# import no\nx = 'import no'\n") << QStringList();
    }
    void sourceImports()
    {
        QFETCH(QByteArray, source);
        QFETCH(QStringList, expected);
        QStringList lines;
        for (const BytecodeImport& import : PythonSourceImports::scan(source)) {
            QStringList from;
            for (const QByteArray& name : import.fromList)
                from.append(QString::fromUtf8(name));
            lines.append(QStringLiteral("%1|%2|%3|%4")
                             .arg(QString::fromUtf8(import.name))
                             .arg(import.level)
                             .arg(from.join(u','), import.lazy ? QStringLiteral("lazy") : QStringLiteral("static")));
        }
        QCOMPARE(lines, expected);
    }

    // srcpkg/part.py, a source file on disk, is all that imports pycpkg. Unread (it vanished, shrank, grew, became a
    // FIFO or fails to read between the scan and the analysis, which then builds the graph), pycpkg would be "never
    // imported" and advised for exclusion: instead the file is an error and no package is called unreachable.
    void unreadableModule_data()
    {
        QTest::addColumn<int>("change");
        for (const Test::FileChange change : { Test::FileChange::Vanish, Test::FileChange::Shrink,
                 Test::FileChange::Grow, Test::FileChange::Fifo, Test::FileChange::InjectReadError })
            QTest::addRow("%s", qPrintable(Test::fileChangeName(change))) << int(change);
    }
    void unreadableModule()
    {
        QFETCH(int, change);
        const QString module = QStringLiteral("_internal/srcpkg/part.py");
        QTemporaryDir dir;
        QVERIFY(writeBundle(dir.path(), 311));
        const QString root = dir.filePath(QStringLiteral("app"));
        const ScanResult scan = Test::scanFolderWithDependencies(root);
        QVERIFY(scan.tree);
        const NodeId node = scan.tree->findPath(module);
        QVERIFY(node != InvalidNode);
        std::unique_ptr<ContentReader> injecting;
        if (Test::FileChange(change) == Test::FileChange::InjectReadError)
            injecting = std::make_unique<Test::InjectingReader>(*scan.reader, node, 4);
        else
            QVERIFY(Test::applyFileChange(root + u'/' + module, Test::FileChange(change), 3));
        AnalysisErrors errors;
        AnalysisContext context { *scan.tree, injecting ? *injecting : *scan.reader, CancellationToken() };
        context.errors = &errors;
        const std::vector<Candidate> found = ImportReachabilityAnalyzer().analyze(context);
        const std::vector<Error> reported = errors.take();
        QCOMPARE(reported.size(), std::size_t(1));
        QCOMPARE(reported.front().path, module);
        QCOMPARE(reported.front().code, Error::Code::Io);
        QVERIFY(found.empty());

        // The same failure while the scan builds the graph: the graph keeps it, the analysis reports it.
        if (!injecting)
            return;
        AnalysisErrors fromScan;
        AnalysisContext later { *scan.tree, *scan.reader, CancellationToken() };
        later.imports = ImportGraphBuilder::build(*scan.tree, *injecting, CancellationToken());
        later.errors = &fromScan;
        QVERIFY(later.imports);
        QCOMPARE(later.imports->readFailures().size(), std::size_t(1));
        QVERIFY(ImportReachabilityAnalyzer().analyze(later).empty());
        QCOMPARE(fromScan.take().size(), std::size_t(1));
    }
    // The control for the rows above: read as scanned, the analysis's own graph gives the same candidates as the
    // scan's, pycpkg not among them, and no error.
    void readableModule()
    {
        AnalysisErrors errors;
        AnalysisContext context { *m_scan.tree, *m_scan.reader, CancellationToken() };
        context.errors = &errors;
        const std::vector<Candidate> found = ImportReachabilityAnalyzer().analyze(context);
        QVERIFY(errors.take().empty());
        QCOMPARE(found.size(), std::size_t(4));
        for (const Candidate& candidate : found)
            QVERIFY(candidate.id != QLatin1String("exclude_package:pycpkg"));
    }

private:
    QTemporaryDir m_dir;
    ScanResult m_scan;
};

QTEST_GUILESS_MAIN(TestImportGraph)
#include "tst_importgraph.moc"
