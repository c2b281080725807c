// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/foldersource.h"
#include "scan/sourcefactory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <filesystem>
#include <future>
#include <set>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace BundleScope;

namespace {

// Writes content to path, creating parent folders (kept local so these tests link only the engine).
bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly)
        && file.write(content) == content.size();
}

// What an independent walk (std::filesystem + lstat) finds below a root; inodes counted once.
struct DiskTotals {
    quint64 size = 0;
    quint64 allocated = 0;
    quint32 files = 0;
    quint32 directories = 0;
    quint32 symlinks = 0;
};

DiskTotals walkWithStdFilesystem(const QString& root)
{
    DiskTotals totals;
    std::set<std::pair<dev_t, ino_t>> seen;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(root.toStdString(), ec);
         it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        struct stat st;
        if (::lstat(it->path().c_str(), &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            ++totals.directories;
            totals.allocated += quint64(st.st_blocks) * 512;
            continue;
        }
        totals.files += S_ISREG(st.st_mode) ? 1 : 0;
        totals.symlinks += S_ISLNK(st.st_mode) ? 1 : 0;
        if (seen.insert({ st.st_dev, st.st_ino }).second) {
            totals.size += quint64(st.st_size);
            totals.allocated += quint64(st.st_blocks) * 512;
        }
    }
    return totals;
}

Result<ScanResult> scanFolder(const QString& root, FolderWalker::FaultHook hook = {}, int threads = 2)
{
    FolderSource source(root);
    source.setThreadCount(threads);
    source.setFaultHook(std::move(hook));
    return source.scan(CancellationToken(), {});
}

bool makeFile(const QString& path, qint64 size)
{
    return writeFile(path, QByteArray(size, 'x'));
}

NodeId find(const BundleTree& tree, const char* path)
{
    return tree.findPath(QString::fromUtf8(path));
}

// Creates root/d/d/…/d (depth levels) and a file at the bottom, with openat so paths may exceed PATH_MAX. At level
// siblingLevel, an empty "s" next to "d" makes the scanner share "d" with the other worker, which then reopens it
// from the root in chunks.
bool makeDeepChain(const QString& root, int depth, int siblingLevel)
{
    int fd = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY);
    for (int i = 0; i < depth && fd >= 0; ++i) {
        if (i == siblingLevel && ::mkdirat(fd, "s", 0755) != 0) {
            ::close(fd);
            return false;
        }
        if (::mkdirat(fd, "d", 0755) != 0) {
            ::close(fd);
            return false;
        }
        const int next = ::openat(fd, "d", O_RDONLY | O_DIRECTORY);
        ::close(fd);
        fd = next;
    }
    if (fd < 0)
        return false;
    const int file = ::openat(fd, "bottom.txt", O_WRONLY | O_CREAT, 0644);
    const bool ok = file >= 0 && ::write(file, "deep", 4) == 4;
    ::close(file);
    ::close(fd);
    return ok;
}

// Removes the chain again without long paths: each level is renamed to the top before its parent is removed.
void removeDeepChain(const QString& root)
{
    const int rootFd = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY);
    const char* names[2] = { "d", "e" };
    for (int i = 0;; ++i) {
        const char* current = names[i % 2];
        const char* moved = names[(i + 1) % 2];
        const int fd = ::openat(rootFd, current, O_RDONLY | O_DIRECTORY);
        if (fd < 0)
            break;
        ::unlinkat(fd, "bottom.txt", 0);
        ::unlinkat(fd, "s", AT_REMOVEDIR);
        const bool hasChild = ::renameat(fd, "d", rootFd, moved) == 0;
        ::close(fd);
        ::unlinkat(rootFd, current, AT_REMOVEDIR);
        if (!hasChild)
            break;
    }
    ::close(rootFd);
}

// root/dNN/fNNNN: folders x filesPerFolder empty files, made with raw syscalls to stay fast.
bool makeManyFiles(const QString& root, int folders, int filesPerFolder)
{
    const QByteArray base = QFile::encodeName(root);
    for (int d = 0; d < folders; ++d) {
        const QByteArray dir = base + "/d" + QByteArray::number(d);
        if (::mkdir(dir.constData(), 0755) != 0)
            return false;
        const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY);
        for (int f = 0; f < filesPerFolder; ++f) {
            const int fd = ::openat(
                dirFd, QByteArray("f" + QByteArray::number(f) + ".py").constData(), O_WRONLY | O_CREAT, 0644);
            if (fd < 0)
                return false;
            ::close(fd);
        }
        ::close(dirFd);
    }
    return true;
}

// A QTemporaryDir template on tmpfs when there is one: creating 100k files or 5,000 nested folders on a busy ext4
// /tmp takes far longer than scanning them.
QString tmpfsTemplate()
{
    return QFileInfo(QStringLiteral("/dev/shm")).isWritable()
        ? QStringLiteral("/dev/shm/tst_folderscanner-XXXXXX")
        : QDir::temp().filePath(QStringLiteral("tst_folderscanner-XXXXXX"));
}

} // namespace

// Tests FolderSource (and FolderWalker, DirectoryListing, FolderContentReader, SourceFactory) on real folders made
// in QTemporaryDir.
class TestFolderScanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void totalsMatchIndependentWalk_data();
    void totalsMatchIndependentWalk();
    void symlinksAreRecordedNotFollowed();
    void hardLinksCountedOnce();
    void fifoIsNotOpened();
    void namesKeepRawBytes();
    void classifiesDuringScan();
    void unreadableFolderIsRecorded();
    void injectedErrorsAreRecorded_data();
    void injectedErrorsAreRecorded();
    void vanishingEntriesAreRecorded_data();
    void vanishingEntriesAreRecorded();
    void survivesDepth5000();
    void descriptorsStayBounded();
    void hundredThousandFiles();
    void cancelStopsWithin100ms();
    void progressIsThrottled();
    void rootErrors_data();
    void rootErrors();
    void sourceFactory_data();
    void sourceFactory();
    void contentReader();

private:
    // 100 x 1000 files shared by the large-tree tests.
    QTemporaryDir m_big { tmpfsTemplate() };
};

void TestFolderScanner::initTestCase()
{
    QVERIFY(m_big.isValid());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(makeManyFiles(m_big.path(), 100, 1000));
    qInfo("generated 100000 files in %lld ms", timer.elapsed());
}

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

void TestFolderScanner::unreadableFolderIsRecorded()
{
    // chmod 000 is a real error source only for unprivileged users; root (CI containers) bypasses it, so there the
    // same handling is exercised through the fault hook by injectedErrorsAreRecorded().
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeFile(dir.filePath(QStringLiteral("locked/secret.bin")), 10));
    QVERIFY(makeFile(dir.filePath(QStringLiteral("open/visible.bin")), 20));
    QVERIFY(::chmod(QFile::encodeName(dir.filePath(QStringLiteral("locked"))).constData(), 0) == 0);
    const Result<ScanResult> result = scanFolder(dir.path());
    ::chmod(QFile::encodeName(dir.filePath(QStringLiteral("locked"))).constData(), 0755);
    QVERIFY(result);
    const BundleTree& tree = *result->tree;
    const NodeId locked = find(tree, "locked");
    QCOMPARE(tree.kind(locked), NodeKind::Directory);
    QCOMPARE(tree.size(find(tree, "open")), quint64(20));
    if (::geteuid() == 0) {
        QCOMPARE(tree.size(locked), quint64(10)); // root reads it anyway
    } else {
        QVERIFY(tree.hasFlag(locked, HasError));
        QVERIFY(tree.error(locked).contains(QStringLiteral("Cannot open")));
        QCOMPARE(tree.childCount(locked), 0u);
    }
}

void TestFolderScanner::injectedErrorsAreRecorded_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QByteArray>("victim");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("message");
    const int open = int(FolderWalker::Step::OpenDirectory), stat = int(FolderWalker::Step::StatEntry);
    QTest::addRow("folder EACCES") << open << QByteArray("top/locked") << EACCES << QStringLiteral("Cannot open");
    QTest::addRow("deep folder EACCES (local descent)")
        << open << QByteArray("top/locked/inner") << EACCES << QStringLiteral("Cannot open");
    QTest::addRow("root EIO") << open << QByteArray("") << EIO << QStringLiteral("Cannot open");
    QTest::addRow("file EACCES") << stat << QByteArray("top/locked/data.bin") << EACCES
                                 << QStringLiteral("Cannot read this entry");
    QTest::addRow("folder stat EACCES") << stat << QByteArray("top/locked") << EACCES
                                        << QStringLiteral("Cannot read this entry");
}

void TestFolderScanner::injectedErrorsAreRecorded()
{
    QFETCH(int, step);
    QFETCH(QByteArray, victim);
    QFETCH(int, error);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeFile(dir.filePath(QStringLiteral("top/locked/data.bin")), 10));
    QVERIFY(makeFile(dir.filePath(QStringLiteral("top/locked/inner/more.bin")), 100));
    QVERIFY(makeFile(dir.filePath(QStringLiteral("top/other/fine.bin")), 1000));
    int calls = 0;
    const Result<ScanResult> result = scanFolder(dir.path(), [&](FolderWalker::Step s, QByteArrayView path) {
        if (int(s) != step || path != victim)
            return 0;
        ++calls;
        return error;
    });
    QVERIFY(result);
    QCOMPARE(calls, 1);
    const BundleTree& tree = *result->tree;
    const NodeId id = victim.isEmpty() ? tree.root() : find(tree, victim.constData());
    QVERIFY(id != InvalidNode);
    QVERIFY(tree.hasFlag(id, HasError));
    QVERIFY2(tree.error(id).contains(message), qPrintable(tree.error(id)));
    QCOMPARE(tree.errors().size(), 1);
    if (!victim.isEmpty())
        QCOMPARE(tree.size(find(tree, "top/other")), quint64(1000)); // the scan carried on
}

void TestFolderScanner::vanishingEntriesAreRecorded_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QByteArray>("victim");
    QTest::addColumn<quint64>("remaining");
    QTest::addRow("folder removed before open")
        << int(FolderWalker::Step::OpenDirectory) << QByteArray("gone") << quint64(1000);
    QTest::addRow("file removed before lstat")
        << int(FolderWalker::Step::StatEntry) << QByteArray("gone/a.bin") << quint64(1000 + 20);
}

void TestFolderScanner::vanishingEntriesAreRecorded()
{
    QFETCH(int, step);
    QFETCH(QByteArray, victim);
    QFETCH(quint64, remaining);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeFile(dir.filePath(QStringLiteral("gone/a.bin")), 10));
    QVERIFY(makeFile(dir.filePath(QStringLiteral("gone/b.bin")), 20));
    QVERIFY(makeFile(dir.filePath(QStringLiteral("stays/c.bin")), 1000));
    const QString victimPath = dir.filePath(QString::fromLatin1(victim));
    // The hook really deletes the entry after it was listed: the following syscall fails with ENOENT.
    const Result<ScanResult> result = scanFolder(dir.path(), [&](FolderWalker::Step s, QByteArrayView path) {
        if (int(s) == step && path == victim)
            QFileInfo(victimPath).isDir() ? QDir(victimPath).removeRecursively() : QFile::remove(victimPath);
        return 0;
    });
    QVERIFY(result);
    const BundleTree& tree = *result->tree;
    const NodeId id = find(tree, victim.constData());
    QVERIFY(id != InvalidNode);
    QVERIFY(tree.hasFlag(id, HasError));
    QVERIFY2(!tree.error(id).isEmpty(), "no error message");
    QCOMPARE(tree.totalSize(), remaining);
}

void TestFolderScanner::survivesDepth5000()
{
    QTemporaryDir dir(tmpfsTemplate());
    QVERIFY(dir.isValid());
    QVERIFY(makeDeepChain(dir.path(), 5000, 2500)); // 10,000-byte paths, well over PATH_MAX
    QElapsedTimer timer;
    timer.start();
    const Result<ScanResult> result = scanFolder(dir.path());
    qInfo("depth 5000 scanned in %lld ms", timer.elapsed());
    removeDeepChain(dir.path());
    QVERIFY2(result, qPrintable(result.error().toString()));
    const BundleTree& tree = *result->tree;
    QCOMPARE(tree.totalDirectories(), 5001u);
    QCOMPARE(tree.totalFiles(), 1u);
    QCOMPARE(tree.totalSize(), quint64(4));
    QVERIFY(tree.errors().isEmpty());
    const NodeId bottom = tree.findPath(QString(QStringLiteral("d/").repeated(5000) + QStringLiteral("bottom.txt")));
    QVERIFY(bottom != InvalidNode);
    QCOMPARE(tree.depth(bottom), 5001);
    QCOMPARE(tree.kind(tree.findPath(QString(QStringLiteral("d/").repeated(2500) + QStringLiteral("s")))),
        NodeKind::Directory);
}

int openDescriptors()
{
    std::error_code ec;
    int count = 0;
    for (auto it = std::filesystem::directory_iterator("/proc/self/fd", ec);
         it != std::filesystem::directory_iterator(); it.increment(ec))
        ++count;
    return count;
}

void TestFolderScanner::descriptorsStayBounded()
{
    // A spine of 600 levels with two folders each: one worker keeps descending into "b" and leaves 600 "a" jobs behind,
    // each of which would like its parent's descriptor; at most 256 may be kept (then paths from the root are used).
    QTemporaryDir dir(tmpfsTemplate());
    QVERIFY(dir.isValid());
    QByteArray path = QFile::encodeName(dir.path());
    for (int level = 0; level < 600; ++level) {
        QVERIFY(::mkdir(QByteArray(path + "/a").constData(), 0755) == 0);
        path += "/b";
        QVERIFY(::mkdir(path.constData(), 0755) == 0);
    }
    const int before = openDescriptors();
    int most = before, opens = 0;
    const Result<ScanResult> result = scanFolder(
        dir.path(),
        [&](FolderWalker::Step step, QByteArrayView) {
            if (step == FolderWalker::Step::OpenDirectory && ++opens % 20 == 0)
                most = std::max(most, openDescriptors());
            return 0;
        },
        1);
    QVERIFY(result);
    QCOMPARE(result->tree->totalDirectories(), 1200u);
    QVERIFY(result->tree->errors().isEmpty());
    qInfo("at most %d descriptors open during the scan", most - before);
    QVERIFY2(most - before <= 256 + 4, qPrintable(QStringLiteral("%1 descriptors open").arg(most - before)));
    QVERIFY2(most - before >= 200, "the parent descriptors were not kept"); // proves the budget was exercised
    QCOMPARE(openDescriptors(), before); // nothing leaked

    CancellationToken token;
    FolderSource source(dir.path());
    source.setThreadCount(1);
    source.setFaultHook([&](FolderWalker::Step, QByteArrayView) { // cancel half-way, with jobs still pending
        if (++opens == 2000)
            token.cancel();
        return 0;
    });
    QVERIFY(!source.scan(token, {}));
    QCOMPARE(openDescriptors(), before);
}

void TestFolderScanner::hundredThousandFiles()
{
    QElapsedTimer timer;
    timer.start();
    const Result<ScanResult> result = scanFolder(m_big.path());
    const qint64 ms = timer.elapsed();
    QVERIFY(result);
    qInfo("100000 files scanned in %lld ms, %zu bytes per node", ms,
        result->tree->memoryUsage() / result->tree->nodeCount());
    QCOMPARE(result->tree->totalFiles(), 100000u);
    QCOMPARE(result->tree->totalDirectories(), 100u);
    QCOMPARE(result->tree->category(find(*result->tree, "d7/f5.py")), Category::PythonSource);
    QVERIFY2(ms < 5000, "scanning 100k files took more than 5 s");
}

void TestFolderScanner::cancelStopsWithin100ms()
{
    for (int delayMs : { 0, 5, 30 }) {
        FolderSource source(m_big.path());
        CancellationToken token;
        QElapsedTimer sinceCancel;
        auto future = std::async(std::launch::async, [&] { return source.scan(token, {}); });
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
        sinceCancel.start();
        token.cancel();
        const Result<ScanResult> result = future.get();
        const qint64 ms = sinceCancel.elapsed();
        qInfo("cancel after %d ms took effect in %lld ms", delayMs, ms);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
        QVERIFY2(ms <= 100, qPrintable(QStringLiteral("cancel took %1 ms").arg(ms)));
    }
}

void TestFolderScanner::progressIsThrottled()
{
    FolderSource source(m_big.path());
    source.setThreadCount(1); // slower scan: more reports
    std::vector<qint64> times;
    std::vector<ScanProgress> reports;
    QElapsedTimer timer;
    timer.start();
    const Result<ScanResult> result = source.scan(CancellationToken(), [&](const ScanProgress& progress) {
        times.push_back(timer.elapsed());
        reports.push_back(progress);
    });
    const qint64 total = timer.elapsed();
    QVERIFY(result);
    QCOMPARE(qint64(times.size()) <= total / 50 + 1, true);
    if (total >= 150)
        QVERIFY2(!times.empty(), "no progress during a scan of more than 150 ms");
    for (std::size_t i = 1; i < times.size(); ++i) {
        QVERIFY2(times[i] - times[i - 1] >= 45,
            qPrintable(QStringLiteral("reports %1 ms apart").arg(times[i] - times[i - 1])));
        QVERIFY(reports[i].files >= reports[i - 1].files);
    }
    for (const ScanProgress& report : reports) {
        QVERIFY(report.files <= 100000);
        QVERIFY(report.currentPath.isEmpty() || report.currentPath.startsWith(u'd'));
    }
    qInfo("%zu progress reports in %lld ms", times.size(), total);
}

void TestFolderScanner::rootErrors_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<Error::Code>("code");
    QTest::addRow("missing") << QStringLiteral("nope") << Error::Code::NotFound;
    QTest::addRow("a file") << QStringLiteral("file.txt") << Error::Code::NotABundle;
    QTest::addRow("dangling symlink") << QStringLiteral("dangling") << Error::Code::NotFound;
}

void TestFolderScanner::rootErrors()
{
    QFETCH(QString, relative);
    QFETCH(Error::Code, code);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeFile(dir.filePath(QStringLiteral("file.txt")), 1));
    QVERIFY(QFile::link(QStringLiteral("nowhere"), dir.filePath(QStringLiteral("dangling"))));
    const Result<ScanResult> result = scanFolder(dir.filePath(relative));
    QVERIFY(!result);
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().path, dir.filePath(relative));
    QVERIFY(!result.error().message.isEmpty());
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

QTEST_GUILESS_MAIN(TestFolderScanner)
#include "tst_folderscanner.moc"
