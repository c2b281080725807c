// SPDX-License-Identifier: GPL-3.0-or-later
#include "binfmt/binaryformat.h"
#include "binfmt/pereader.h"
#include "peimage.h"

#include <QtTest>

using namespace BundleScope;
using Test::PeImage;

class TestPeReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void handWritten_data();
    void handWritten();
    void withoutSymbols();
    void truncatedAtEveryLength_data();
    void truncatedAtEveryLength();
    void malformed_data();
    void malformed();
};

void TestPeReader::handWritten_data()
{
    QTest::addColumn<bool>("pe32Plus");
    QTest::addColumn<quint16>("dllCharacteristics");
    QTest::addColumn<bool>("signature");
    QTest::addRow("PE32") << false << quint16(0x0140) << false;
    QTest::addRow("PE32 guard-cf") << false << quint16(0x4140) << false;
    QTest::addRow("PE32+") << true << quint16(0x0160) << false;
    QTest::addRow("PE32+ guard-cf signed") << true << quint16(0xc160) << true;
}

void TestPeReader::handWritten()
{
    QFETCH(bool, pe32Plus);
    QFETCH(quint16, dllCharacteristics);
    QFETCH(bool, signature);
    PeImage image;
    image.pe32Plus = pe32Plus;
    image.dllCharacteristics = dllCharacteristics;
    image.signature = signature;
    const QByteArray data = image.build();
    QCOMPARE(BinaryFormat::detect(data), BinaryFormat::Kind::Pe);
    QCOMPARE(BinaryFormat::detect(QByteArrayView(data).first(64)), BinaryFormat::Kind::Pe);
    const Result<PeInfo> info = PeReader::read(data);
    QVERIFY2(info, qPrintable(info.error().toString()));
    QCOMPARE(info->isPe32Plus, pe32Plus);
    QCOMPARE(info->machine, quint16(pe32Plus ? 0x8664 : 0x14c));
    QCOMPARE(info->imageBase, pe32Plus ? 0x180000000ull : 0x10000000ull);
    QCOMPARE(info->dllCharacteristics, dllCharacteristics);
    QCOMPARE(info->hasGuardCf(), (dllCharacteristics & 0x4000) != 0);
    QCOMPARE(info->isSigned(), signature);
    QVERIFY(info->isDll());
    QCOMPARE(info->directories.size(), std::size_t(16));
    QCOMPARE(info->sections.size(), std::size_t(4));
    QCOMPARE(info->sections[3].name, QStringLiteral(".debug_info"));
    QCOMPARE(info->imports, QStringList({ QStringLiteral("KERNEL32.dll"), QStringLiteral("python311.dll") }));
    QCOMPARE(info->delayImports, QStringList({ QStringLiteral("nvcuda.dll") }));
    QCOMPARE(info->symbolCount, quint32(PeImage::SymbolCount));
    QCOMPARE(info->symbolTableBytes, quint64(PeImage::SymbolCount * 18 + PeImage::StringTableSize));
    QCOMPARE(info->debugSectionBytes, quint64(0x200));
    QCOMPARE(info->debugDataBytes, quint64(0x40));
    QCOMPARE(info->debugBytes(), quint64(PeImage::SymbolCount * 18 + PeImage::StringTableSize + 0x200 + 0x40));
}

void TestPeReader::withoutSymbols()
{
    PeImage image;
    image.withSymbols = false;
    const Result<PeInfo> info = PeReader::read(image.build());
    QVERIFY2(info, qPrintable(info.error().toString()));
    QCOMPARE(info->symbolTableBytes, quint64(0));
    QCOMPARE(info->sections[3].name, QStringLiteral("/4")); // no string table to resolve it through
    QCOMPARE(info->debugBytes(), quint64(0x40));
}

void TestPeReader::truncatedAtEveryLength_data()
{
    QTest::addColumn<bool>("pe32Plus");
    QTest::addRow("PE32") << false;
    QTest::addRow("PE32+") << true;
}

void TestPeReader::truncatedAtEveryLength()
{
    QFETCH(bool, pe32Plus);
    PeImage image;
    image.pe32Plus = pe32Plus;
    const QByteArray data = image.build();
    for (qsizetype length = 0; length < data.size(); ++length) {
        const Result<PeInfo> info = PeReader::read(data.left(length));
        QVERIFY2(!info, qPrintable(QStringLiteral("truncated at %1 still parsed").arg(length)));
        QCOMPARE(info.error().code, Error::Code::Malformed);
    }
}

void TestPeReader::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    PeImage image;
    const QByteArray good = image.build();
    auto variant = [&](qsizetype at, quint64 value, int width) {
        QByteArray copy = good;
        PeImage::put(copy, at, value, width);
        return copy;
    };
    const int directories = PeImage::OptionalOffset + 96;
    const int sections = image.sectionTableOffset();
    QTest::addRow("e_lfanew past EOF") << variant(0x3c, 0x7fffffff, 4) << QStringLiteral("past the end");
    QTest::addRow("no PE signature") << variant(PeImage::PeOffset, 0x4550 + 1, 4) << QStringLiteral("signature");
    QTest::addRow("bad optional magic") << variant(PeImage::OptionalOffset, 0x999, 2) << QStringLiteral("magic");
    QTest::addRow("huge directory count") << variant(directories - 4, 0xffffffff, 4) << QStringLiteral("directories");
    QTest::addRow("huge symbol count") << variant(PeImage::CoffOffset + 12, 0xfffffff, 4) << QStringLiteral("symbol");
    QTest::addRow("string table size lies")
        << variant(PeImage::SymbolsOffset + 54, 0x7fffffff, 4) << QStringLiteral("string table");
    QTest::addRow("section raw data past EOF")
        << variant(sections + 40 + 20, 0x7ffff000, 4) << QStringLiteral("past the end");
    QTest::addRow("import RVA outside sections")
        << variant(directories + 8, 0x90000, 4) << QStringLiteral("not inside any section");
    QTest::addRow("import name RVA outside sections")
        << variant(0x400 + 12, 0x95000, 4) << QStringLiteral("not inside any section");
    QByteArray noNul = good;
    noNul.replace(0x710, 0xf0, QByteArray(0xf0, 'x'));
    noNul.replace(0x700, 16, QByteArray(16, 'n'));
    QTest::addRow("delay import name without NUL") << noNul << QStringLiteral("no terminating NUL");
    QByteArray noEnd = good; // one descriptor in the last 32 bytes of .idata, then the section ends
    noEnd.replace(0x5e0, 0x20, QByteArray(0x20, '\x01'));
    PeImage::put(noEnd, 0x5e0 + 12, 0x2100, 4);
    PeImage::put(noEnd, directories + 8, 0x21e0, 4);
    QTest::addRow("import table without end") << noEnd << QStringLiteral("no terminating entry");
    QTest::addRow("debug data past EOF") << variant(0x200 + 24, 0x7ffffff0, 4) << QStringLiteral("past the end");
    QTest::addRow("long section name past strings")
        << variant(sections + 3 * 40 + 1, 0x3939, 2) << QStringLiteral("string table");
    QTest::addRow("not PE") << QByteArray(256, 'x') << QStringLiteral("MZ");
}

void TestPeReader::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const Result<PeInfo> info = PeReader::read(data);
    QVERIFY(!info);
    QCOMPARE(info.error().code, Error::Code::Malformed);
    QVERIFY2(info.error().message.contains(message, Qt::CaseInsensitive), qPrintable(info.error().message));
}

QTEST_GUILESS_MAIN(TestPeReader)
#include "tst_pereader.moc"
