// SPDX-License-Identifier: GPL-3.0-or-later
// Reading strace logs: quoted paths, escapes, descriptor paths (-y), relative paths, paths outside the copy, and
// the untouched files and folders of a tree.
#include "slim/plainfolderscan.h"
#include "slim/tracelog.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;
using namespace BundleScope::Test;

class TestTraceLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void parsesPaths_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("touched");
        QTest::addRow("openat absolute") << QByteArray(
            "12 openat(AT_FDCWD, \"/copy/app/_internal/libz.so\", O_RDONLY) = 3")
                                         << "_internal/libz.so";
        QTest::addRow("relative") << QByteArray("12 execve(\"./app\", [\"./app\"], 0x7ffc /* 20 vars */) = 0") << "app";
        QTest::addRow("descriptor folder")
            << QByteArray("7 newfstatat(3</copy/app/_internal/torch>, \"lib\", {}, 0) = 0") << "_internal/torch";
        QTest::addRow("escaped quote") << QByteArray("7 stat(\"/copy/app/a\\\"b\", 0x1) = -1 ENOENT") << "a\"b";
        QTest::addRow("octal escape") << QByteArray("7 stat(\"/copy/app/caf\\303\\251\", 0x1) = 0")
                                      << QString::fromUtf8("caf\xc3\xa9");
        QTest::addRow("parents") << QByteArray("1 open(\"/copy/app/x/y/z.py\", O_RDONLY) = 3") << "x/y";
        QTest::addRow("dot dot") << QByteArray("1 open(\"/copy/app/x/../w.py\", O_RDONLY) = 3") << "w.py";
    }
    void parsesPaths()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, touched);
        const TraceLog log = TraceLog::parse(line + '\n', QStringLiteral("/copy/app"));
        QVERIFY2(log.touched(touched), line.constData());
        QVERIFY(log.touched(QString()));
    }

    void ignoresOutside()
    {
        const TraceLog log = TraceLog::parse("1 openat(AT_FDCWD, \"/usr/lib/libc.so.6\", O_RDONLY) = 3\n"
                                             "1 openat(AT_FDCWD, \"/copy/apple/x\", O_RDONLY) = 3\n",
            QStringLiteral("/copy/app"));
        QCOMPARE(log.size(), 0);
    }

    void untouchedSubtrees()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("app"));
        QVERIFY(writeFile(root + QStringLiteral("/used/a.so"), QByteArray(5000, 'a')));
        QVERIFY(writeFile(root + QStringLiteral("/used/big-unused.bin"), QByteArray(8000, 'b')));
        QVERIFY(writeFile(root + QStringLiteral("/used/small-unused.bin"), QByteArray(10, 'c')));
        QVERIFY(writeFile(root + QStringLiteral("/docs/x.html"), QByteArray(3000, 'd')));
        QVERIFY(writeFile(root + QStringLiteral("/docs/y.html"), QByteArray(3000, 'e')));
        const Result<ScanResult> scan = PlainFolderScan::scan(root);
        QVERIFY(scan);
        const QByteArray log = "1 openat(AT_FDCWD, \"" + root.toUtf8() + "/used/a.so\", O_RDONLY) = 3\n";
        const TraceLog trace = TraceLog::parse(log, root);
        const BundleTree& tree = *scan->tree;
        QStringList found;
        for (NodeId id : trace.untouched(tree, 1000, 10))
            found.append(tree.path(id));
        QCOMPARE(found, QStringList({ QStringLiteral("used/big-unused.bin"), QStringLiteral("docs") }));
        QCOMPARE(trace.untouched(tree, 1000, 1).size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestTraceLog)
#include "tst_tracelog.moc"
