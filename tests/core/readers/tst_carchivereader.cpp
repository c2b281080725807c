// SPDX-License-Identifier: GPL-3.0-or-later
// CArchiveReader and PyzReader on archives written byte for byte like PyInstaller 6 writes them, then corrupted.
#include "binfmt/carchivereader.h"
#include "binfmt/pyzreader.h"
#include "binfmt/zlibinflate.h"
#include "demo/pyinstallerarchivewriter.h"

#include <QBuffer>
#include <QTest>
#include <QtEndian>

using namespace BundleScope;

namespace {
// A bootloader stand-in that, like the real one, contains the cookie magic in its own data.
QByteArray fakeBootloader()
{
    QByteArray boot("\x7f"
                    "ELF",
        4);
    boot.append(QByteArray(3000, '\x90'));
    boot.append("MEI\014\013\012\013\016", 8); // the bootloader's search pattern constant
    boot.append(QByteArray(1000, '\0'));
    return boot;
}

QByteArray samplePyz()
{
    PyzWriter pyz;
    pyz.addModule("json", PyzWriter::Type::Package, QByteArray(900, 'j'));
    pyz.addModule("json.decoder", PyzWriter::Type::Module, QByteArray(5000, 'd'));
    pyz.addModule("json.encoder", PyzWriter::Type::Module, QByteArray(7000, 'e'));
    pyz.addModule("nspkg", PyzWriter::Type::NamespacePackage, QByteArray(10, 'n'));
    return pyz.finish();
}

// Launcher + PKG + 2,276 trailing bytes (the ELF section headers objcopy leaves after the pydata section).
QByteArray sampleOneFile(QByteArray* pyzOut = nullptr)
{
    CArchiveWriter pkg;
    pkg.add("pyi-contents-directory _internal", 'o', {}, false);
    pkg.add("struct", 'm', QByteArray(2000, 's'), true);
    pkg.add("main", 's', QByteArray("print('hello')\n").repeated(50), true);
    const QByteArray pyz = samplePyz();
    pkg.add("PYZ-00.pyz", 'z', pyz, false);
    pkg.add("libpython3.11.so.1.0", 'b', QByteArray(40000, 'L'), true);
    pkg.add("certifi/cacert.pem", 'x', QByteArray(3000, 'c'), true);
    if (pyzOut)
        *pyzOut = pyz;
    return fakeBootloader() + pkg.finish() + QByteArray(2276, '\x01');
}
} // namespace

class TestCArchiveReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void readsTableOfContents()
    {
        QByteArray data = sampleOneFile();
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto info = CArchiveReader::read(buffer);
        QVERIFY2(info.hasValue(), qPrintable(info.error().message));
        QCOMPARE(info->pythonVersion, 311);
        QCOMPARE(info->pythonLibrary, QByteArray("libpython3.11.so.1.0"));
        QCOMPARE(info->packageStart, fakeBootloader().size());
        QCOMPARE(info->cookieOffset, data.size() - 2276 - CArchiveReader::CookieSize);
        QCOMPARE(info->entries.size(), std::size_t(6));
        QCOMPARE(info->options, QStringList { QStringLiteral("pyi-contents-directory _internal") });
        const CArchiveEntry& lib = info->entries[4];
        QCOMPARE(lib.name, QByteArray("libpython3.11.so.1.0"));
        QCOMPARE(lib.typeCode, 'b');
        QVERIFY(lib.compressed);
        QCOMPARE(lib.length, 40000u);
        QVERIFY(lib.storedLength < 1000);
        auto content = CArchiveReader::readEntry(buffer, lib, 1 << 20);
        QVERIFY(content.hasValue());
        QCOMPARE(*content, QByteArray(40000, 'L'));
        auto capped = CArchiveReader::readEntry(buffer, lib, 1000);
        QVERIFY(!capped.hasValue());
        QCOMPARE(capped.error().code, Error::Code::TooLarge);
    }

    void readsEmbeddedPyz()
    {
        QByteArray pyzBytes;
        QByteArray data = sampleOneFile(&pyzBytes);
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto info = CArchiveReader::read(buffer);
        QVERIFY(info.hasValue());
        const CArchiveEntry& pyzEntry = info->entries[3];
        QCOMPARE(pyzEntry.typeCode, 'z');
        QVERIFY(!pyzEntry.compressed);
        auto pyz = PyzReader::read(buffer, pyzEntry.offset, pyzEntry.storedLength);
        QVERIFY2(pyz.hasValue(), qPrintable(pyz.error().message));
        QCOMPARE(pyz->pycMagic, QByteArray("\xa7\x0d\x0d\x0a", 4));
        QCOMPARE(pyz->entries.size(), std::size_t(4));
        QCOMPARE(pyz->entries[0].relativePath(), QByteArray("json/__init__.pyc"));
        QCOMPARE(pyz->entries[1].relativePath(), QByteArray("json/decoder.pyc"));
        QCOMPARE(pyz->entries[3].type, PyzEntry::Type::NamespacePackage);
        // Each entry is a zlib stream of the marshalled code: its real size comes back exactly.
        const PyzEntry& encoder = pyz->entries[2];
        const QByteArray stored = data.mid(encoder.offset, encoder.storedLength);
        auto size = ZlibInflate::inflatedSize(stored, 1 << 20);
        QVERIFY(size.hasValue());
        QCOMPARE(*size, quint64(7000));
        bool capped = false;
        auto cappedSize = ZlibInflate::inflatedSize(stored, 100, &capped);
        QVERIFY(cappedSize.hasValue());
        QVERIFY(capped);
    }

    void notAnArchive()
    {
        QByteArray data(100000, 'x');
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto info = CArchiveReader::read(buffer);
        QVERIFY(!info.hasValue());
        QCOMPARE(info.error().code, Error::Code::NotABundle);
    }

    void lyingCookie_data()
    {
        QTest::addColumn<int>("field"); // byte offset inside the cookie of the u32 to overwrite
        QTest::addColumn<quint32>("value");
        QTest::addRow("package longer than file") << 8 << 0x7fffffffu;
        QTest::addRow("package shorter than cookie") << 8 << 10u;
        QTest::addRow("toc offset past package") << 12 << 0x7ffffff0u;
        QTest::addRow("toc length huge") << 16 << 0xfffffff0u;
        QTest::addRow("python version absurd") << 20 << 0xffffu;
    }
    void lyingCookie()
    {
        QFETCH(int, field);
        QFETCH(quint32, value);
        QByteArray data = sampleOneFile();
        const qint64 cookie = data.size() - 2276 - CArchiveReader::CookieSize;
        qToBigEndian(value, data.data() + cookie + field);
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto info = CArchiveReader::read(buffer);
        QVERIFY(!info.hasValue());
        QVERIFY(!info.error().message.isEmpty());
    }

    // Every truncation and every single-byte corruption is either read or rejected: no crash, no hang.
    void truncatedAtEveryLength()
    {
        const QByteArray full = sampleOneFile();
        const qint64 pkgStart = fakeBootloader().size();
        for (qsizetype length = full.size(); length >= pkgStart; length -= 7) {
            QByteArray data = full.left(length);
            QBuffer buffer(&data);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            auto info = CArchiveReader::read(buffer);
            if (info.hasValue()) {
                for (const CArchiveEntry& entry : info->entries)
                    QVERIFY(entry.offset + entry.storedLength <= length);
            }
        }
    }

    void corruptedEveryByte()
    {
        const QByteArray full = sampleOneFile();
        const qint64 pkgStart = fakeBootloader().size();
        int rejected = 0;
        for (qsizetype i = pkgStart; i < full.size(); ++i) {
            QByteArray data = full;
            data[i] = char(data[i] ^ 0x5a);
            QBuffer buffer(&data);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            auto info = CArchiveReader::read(buffer);
            if (!info.hasValue()) {
                ++rejected;
                continue;
            }
            for (const CArchiveEntry& entry : info->entries) {
                (void)CArchiveReader::readEntry(buffer, entry, 1 << 20);
                if (entry.typeCode == 'z')
                    (void)PyzReader::read(buffer, entry.offset, entry.storedLength);
            }
        }
        QVERIFY(rejected > 0);
    }
};

QTEST_GUILESS_MAIN(TestCArchiveReader)
#include "tst_carchivereader.moc"
