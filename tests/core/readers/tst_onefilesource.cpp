// SPDX-License-Identifier: GPL-3.0-or-later
// OneFileSource: a one-file executable opened as a virtual bundle, with its PYZ as a package tree, content on demand.
#include "demo/pyinstallerarchivewriter.h"
#include "scan/onefilesource.h"
#include "scan/sourcefactory.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {
QByteArray buildOneFile()
{
    PyzWriter pyz;
    pyz.addModule("json", PyzWriter::Type::Package, QByteArray(900, 'j'));
    pyz.addModule("json.decoder", PyzWriter::Type::Module, QByteArray(5000, 'd'));
    pyz.addModule("torch.nn.functional", PyzWriter::Type::Module, QByteArray(20000, 'f'));
    CArchiveWriter pkg;
    pkg.add("pyi-contents-directory _internal", 'o', {}, false);
    pkg.add("main", 's', QByteArray("print('hello')\n"), true);
    pkg.add("PYZ-00.pyz", 'z', pyz.finish(), false);
    pkg.add("libpython3.11.so.1.0", 'b', QByteArray(40000, 'L'), true);
    pkg.add("torch/lib/libtorch_cpu.so", 'b', QByteArray(60000, 'T'), true);
    pkg.add("libz.so", 'n', QByteArray("libz.so.1"), true);
    QByteArray boot("\x7f"
                    "ELF",
        4);
    boot.append(QByteArray(5000, '\x90'));
    return boot + pkg.finish() + QByteArray(2276, '\x01');
}
} // namespace

class TestOneFileSource : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void opensAsVirtualTree()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("inference"));
        const QByteArray bytes = buildOneFile();
        QVERIFY(Test::writeFile(path, bytes));
        auto source = SourceFactory::create(path);
        QVERIFY2(source.hasValue(), qPrintable(source.error().message));
        auto scanned = (*source)->scan(CancellationToken(), {});
        QVERIFY2(scanned.hasValue(), qPrintable(scanned.error().message));
        const BundleTree& tree = *scanned->tree;
        QCOMPARE(tree.sourceKind(), BundleTree::SourceKind::OneFileExecutable);

        QCOMPARE(tree.metadata().value(QStringLiteral("pyinstaller.python_version")).toInt(), 311);
        QCOMPARE(tree.metadata().value(QStringLiteral("pyinstaller.bootloader_bytes")).toLongLong(), 5004 + 2276);
        QVERIFY(tree.metadata().value(QStringLiteral("pyinstaller.pyz_bytes")).toLongLong() > 0);
        QCOMPARE(tree.metadata().value(QStringLiteral("pyinstaller.options")).toStringList(),
            QStringList { QStringLiteral("pyi-contents-directory _internal") });
        const NodeId boot = tree.findPath(u"(bootloader)");
        QVERIFY(boot != InvalidNode);
        QCOMPARE(tree.size(boot), quint64(5004 + 2276));

        const NodeId lib = tree.findPath(u"torch/lib/libtorch_cpu.so");
        QVERIFY(lib != InvalidNode);
        QCOMPARE(tree.size(lib), quint64(60000));
        QVERIFY(tree.storedSize(lib) < 1000);
        QVERIFY(tree.hasFlag(lib, Compressed));

        const NodeId decoder = tree.findPath(u"PYZ-00.pyz/json/decoder.pyc");
        QVERIFY(decoder != InvalidNode);
        QCOMPARE(tree.size(decoder), quint64(5000));
        QVERIFY(tree.findPath(u"PYZ-00.pyz/json/__init__.pyc") != InvalidNode);
        QVERIFY(tree.findPath(u"PYZ-00.pyz/torch/nn/functional.pyc") != InvalidNode);

        const NodeId link = tree.findPath(u"libz.so");
        QVERIFY(link != InvalidNode);
        QCOMPARE(tree.kind(link), NodeKind::Symlink);
        QCOMPARE(tree.symlinkTarget(link), QStringLiteral("libz.so.1"));

        // Content is decompressed on demand.
        auto device = scanned->reader->open(lib);
        QVERIFY(device);
        QCOMPARE(device->readAll(), QByteArray(60000, 'T'));
        auto module = scanned->reader->open(decoder);
        QVERIFY(module);
        QCOMPARE(module->readAll(), QByteArray(5000, 'd'));
        QVERIFY(!scanned->reader->open(tree.root()));
    }

    void plainFileIsNotABundle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.bin"));
        QVERIFY(Test::writeFile(path, QByteArray(10000, 'x')));
        auto source = SourceFactory::create(path);
        QVERIFY(!source.hasValue());
        QCOMPARE(source.error().code, Error::Code::NotABundle);
        QCOMPARE(source.error().path, path);
    }

    void cancelStopsTheScan()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app"));
        QVERIFY(Test::writeFile(path, buildOneFile()));
        OneFileSource source(path);
        CancellationToken token;
        token.cancel();
        auto scanned = source.scan(token, {});
        QVERIFY(!scanned.hasValue());
        QCOMPARE(scanned.error().code, Error::Code::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestOneFileSource)
#include "tst_onefilesource.moc"
