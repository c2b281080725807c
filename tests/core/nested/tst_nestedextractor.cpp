// SPDX-License-Identifier: GPL-3.0-or-later
// NestedBundleExtractor: a wheel inside an archive or a one-file executable, written out and opened as a bundle.
#include "demo/pyinstallerarchivewriter.h"
#include "scan/nestedbundleextractor.h"
#include "scan/sourcefactory.h"
#include "testsupport.h"

#include <KTar>
#include <KZip>

#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {
const QString InnerName = QStringLiteral("torch_extras-1.0-py3-none-any.whl");

// A wheel with a package, a native library and its metadata; incompressible bytes in the library keep the outer
// container's copy of the wheel about as large as the wheel.
QByteArray makeWheel()
{
    QByteArray noise(300000, Qt::Uninitialized);
    quint32 state = 12345;
    for (char& byte : noise) {
        state = state * 1664525u + 1013904223u;
        byte = char(state >> 24);
    }
    QBuffer buffer;
    KZip zip(&buffer);
    if (!zip.open(QIODevice::WriteOnly))
        return {};
    bool ok = zip.writeFile(QStringLiteral("torch_extras/__init__.py"), QByteArray("import os\n").repeated(50));
    ok = ok && zip.writeFile(QStringLiteral("torch_extras/lib/libextras.so"), noise);
    ok = ok && zip.writeFile(QStringLiteral("torch_extras-1.0.dist-info/RECORD"), QByteArray(4000, 'r'));
    return zip.close() && ok ? buffer.data() : QByteArray();
}

bool writeArchive(KArchive& archive, const QByteArray& wheel)
{
    if (!archive.open(QIODevice::WriteOnly))
        return false;
    bool ok = archive.writeFile(QStringLiteral("dist/") + InnerName, wheel);
    ok = ok && archive.writeFile(QStringLiteral("dist/README.txt"), QByteArray("read me\n"));
    return archive.close() && ok;
}

QByteArray makeOneFile(const QByteArray& wheel)
{
    CArchiveWriter pkg;
    pkg.add("main", 's', QByteArray("print('hello')\n"), true);
    pkg.add("wheels/" + InnerName.toUtf8(), 'x', wheel, true);
    pkg.add("libpython3.11.so.1.0", 'b', QByteArray(40000, 'L'), true);
    QByteArray boot("\x7f"
                    "ELF",
        4);
    boot.append(QByteArray(5000, '\x90'));
    return boot + pkg.finish();
}

Result<ScanResult> scanPath(const QString& path)
{
    auto source = SourceFactory::create(path);
    if (!source)
        return source.error();
    return (*source)->scan(CancellationToken(), {});
}

// Hands out an endless device that cancels the token once it has produced `cancelAfter` bytes.
class CancellingReader : public ContentReader {
public:
    CancellingReader(CancellationToken token, qint64 cancelAfter)
        : m_token(std::move(token))
        , m_cancelAfter(cancelAfter)
    {
    }
    std::unique_ptr<QIODevice> open(NodeId) const override
    {
        auto device = std::make_unique<Device>(m_token, m_cancelAfter);
        device->open(QIODevice::ReadOnly);
        return device;
    }

private:
    class Device : public QIODevice {
    public:
        Device(CancellationToken token, qint64 cancelAfter)
            : m_token(std::move(token))
            , m_cancelAfter(cancelAfter)
        {
        }

    protected:
        qint64 readData(char* data, qint64 maxSize) override
        {
            std::fill_n(data, maxSize, 'w');
            m_produced += maxSize;
            if (m_produced >= m_cancelAfter)
                m_token.cancel();
            return maxSize;
        }
        qint64 writeData(const char*, qint64) override { return -1; }

    private:
        CancellationToken m_token;
        qint64 m_cancelAfter;
        qint64 m_produced = 0;
    };

    CancellationToken m_token;
    qint64 m_cancelAfter;
};
} // namespace

class TestNestedExtractor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void wheelInsideContainer_data()
    {
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("memberPath");
        QTest::addRow("zip") << QStringLiteral("release.zip") << QStringLiteral("dist/") + InnerName;
        QTest::addRow("tar.gz") << QStringLiteral("release.tar.gz") << QStringLiteral("dist/") + InnerName;
        QTest::addRow("tar.xz") << QStringLiteral("release.tar.xz") << QStringLiteral("dist/") + InnerName;
        QTest::addRow("one-file executable") << QStringLiteral("inference") << QStringLiteral("wheels/") + InnerName;
    }

    void wheelInsideContainer()
    {
        QFETCH(QString, container);
        QFETCH(QString, memberPath);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray wheel = makeWheel();
        QVERIFY(!wheel.isEmpty());
        const QString outerPath = dir.filePath(container);
        if (container == QLatin1String("inference")) {
            QVERIFY(Test::writeFile(outerPath, makeOneFile(wheel)));
        } else if (container.endsWith(QLatin1String(".zip"))) {
            KZip zip(outerPath);
            QVERIFY2(writeArchive(zip, wheel), qPrintable(zip.errorString()));
        } else {
            KTar tar(outerPath);
            QVERIFY2(writeArchive(tar, wheel), qPrintable(tar.errorString()));
        }
        const QString directPath = dir.filePath(QStringLiteral("direct/") + InnerName);
        QVERIFY(Test::writeFile(directPath, wheel));

        auto outer = scanPath(outerPath);
        QVERIFY2(outer.hasValue(), qPrintable(outer.error().toString()));
        const NodeId member = outer->tree->findPath(memberPath);
        QVERIFY(member != InvalidNode);
        QVERIFY(NestedBundleExtractor::isNestedBundle(*outer->tree, member));
        QVERIFY(!NestedBundleExtractor::isNestedBundle(*outer->tree, outer->tree->parent(member)));

        QTemporaryDir extractDir;
        QVERIFY(extractDir.isValid());
        const Result<QString> extracted = NestedBundleExtractor::extract(*outer, member, extractDir);
        QVERIFY2(extracted.hasValue(), qPrintable(extracted.error().toString()));
        QCOMPARE(QFileInfo(*extracted).fileName(), InnerName); // the name SourceFactory picks the source by
        QCOMPARE(QFileInfo(*extracted).absolutePath(), QDir(extractDir.path()).absolutePath());
        QCOMPARE(Test::readFile(*extracted), wheel);
        QCOMPARE(QDir(extractDir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { InnerName });

        auto inner = scanPath(*extracted);
        QVERIFY2(inner.hasValue(), qPrintable(inner.error().toString()));
        auto direct = scanPath(directPath);
        QVERIFY2(direct.hasValue(), qPrintable(direct.error().toString()));
        QCOMPARE(inner->tree->sourceKind(), BundleTree::SourceKind::Archive);
        QCOMPARE(inner->tree->totalFiles(), 3u);
        QCOMPARE(inner->tree->totalSize(), direct->tree->totalSize());
        QCOMPARE(inner->tree->totalFiles(), direct->tree->totalFiles());
        const NodeId lib = inner->tree->findPath(u"torch_extras/lib/libextras.so");
        QVERIFY(lib != InvalidNode);
        QCOMPARE(inner->tree->size(lib), quint64(300000));
        QCOMPARE(inner->tree->storedSize(lib),
            direct->tree->storedSize(direct->tree->findPath(u"torch_extras/lib/libextras.so")));
    }

    void cancelled_data()
    {
        QTest::addColumn<qint64>("cancelAfter");
        QTest::addRow("before the first byte") << qint64(0);
        QTest::addRow("after the first chunk") << qint64(1);
        QTest::addRow("after 3 MiB") << qint64(3 * NestedBundleExtractor::ChunkBytes);
    }

    void cancelled()
    {
        QFETCH(qint64, cancelAfter);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("big.zip"));
        {
            KZip zip(path);
            QVERIFY(writeArchive(zip, QByteArray(8 * NestedBundleExtractor::ChunkBytes, 'w')));
        }
        auto outer = scanPath(path);
        QVERIFY2(outer.hasValue(), qPrintable(outer.error().toString()));
        // The same tree, read through a reader whose member never ends and which cancels while it is copied.
        CancellationToken token;
        if (cancelAfter == 0)
            token.cancel();
        ScanResult endless { outer->tree, std::make_shared<CancellingReader>(token, cancelAfter), nullptr };
        QTemporaryDir extractDir;
        const Result<QString> extracted = NestedBundleExtractor::extract(
            endless, outer->tree->findPath(QString(QStringLiteral("dist/") + InnerName)), extractDir, token);
        QVERIFY(!extracted.hasValue());
        QCOMPARE(extracted.error().code, Error::Code::Cancelled);
        QCOMPARE(QDir(extractDir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void clearErrors_data()
    {
        QTest::addColumn<QString>("memberPath");
        QTest::addColumn<qint64>("reserve");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("folder") << QStringLiteral("dist") << qint64(0) << int(Error::Code::InvalidArgument)
                                << QStringLiteral("folder");
        QTest::addRow("root") << QString() << qint64(0) << int(Error::Code::InvalidArgument)
                              << QStringLiteral("folder");
        QTest::addRow("not enough disk space")
            << QStringLiteral("dist/") + InnerName << std::numeric_limits<qint64>::max() / 4
            << int(Error::Code::TooLarge) << QStringLiteral("free disk space");
    }

    void clearErrors()
    {
        QFETCH(QString, memberPath);
        QFETCH(qint64, reserve);
        QFETCH(int, code);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("release.zip"));
        {
            KZip zip(path);
            QVERIFY(writeArchive(zip, makeWheel()));
        }
        auto outer = scanPath(path);
        QVERIFY2(outer.hasValue(), qPrintable(outer.error().toString()));
        const NodeId node = outer->tree->findPath(memberPath);
        QVERIFY(node != InvalidNode);
        QTemporaryDir extractDir;
        const Result<QString> extracted = NestedBundleExtractor::extract(*outer, node, extractDir, {}, reserve);
        QVERIFY(!extracted.hasValue());
        QCOMPARE(int(extracted.error().code), code);
        QVERIFY2(extracted.error().message.contains(messagePart), qPrintable(extracted.error().message));
        QCOMPARE(QDir(extractDir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    // A zip whose directory records a 600 MiB wheel (patched sizes; nothing that large is written): the archive
    // reader's 512 MiB in-memory cap is reported before anything is read or written.
    void memberAboveMemoryCap()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("release.zip"));
        {
            KZip zip(path);
            QVERIFY(writeArchive(zip, QByteArray(1000, 'w')));
        }
        QByteArray bytes = Test::readFile(path);
        const QByteArray name = QByteArray("dist/") + InnerName.toUtf8();
        const quint32 claimed = 600u * 1024 * 1024;
        int patched = 0;
        // Local header: uncompressed size at 22, name at 30; central directory header: size at 24, name at 46.
        for (const auto& [signature, sizeAt, nameAt] : { std::tuple<QByteArray, int, int> { "PK\x03\x04", 22, 30 },
                 std::tuple<QByteArray, int, int> { "PK\x01\x02", 24, 46 } }) {
            for (qsizetype at = bytes.indexOf(signature); at >= 0; at = bytes.indexOf(signature, at + 4)) {
                if (bytes.mid(at + nameAt, name.size()) != name)
                    continue;
                for (int i = 0; i < 4; ++i)
                    bytes[at + sizeAt + i] = char((claimed >> (8 * i)) & 0xff);
                ++patched;
            }
        }
        QCOMPARE(patched, 2);
        QVERIFY(Test::writeFile(path, bytes));
        auto outer = scanPath(path);
        QVERIFY2(outer.hasValue(), qPrintable(outer.error().toString()));
        const NodeId member = outer->tree->findPath(QString(QStringLiteral("dist/") + InnerName));
        QVERIFY(member != InvalidNode);
        QCOMPARE(outer->tree->size(member), quint64(claimed));
        QTemporaryDir extractDir;
        const Result<QString> extracted = NestedBundleExtractor::extract(*outer, member, extractDir, {}, 0);
        QVERIFY(!extracted.hasValue());
        QCOMPARE(extracted.error().code, Error::Code::TooLarge);
        QVERIFY2(extracted.error().message.contains(QLatin1String("512")), qPrintable(extracted.error().message));
        QCOMPARE(QDir(extractDir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    // Damaged compressed data of the member itself: the extractor reports it instead of writing a short file.
    void damagedMember_data()
    {
        QTest::addColumn<QString>("container");
        QTest::addRow("deflate stream in a zip") << QStringLiteral("release.zip");
        QTest::addRow("zlib stream in a one-file executable") << QStringLiteral("inference");
    }

    void damagedMember()
    {
        QFETCH(QString, container);
        QTemporaryDir dir;
        const QString path = dir.filePath(container);
        // Decimal numbers: compressible, so both containers deflate the member, and long enough (~100 KiB deflated)
        // that the damaged range lies well inside the stream. The extractor does not care that this is no wheel.
        QByteArray inner;
        quint32 state = 777;
        while (inner.size() < 300000) {
            state = state * 1664525u + 1013904223u;
            inner += QByteArray::number(state) + '\n';
        }
        QByteArray bytes;
        if (container == QLatin1String("inference")) {
            bytes = makeOneFile(inner);
        } else {
            {
                KZip zip(path);
                QVERIFY(writeArchive(zip, inner));
            }
            bytes = Test::readFile(path);
        }
        // Overwrite the middle of the member's compressed stream: in a zip it follows the member's local header (the
        // first occurrence of its name); in a PKG it follows the 5004-byte bootloader and the short "main" script.
        qsizetype start = 5004 + 200;
        if (container != QLatin1String("inference")) {
            const qsizetype at = bytes.indexOf(InnerName.toUtf8());
            QVERIFY(at > 0);
            start = at + InnerName.size() + 64;
        }
        for (qsizetype i = start; i < start + 48; ++i)
            bytes[i] = char(0xff);
        QVERIFY(Test::writeFile(path, bytes));

        auto outer = scanPath(path);
        QVERIFY2(outer.hasValue(), qPrintable(outer.error().toString()));
        NodeId member = outer->tree->findPath(QString(QStringLiteral("dist/") + InnerName));
        if (member == InvalidNode)
            member = outer->tree->findPath(QString(QStringLiteral("wheels/") + InnerName));
        QVERIFY(member != InvalidNode);
        QTemporaryDir extractDir;
        const Result<QString> extracted = NestedBundleExtractor::extract(*outer, member, extractDir);
        QVERIFY(!extracted.hasValue());
        QCOMPARE(extracted.error().code, Error::Code::Malformed);
        QVERIFY2(extracted.error().message.contains(QLatin1String("damaged")), qPrintable(extracted.error().message));
        QVERIFY(extracted.error().path.endsWith(InnerName));
        QCOMPARE(QDir(extractDir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    // The member arrives intact but is not a valid archive: extraction succeeds, opening it says why it cannot.
    void corruptInnerArchiveFailsToOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("release.zip"));
        {
            KZip zip(path);
            QVERIFY(writeArchive(zip, QByteArray("PK\x03\x04 not really a wheel", 26)));
        }
        auto outer = scanPath(path);
        QVERIFY2(outer.hasValue(), qPrintable(outer.error().toString()));
        QTemporaryDir extractDir;
        const Result<QString> extracted = NestedBundleExtractor::extract(
            *outer, outer->tree->findPath(QString(QStringLiteral("dist/") + InnerName)), extractDir);
        QVERIFY2(extracted.hasValue(), qPrintable(extracted.error().toString()));
        auto inner = scanPath(*extracted);
        QVERIFY(!inner.hasValue());
        QCOMPARE(inner.error().code, Error::Code::Malformed);
        QCOMPARE(inner.error().path, *extracted);
    }
};

QTEST_GUILESS_MAIN(TestNestedExtractor)
#include "tst_nestedextractor.moc"
