// SPDX-License-Identifier: GPL-3.0-or-later
// FolderSource on real folders: totals against an independent walk, symlinks, hard links, special files, raw names,
// classification during the scan, SourceFactory and FolderContentReader.
#include "folderfixtures.h"
#include "scan/foldersource.h"
#include "scan/sourcefactory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <future>
#include <set>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace BundleScope;
using namespace BundleScope::ScanFixtures;

class TestFolderScanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void totalsMatchIndependentWalk_data();
    void totalsMatchIndependentWalk();
    void symlinksAreRecordedNotFollowed();
    void hardLinksCountedOnce();
    void fifoIsNotOpened();
    void namesKeepRawBytes();
    void classifiesDuringScan();
    void sourceFactory_data();
    void sourceFactory();
    void contentReader();
    void readContentAcrossFoldersAndThreads();
    void nodesNumberedBreadthFirstOnEveryScan();
};

void TestFolderScanner::totalsMatchIndependentWalk_data()
{
    QTest::addColumn<int>("threads");
    QTest::addRow("1 thread") << 1;
    QTest::addRow("2 threads") << 2;
    QTest::addRow("8 threads") << 8;
}

void TestFolderScanner::totalsMatchIndependentWalk()
{
    QFETCH(int, threads);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int n = 0;
    for (const char* folder : { "", "a/", "a/b/", "a/b/c/", "_internal/", "_internal/torch/lib/", "empty/x/" }) {
        if (QByteArray(folder).startsWith("empty")) {
            QVERIFY(QDir().mkpath(dir.filePath(QString::fromLatin1(folder))));
            continue;
        }
        for (int i = 0; i < 5; ++i, ++n)
            QVERIFY(makeFile(dir.filePath(QString::fromLatin1(folder) + QStringLiteral("f%1.bin").arg(i)), n * 977));
    }
    QVERIFY(QFile::link(QStringLiteral("f1.bin"), dir.filePath(QStringLiteral("a/link"))));
    QVERIFY(::link(QFile::encodeName(dir.filePath(QStringLiteral("a/f2.bin"))).constData(),
                QFile::encodeName(dir.filePath(QStringLiteral("hard"))).constData())
        == 0);

    const DiskTotals disk = walkWithStdFilesystem(dir.path());
    const Result<ScanResult> result = scanFolder(dir.path(), {}, threads);
    QVERIFY2(result, qPrintable(result.error().toString()));
    const BundleTree& tree = *result->tree;
    QCOMPARE(tree.totalSize(), disk.size);
    QCOMPARE(tree.allocatedSize(tree.root()), disk.allocated); // the root folder's own blocks are not counted
    QCOMPARE(tree.totalFiles(), disk.files);
    QCOMPARE(tree.totalDirectories(), disk.directories);
    QCOMPARE(tree.totalSymlinks(), disk.symlinks);
    QCOMPARE(tree.nodeCount(), 1 + disk.files + disk.directories + disk.symlinks);
    // Children are one block sorted by name bytes; parents come before children.
    for (NodeId id = 0; id < tree.nodeCount(); ++id) {
        if (id != tree.root())
            QVERIFY(tree.parent(id) < id);
        const auto children = tree.children(id);
        for (NodeId child = children.first + 1; child < children.first + children.count; ++child)
            QVERIFY(tree.nameBytes(child - 1) < tree.nameBytes(child));
    }
    QCOMPARE(tree.size(find(tree, "a/b")), quint64((10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19) * 977));
}

void TestFolderScanner::symlinksAreRecordedNotFollowed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeFile(dir.filePath(QStringLiteral("real/file.txt")), 1000));
    const auto link = [&dir](const char* target, const char* name) {
        return QFile::link(QString::fromLatin1(target), dir.filePath(QString::fromLatin1(name)));
    };
    QVERIFY(link("real/file.txt", "to_file"));
    QVERIFY(link("real", "to_dir"));
    QVERIFY(link("missing/nowhere", "dangling"));
    QVERIFY(link("loop_b", "loop_a"));
    QVERIFY(link("loop_a", "loop_b"));
    QVERIFY(link(".", "real/self"));

    const Result<ScanResult> result = scanFolder(dir.path());
    QVERIFY2(result, qPrintable(result.error().toString()));
    const BundleTree& tree = *result->tree;
    const std::pair<const char*, const char*> expected[] = { { "to_file", "real/file.txt" }, { "to_dir", "real" },
        { "dangling", "missing/nowhere" }, { "loop_a", "loop_b" }, { "loop_b", "loop_a" }, { "real/self", "." } };
    for (const auto& [name, target] : expected) {
        const NodeId id = find(tree, name);
        QVERIFY2(id != InvalidNode, name);
        QCOMPARE(tree.kind(id), NodeKind::Symlink);
        QCOMPARE(tree.symlinkTarget(id), QString::fromLatin1(target));
        QCOMPARE(tree.childCount(id), 0u);
        QVERIFY(!tree.hasFlag(id, HasError));
    }
    QCOMPARE(tree.totalSymlinks(), 6u);
    QCOMPARE(tree.totalFiles(), 1u);
    QCOMPARE(tree.totalDirectories(), 1u);
    QCOMPARE(tree.size(find(tree, "real")), quint64(1000 + 1)); // the file plus the link text "."
}

void TestFolderScanner::hardLinksCountedOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeFile(dir.filePath(QStringLiteral("b/lib.so")), 50000));
    for (const char* name : { "a/lib.so", "c/lib.so" }) {
        QVERIFY(QDir().mkpath(dir.filePath(QString::fromLatin1(name).section(u'/', 0, 0))));
        QVERIFY(::link(QFile::encodeName(dir.filePath(QStringLiteral("b/lib.so"))).constData(),
                    QFile::encodeName(dir.filePath(QString::fromLatin1(name))).constData())
            == 0);
    }
    for (int run = 0; run < 3; ++run) { // the first name in path order keeps the bytes, whichever thread saw it first
        const Result<ScanResult> result = scanFolder(dir.path());
        QVERIFY(result);
        const BundleTree& tree = *result->tree;
        QCOMPARE(tree.totalSize(), quint64(50000));
        QCOMPARE(tree.totalFiles(), 3u);
        QVERIFY(!tree.hasFlag(find(tree, "a/lib.so"), HardLinkDuplicate));
        QVERIFY(tree.hasFlag(find(tree, "b/lib.so"), HardLinkDuplicate));
        QVERIFY(tree.hasFlag(find(tree, "c/lib.so"), HardLinkDuplicate));
        QCOMPARE(tree.size(find(tree, "a")), quint64(50000));
        QCOMPARE(tree.size(find(tree, "c")), quint64(0));
    }
}

void TestFolderScanner::fifoIsNotOpened()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe"))).constData(), 0755) == 0); // x bit too
    QVERIFY(makeFile(dir.filePath(QStringLiteral("after.txt")), 3));
    const Result<ScanResult> result = scanFolder(dir.path()); // opening the fifo would block forever
    QVERIFY(result);
    const NodeId pipe = find(*result->tree, "pipe");
    QCOMPARE(result->tree->kind(pipe), NodeKind::Other);
    QCOMPARE(result->tree->totalFiles(), 1u);
    QVERIFY(!result->reader->open(pipe));
}

void TestFolderScanner::namesKeepRawBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray latin1Name("caf\xe9-\xff.txt"); // not valid UTF-8
    const QByteArray utf8Name("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e-\xc3\xa9.py");
    for (const QByteArray& name : { latin1Name, utf8Name }) {
        const QByteArray path = QFile::encodeName(dir.path()) + '/' + name;
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, name.constData(), std::size_t(name.size())), ssize_t(name.size()));
        ::close(fd);
    }
    const Result<ScanResult> result = scanFolder(dir.path());
    QVERIFY(result);
    const BundleTree& tree = *result->tree;
    QCOMPARE(tree.childCount(tree.root()), 2u);
    std::set<QByteArray> names;
    for (NodeId id : tree.children(tree.root())) {
        names.insert(tree.nameBytes(id).toByteArray());
        QCOMPARE(result->reader->readHead(id, 100), tree.nameBytes(id).toByteArray()); // opened by raw bytes
    }
    QCOMPARE(names, (std::set<QByteArray> { latin1Name, utf8Name }));
    QCOMPARE(tree.name(find(tree, utf8Name.constData())), QString::fromUtf8(utf8Name));
    // QTemporaryDir removes by decoded names, which cannot reach the non-UTF-8 one.
    QCOMPARE(::unlink(QByteArray(QFile::encodeName(dir.path()) + '/' + latin1Name).constData()), 0);
}

void TestFolderScanner::classifiesDuringScan()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray elf = QByteArray::fromHex("7f454c46020101") + QByteArray(57, '\0');
    QVERIFY(writeFile(dir.filePath(QStringLiteral("launcher")), elf));
    QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("launcher")), QFile::ReadOwner | QFile::ExeOwner));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("libplain")), elf));
    QVERIFY(
        makeFile(dir.filePath(QStringLiteral("_internal/numpy/core/_multiarray.cpython-311-x86_64-linux-gnu.so")), 9));
    QVERIFY(makeFile(dir.filePath(QStringLiteral("_internal/base_library.zip")), 9));
    const Result<ScanResult> result = scanFolder(dir.path());
    QVERIFY(result);
    const BundleTree& tree = *result->tree;
    QCOMPARE(tree.category(find(tree, "launcher")), Category::Executable);
    QVERIFY(tree.hasFlag(find(tree, "launcher"), ExecutableBit));
    QCOMPARE(tree.category(find(tree, "libplain")), Category::NativeLibrary);
    QVERIFY(!tree.hasFlag(find(tree, "libplain"), ExecutableBit));
    QCOMPARE(tree.category(find(tree, "_internal/numpy/core/_multiarray.cpython-311-x86_64-linux-gnu.so")),
        Category::NativeLibrary);
    QCOMPARE(tree.category(find(tree, "_internal/base_library.zip")), Category::PythonBytecode);
    QCOMPARE(tree.category(find(tree, "_internal")), Category::None);
}

void TestFolderScanner::sourceFactory_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<Error::Code>("code");
    QTest::addRow("folder") << QStringLiteral("bundle") << Error::Code::None;
    QTest::addRow("symlink to folder") << QStringLiteral("link") << Error::Code::None;
    QTest::addRow("plain file") << QStringLiteral("bundle/app.bin") << Error::Code::NotABundle;
    QTest::addRow("missing") << QStringLiteral("missing") << Error::Code::NotFound;
    QTest::addRow("empty path") << QString() << Error::Code::NotFound;
}

void TestFolderScanner::sourceFactory()
{
    QFETCH(QString, relative);
    QFETCH(Error::Code, code);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeFile(dir.filePath(QStringLiteral("bundle/app.bin")), 7));
    QVERIFY(QFile::link(QStringLiteral("bundle"), dir.filePath(QStringLiteral("link"))));
    auto source = SourceFactory::create(relative.isEmpty() ? QString() : dir.filePath(relative));
    if (code != Error::Code::None) {
        QVERIFY(!source);
        QCOMPARE(source.error().code, code);
        return;
    }
    QVERIFY(source);
    QVERIFY(dynamic_cast<FolderSource*>(source->get()));
    const Result<ScanResult> result = (*source)->scan(CancellationToken(), {});
    QVERIFY(result);
    QCOMPARE(result->tree->totalSize(), quint64(7));
}

void TestFolderScanner::contentReader()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("pkg-1.0.dist-info/RECORD")), "pkg/__init__.py,,\n"));
    QVERIFY(QFile::link(QStringLiteral("pkg-1.0.dist-info/RECORD"), dir.filePath(QStringLiteral("link"))));
    const Result<ScanResult> result = scanFolder(dir.path());
    QVERIFY(result);
    const BundleTree& tree = *result->tree;
    const ContentReader& reader = *result->reader;
    QCOMPARE(reader.readHead(find(tree, "pkg-1.0.dist-info/RECORD"), 1000), QByteArray("pkg/__init__.py,,\n"));
    QCOMPARE(reader.readHead(find(tree, "pkg-1.0.dist-info/RECORD"), 3), QByteArray("pkg"));
    QVERIFY(!reader.open(find(tree, "pkg-1.0.dist-info")));
    QVERIFY(!reader.open(find(tree, "link")));
    QVERIFY(!reader.open(tree.root()));
    QVERIFY(!reader.open(InvalidNode));
}

// readContent() opens a file relative to the folder its thread read last (one path component instead of the whole
// path): interleaved folders, more threads than folders kept open, a symlink and a FIFO in a kept folder, a file
// removed after the scan, and the top folder must all read as plain open() would.
void TestFolderScanner::readContentAcrossFoldersAndThreads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList paths;
    for (int folder = 0; folder < 12; ++folder) {
        for (int file = 0; file < 4; ++file) {
            const QString path = QStringLiteral("d%1/sub/f%2.py").arg(folder).arg(file);
            QVERIFY(writeFile(dir.filePath(path), path.toUtf8().repeated(folder + 1)));
            paths.append(path);
        }
    }
    QVERIFY(writeFile(dir.filePath(QStringLiteral("top.py")), "top"));
    paths.append(QStringLiteral("top.py"));
    QVERIFY(QFile::link(QStringLiteral("f0.py"), dir.filePath(QStringLiteral("d0/sub/link.py"))));
    QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("d0/sub/pipe.py"))).constData(), 0644) == 0);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("d1/sub/gone.py")), "gone"));
    const Result<ScanResult> result = scanFolder(dir.path());
    QVERIFY(result);
    const BundleTree& tree = *result->tree;
    const ContentReader& reader = *result->reader;
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("d1/sub/gone.py"))));

    QCOMPARE(reader.readContent(find(tree, "d0/sub/f0.py"), 1000), QByteArray("d0/sub/f0.py"));
    QVERIFY(!reader.readContent(find(tree, "d0/sub/link.py"), 1000)); // same folder, kept open: still not followed
    QVERIFY(!reader.readContent(find(tree, "d0/sub/pipe.py"), 1000)); // not a regular file, and no blocking open
    QVERIFY(!reader.readContent(find(tree, "d1/sub/gone.py"), 1000));
    QCOMPARE(reader.readContent(find(tree, "d1/sub/f1.py"), 1000), QByteArray("d1/sub/f1.py").repeated(2));

    // 24 threads (more than the folders kept) each read every file, starting at a different one.
    std::atomic<int> wrong { 0 };
    std::vector<std::thread> threads;
    for (int t = 0; t < 24; ++t) {
        threads.emplace_back([&, t] {
            for (qsizetype i = 0; i < paths.size(); ++i) {
                const QString& path = paths.at((i + t * 5) % paths.size());
                const QByteArray expected = path == u"top.py"
                    ? QByteArray("top")
                    : path.toUtf8().repeated(path.section(u'/', 0, 0).mid(1).toInt() + 1);
                if (reader.readContent(tree.findPath(path), 1 << 20) != expected)
                    ++wrong;
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
}

void TestFolderScanner::nodesNumberedBreadthFirstOnEveryScan()
{
    // Four threads append folders in whatever order they finish them; the numbering must not show it: ties in
    // reports (the chain `why` prints, the first module naming a library) are broken by node id.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (int a = 0; a < 6; ++a) {
        for (int b = 0; b < 5; ++b) {
            for (int f = 0; f < 3; ++f)
                QVERIFY(writeFile(dir.filePath(QStringLiteral("a%1/b%2/c/f%3").arg(a).arg(b).arg(f)), "x"));
        }
    }
    QVERIFY(writeFile(dir.filePath(QStringLiteral("pkg/__init__.py")), "pass\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("pkg-1.0.dist-info/RECORD")), "pkg/__init__.py,,\n"));
    QVERIFY(QFile::link(QStringLiteral("b0/c/f0"), dir.filePath(QStringLiteral("a5/link"))));

    // What breadth-first order is, from the names alone: each folder's children sorted by name, folders in the
    // order they were reached.
    const auto breadthFirst = [](const BundleTree& tree) {
        QStringList paths { QString() };
        for (qsizetype k = 0; k < paths.size(); ++k) {
            const NodeId id = tree.findPath(paths.at(k));
            if (!tree.isDirectory(id))
                continue;
            QStringList children;
            for (const NodeId child : tree.children(id))
                children.append(tree.path(child));
            std::sort(children.begin(), children.end(), [&tree](const QString& x, const QString& y) {
                return tree.nameBytes(tree.findPath(x)) < tree.nameBytes(tree.findPath(y));
            });
            paths.append(children);
        }
        return paths;
    };
    QStringList first;
    for (int scan = 0; scan < 5; ++scan) {
        const Result<ScanResult> result = scanFolder(dir.path(), {}, 4);
        QVERIFY(result);
        const BundleTree& tree = *result->tree;
        QStringList numbered;
        for (NodeId id = 0; id < tree.nodeCount(); ++id) {
            numbered.append(tree.path(id));
            if (id > 0)
                QVERIFY(tree.parent(id) < id);
        }
        QCOMPARE(numbered, breadthFirst(tree));
        if (scan == 0)
            first = numbered;
        QCOMPARE(numbered, first);
        // Side tables and package attribution follow the nodes.
        QCOMPARE(tree.symlinkTarget(find(tree, "a5/link")), QStringLiteral("b0/c/f0"));
        QCOMPARE(tree.packageName(tree.package(find(tree, "pkg/__init__.py"))), QStringLiteral("pkg"));
        QCOMPARE(tree.totalFiles(), quint32(6 * 5 * 3 + 2));
        QCOMPARE(tree.size(find(tree, "a3")), quint64(5 * 3));
    }
}

QTEST_GUILESS_MAIN(TestFolderScanner)
#include "tst_folderscanner.moc"
