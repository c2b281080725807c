// SPDX-License-Identifier: GPL-3.0-or-later
// Dependency resolution for hand-written PE and Mach-O images (the binfmt tests' byte builders): PE same folder and
// contents folder (case-insensitive), delay-load imports; Mach-O @rpath through LC_RPATH @loader_path, system paths.
#include "../binfmt/machoimage.h"
#include "../binfmt/peimage.h"
#include "deps/dependencygraph.h"
#include "deps/importreader.h"
#include "scan/foldersource.h"
#include "scan/scanpipeline.h"
#include "testsupport.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

class TestImportFormats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void readers_data();
    void readers();
    void pe();
    void machO();
};

void TestImportFormats::readers_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::addColumn<QStringList>("needed");
    QTest::addRow("pe32") << Test::PeImage().build() << int(NativeImports::Format::Pe)
                          << QStringList { QStringLiteral("KERNEL32.dll"), QStringLiteral("python311.dll"),
                                 QStringLiteral("nvcuda.dll") };
    QTest::addRow("macho64") << Test::MachOImage().build() << int(NativeImports::Format::MachO)
                             << QStringList { QStringLiteral("/usr/lib/libSystem.B.dylib"),
                                    QStringLiteral("@rpath/libweak.dylib"), QStringLiteral("@rpath/libre.dylib") };
    QTest::addRow("text") << QByteArray("#!/bin/sh\necho hello\n") << int(NativeImports::Format::None) << QStringList();
}

void TestImportFormats::readers()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QFETCH(QStringList, needed);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const Result<NativeImports> imports = ImportReader::read(buffer);
    QVERIFY2(imports, imports ? "" : qPrintable(imports.error().toString()));
    QCOMPARE(int(imports->format), format);
    QCOMPARE(imports->needed, needed);
}

void TestImportFormats::pe()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/app");
    const QByteArray dll = Test::PeImage().build();
    QVERIFY(Test::writeFile(root + QStringLiteral("/pkg/mod.pyd"), dll));
    QVERIFY(Test::writeFile(root + QStringLiteral("/pkg/NVCUDA.DLL"), dll)); // same folder, other case
    QVERIFY(Test::writeFile(root + QStringLiteral("/Python311.dll"), dll)); // the application folder
    FolderSource source(root);
    const Result<ScanResult> scanned = ScanPipeline::run(source, {}, {});
    QVERIFY(scanned && scanned->dependencies);
    const BundleTree& tree = *scanned->tree;
    const DependencyGraph& graph = *scanned->dependencies;
    const NodeId module = tree.findPath(QStringLiteral("pkg/mod.pyd"));
    const NodeId cuda = tree.findPath(QStringLiteral("pkg/NVCUDA.DLL"));
    const NodeId python = tree.findPath(QStringLiteral("Python311.dll"));
    QCOMPARE(graph.rootKind(module), DependencyGraph::RootKind::ExtensionModule);
    QCOMPARE(graph.rootKind(python), DependencyGraph::RootKind::Runtime);
    const std::vector<DependencyGraph::Edge> needs = graph.needs(module);
    QCOMPARE(needs.size(), std::size_t(2));
    QCOMPARE(needs[0].node, python);
    QCOMPARE(needs[0].confidence, LibraryResolver::Confidence::ContentsFolder);
    QCOMPARE(needs[1].node, cuda);
    QCOMPARE(needs[1].confidence, LibraryResolver::Confidence::Loader);
    const std::vector<NodeId> chain = graph.neededBy(cuda); // the module or Python311.dll (by name): both 1 step
    QCOMPARE(chain.size(), std::size_t(2));
    QCOMPARE(chain.front(), cuda);
    QVERIFY(chain.back() == module || chain.back() == python);
    QCOMPARE(graph.systemLibraries().value(QStringLiteral("KERNEL32.dll")).size(), std::size_t(3));
}

void TestImportFormats::machO()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/app");
    const QByteArray image = Test::MachOImage().build();
    QVERIFY(Test::writeFile(root + QStringLiteral("/pkg/mod.cpython-311-darwin.so"), image));
    QVERIFY(Test::writeFile(root + QStringLiteral("/lib/libweak.dylib"), image)); // @loader_path/../lib
    QVERIFY(Test::writeFile(root + QStringLiteral("/libre.dylib"), image)); // the contents folder
    FolderSource source(root);
    const Result<ScanResult> scanned = ScanPipeline::run(source, {}, {});
    QVERIFY(scanned && scanned->dependencies);
    const BundleTree& tree = *scanned->tree;
    const DependencyGraph& graph = *scanned->dependencies;
    const NodeId module = tree.findPath(QStringLiteral("pkg/mod.cpython-311-darwin.so"));
    const NodeId foo = tree.findPath(QStringLiteral("lib/libweak.dylib"));
    const NodeId re = tree.findPath(QStringLiteral("libre.dylib"));
    const std::vector<DependencyGraph::Edge> needs = graph.needs(module);
    QCOMPARE(needs.size(), std::size_t(2));
    QCOMPARE(needs[0].node, foo);
    QCOMPARE(needs[0].confidence, LibraryResolver::Confidence::Loader);
    QCOMPARE(needs[1].node, re);
    QCOMPARE(needs[1].confidence, LibraryResolver::Confidence::ContentsFolder);
    QVERIFY(graph.unresolved(module).contains(QStringLiteral("/usr/lib/libSystem.B.dylib")));
    QCOMPARE(graph.unresolved(module), QStringList { QStringLiteral("/usr/lib/libSystem.B.dylib") });
    QCOMPARE(graph.neededBy(re), (std::vector<NodeId> { re, module }));
}

QTEST_GUILESS_MAIN(TestImportFormats)
#include "tst_importformats.moc"
