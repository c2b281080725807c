// SPDX-License-Identifier: GPL-3.0-or-later
// The launcher of a one-folder bundle opened in place: its PKG and PYZ members add up to the file, PYZ modules are
// attributed to their packages, and the bundle's totals still count the launcher as one file.
#include "demo/pyinstallerarchivewriter.h"
#include "scan/foldersource.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {
QByteArray launcherBytes()
{
    PyzWriter pyz;
    pyz.addModule("json", PyzWriter::Type::Package, QByteArray(900, 'j'));
    pyz.addModule("json.decoder", PyzWriter::Type::Module, QByteArray(5000, 'd'));
    pyz.addModule("requests", PyzWriter::Type::Package, QByteArray(3000, 'r'));
    pyz.addModule("requests.api", PyzWriter::Type::Module, QByteArray(8000, 'a'));
    pyz.addModule("typing_extensions", PyzWriter::Type::Module, QByteArray(4000, 't'));
    CArchiveWriter pkg;
    pkg.add("pyi-contents-directory _internal", 'o', {}, false);
    pkg.add("struct", 'm', QByteArray(700, 's'), true);
    pkg.add("app", 's', QByteArray("main()\n").repeated(40), true);
    pkg.add("PYZ-00.pyz", 'z', pyz.finish(), false);
    QByteArray boot("\x7f"
                    "ELF",
        4);
    boot.append(QByteArray(20000, '\x90'));
    return boot + pkg.finish() + QByteArray(2276, '\x01');
}
} // namespace

class TestLauncherExpander : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void launcherOpensInPlace()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.filePath(QStringLiteral("app"));
        const QByteArray launcher = launcherBytes();
        QVERIFY(Test::writeFile(root + QStringLiteral("/app"), launcher));
        QVERIFY(QFile::setPermissions(
            root + QStringLiteral("/app"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(Test::writeFile(root + QStringLiteral("/_internal/base_library.zip"), QByteArray(1000, 'z')));
        QVERIFY(Test::writeFile(root + QStringLiteral("/_internal/requests/__init__.py"), QByteArray(100, 'p')));

        auto scanned = FolderSource(root).scan(CancellationToken(), {});
        QVERIFY2(scanned.hasValue(), qPrintable(scanned.error().message));
        const BundleTree& tree = *scanned->tree;
        const NodeId app = tree.findPath(u"app");
        QVERIFY(app != InvalidNode);
        QVERIFY(tree.isDirectory(app));
        QVERIFY(tree.hasFlag(app, Expandable));
        // The members are the bytes of the file: they add up to it exactly.
        QCOMPARE(tree.size(app), quint64(launcher.size()));
        QCOMPARE(tree.totalSize(), quint64(launcher.size() + 1000 + 100));
        QCOMPARE(tree.totalFiles(), 3u); // launcher, base_library.zip, __init__.py
        QCOMPARE(tree.metadata().value(QStringLiteral("pyinstaller.python_version")).toInt(), 311);

        const NodeId decoder = tree.findPath(u"app/PYZ-00.pyz/json/decoder.pyc");
        const NodeId api = tree.findPath(u"app/PYZ-00.pyz/requests/api.pyc");
        const NodeId typing = tree.findPath(u"app/PYZ-00.pyz/typing_extensions.pyc");
        QVERIFY(decoder != InvalidNode && api != InvalidNode && typing != InvalidNode);
        QVERIFY(tree.findPath(u"app/(bootloader)") != InvalidNode);
        QVERIFY(tree.findPath(u"app/(archive index)") != InvalidNode);
        QCOMPARE(tree.packageName(tree.package(decoder)), QStringLiteral("Python runtime"));
        QCOMPARE(tree.packageName(tree.package(api)), QStringLiteral("requests"));
        QCOMPARE(tree.packageName(tree.package(typing)), QStringLiteral("typing-extensions"));
        // "requests" counts its PYZ modules as well as its files in _internal/.
        const NodeId init = tree.findPath(u"_internal/requests/__init__.py");
        QCOMPARE(tree.package(init), tree.package(api));

        // Members are readable through the scan's reader: the module's marshalled code, decompressed.
        auto device = scanned->reader->open(api);
        QVERIFY(device);
        QCOMPARE(device->readAll(), QByteArray(8000, 'a'));
        auto plain = scanned->reader->open(init);
        QVERIFY(plain);
        QCOMPARE(plain->readAll(), QByteArray(100, 'p'));
    }

    void ordinaryExecutableStaysAFile()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("tool"));
        QVERIFY(Test::writeFile(root + QStringLiteral("/tool"), QByteArray(10000, 'x')));
        QVERIFY(QFile::setPermissions(root + QStringLiteral("/tool"), QFile::ReadOwner | QFile::ExeOwner));
        auto scanned = FolderSource(root).scan(CancellationToken(), {});
        QVERIFY(scanned.hasValue());
        const NodeId tool = scanned->tree->findPath(u"tool");
        QCOMPARE(scanned->tree->kind(tool), NodeKind::File);
    }

    void demoBundleLauncher()
    {
        QTemporaryDir dir;
        const QString root = Test::makeDemoBundle(dir);
        QVERIFY(!root.isEmpty());
        auto scanned = FolderSource(root).scan(CancellationToken(), {});
        QVERIFY(scanned.hasValue());
        const BundleTree& tree = *scanned->tree;
        const NodeId launcher = tree.findPath(QFileInfo(root).fileName());
        QVERIFY(launcher != InvalidNode);
        QVERIFY(tree.hasFlag(launcher, Expandable));
        QCOMPARE(tree.size(launcher), quint64(QFileInfo(tree.absolutePath(launcher)).size()));
    }
};

QTEST_GUILESS_MAIN(TestLauncherExpander)
#include "tst_launcherexpander.moc"
