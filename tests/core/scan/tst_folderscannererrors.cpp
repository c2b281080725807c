// SPDX-License-Identifier: GPL-3.0-or-later
// FolderSource when reading fails: unreadable folders, injected errors at every step, entries that vanish
// during the scan, and a root that cannot be scanned.
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
#include <filesystem>
#include <future>
#include <set>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace BundleScope;
using namespace BundleScope::ScanFixtures;

class TestFolderScannerErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void unreadableFolderIsRecorded();
    void injectedErrorsAreRecorded_data();
    void injectedErrorsAreRecorded();
    void vanishingEntriesAreRecorded_data();
    void vanishingEntriesAreRecorded();
    void rootErrors_data();
    void rootErrors();
};

void TestFolderScannerErrors::unreadableFolderIsRecorded()
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

void TestFolderScannerErrors::injectedErrorsAreRecorded_data()
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

void TestFolderScannerErrors::injectedErrorsAreRecorded()
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

void TestFolderScannerErrors::vanishingEntriesAreRecorded_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QByteArray>("victim");
    QTest::addColumn<quint64>("remaining");
    QTest::addRow("folder removed before open")
        << int(FolderWalker::Step::OpenDirectory) << QByteArray("gone") << quint64(1000);
    QTest::addRow("file removed before lstat")
        << int(FolderWalker::Step::StatEntry) << QByteArray("gone/a.bin") << quint64(1000 + 20);
}

void TestFolderScannerErrors::vanishingEntriesAreRecorded()
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

void TestFolderScannerErrors::rootErrors_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<Error::Code>("code");
    QTest::addRow("missing") << QStringLiteral("nope") << Error::Code::NotFound;
    QTest::addRow("a file") << QStringLiteral("file.txt") << Error::Code::NotABundle;
    QTest::addRow("dangling symlink") << QStringLiteral("dangling") << Error::Code::NotFound;
}

void TestFolderScannerErrors::rootErrors()
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

QTEST_GUILESS_MAIN(TestFolderScannerErrors)
#include "tst_folderscannererrors.moc"
