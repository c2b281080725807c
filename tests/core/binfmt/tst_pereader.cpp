// SPDX-License-Identifier: GPL-3.0-or-later
#include "binfmt/binaryformat.h"
#include "binfmt/pereader.h"
#include "mutations.h"
#include "peimage.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
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
    void realToolchain_data();
    void realToolchain();
    void truncatedAtEveryLength_data();
    void truncatedAtEveryLength();
    void malformed_data();
    void malformed();
    void randomMutations();
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

void TestPeReader::realToolchain_data()
{
    QTest::addColumn<bool>("pe32Plus");
    QTest::addColumn<bool>("debug");
    QTest::addColumn<bool>("guard");
    QTest::addRow("PE32+ DWARF guard-cf") << true << true << true;
    QTest::addRow("PE32+ plain") << true << false << false;
    QTest::addRow("PE32 DWARF guard-cf") << false << true << true;
    QTest::addRow("PE32 DWARF") << false << true << false;
}

// Links a real DLL with clang + lld-link (imports from ext.dll, delay-loads delayed.dll, optionally /guard:cf and
// DWARF with a COFF symbol table, as MinGW builds carry) and compares the reader with binutils' strip.
void TestPeReader::realToolchain()
{
    QFETCH(bool, pe32Plus);
    QFETCH(bool, debug);
    QFETCH(bool, guard);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString d = dir.path() + QLatin1Char('/');
    QVERIFY(Test::writeFile(d + QStringLiteral("a.c"),
        "__declspec(dllimport) int ExtFunc(int);\n__declspec(dllimport) int DelayFunc(int);\n"
        "static int table[1024] = {1};\n"
        "__declspec(dllexport) int api(int x) { return ExtFunc(x) + DelayFunc(x) + table[x & 1023]; }\n"));
    QVERIFY(Test::writeFile(d + QStringLiteral("helper.c"),
        "#if defined(_M_IX86)\n#define CALLCONV __stdcall\n#else\n#define CALLCONV\n#endif\n"
        "void* CALLCONV __delayLoadHelper2(const void* descriptor, void** slot) { (void)descriptor; return *slot; "
        "}\n"));
    QVERIFY(Test::writeFile(d + QStringLiteral("ext.def"), "LIBRARY ext.dll\nEXPORTS\nExtFunc\n"));
    QVERIFY(Test::writeFile(d + QStringLiteral("delayed.def"), "LIBRARY delayed.dll\nEXPORTS\nDelayFunc\n"));
    const QString target = pe32Plus ? QStringLiteral("--target=x86_64-pc-windows-msvc")
                                    : QStringLiteral("--target=i686-pc-windows-msvc");
    const QString machine = pe32Plus ? QStringLiteral("i386:x86-64") : QStringLiteral("i386");
    const QString llvm = QStringLiteral("llvm (apt-get install llvm)");
    const QString clang = QStringLiteral("clang (apt-get install clang)");
    QStringList compileA { target, QStringLiteral("-O1"), QStringLiteral("-c"), d + QStringLiteral("a.c"),
        QStringLiteral("-o"), d + QStringLiteral("a.obj") };
    if (debug)
        compileA << QStringLiteral("-g") << QStringLiteral("-gdwarf");
    QStringList link { QStringLiteral("/dll"), QStringLiteral("/noentry"),
        QStringLiteral("/out:") + d + QStringLiteral("a.dll"),
        pe32Plus ? QStringLiteral("/machine:x64") : QStringLiteral("/machine:x86"), d + QStringLiteral("a.obj"),
        d + QStringLiteral("helper.obj"), d + QStringLiteral("ext.lib"), d + QStringLiteral("delayed.lib"),
        QStringLiteral("/delayload:delayed.dll") };
    if (debug)
        link << QStringLiteral("/debug:dwarf");
    if (guard)
        link << QStringLiteral("/guard:cf");
    const std::vector<std::tuple<QString, QStringList, QString>> steps {
        { QStringLiteral("llvm-dlltool"),
            { QStringLiteral("-m"), machine, QStringLiteral("-d"), d + QStringLiteral("ext.def"), QStringLiteral("-l"),
                d + QStringLiteral("ext.lib") },
            llvm },
        { QStringLiteral("llvm-dlltool"),
            { QStringLiteral("-m"), machine, QStringLiteral("-d"), d + QStringLiteral("delayed.def"),
                QStringLiteral("-l"), d + QStringLiteral("delayed.lib") },
            llvm },
        { QStringLiteral("clang"), compileA, clang },
        { QStringLiteral("clang"),
            { target, QStringLiteral("-O1"), QStringLiteral("-c"), d + QStringLiteral("helper.c"), QStringLiteral("-o"),
                d + QStringLiteral("helper.obj") },
            clang },
        { QStringLiteral("lld-link"), link, QStringLiteral("lld (apt-get install lld)") },
    };
    for (const auto& [program, arguments, package] : steps) {
        const Test::ToolRun run = Test::runTool(program, arguments, package);
        QVERIFY2(run.started, qPrintable(run.error));
        QVERIFY2(run.exitCode == 0, run.standardError.constData());
    }
    QFile file(d + QStringLiteral("a.dll"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<PeInfo> info = PeReader::read(file);
    QVERIFY2(info, qPrintable(info.error().toString()));
    QCOMPARE(info->isPe32Plus, pe32Plus);
    QCOMPARE(info->hasGuardCf(), guard);
    QCOMPARE(info->imports, QStringList { QStringLiteral("ext.dll") });
    QCOMPARE(info->delayImports, QStringList { QStringLiteral("delayed.dll") });
    QCOMPARE(info->debugSectionBytes > 0, debug);
    QCOMPARE(info->symbolTableBytes > 0, debug);

    QVERIFY(QFile::copy(d + QStringLiteral("a.dll"), d + QStringLiteral("stripped.dll")));
    const Test::ToolRun strip
        = Test::runTool(QStringLiteral("strip"), { d + QStringLiteral("stripped.dll") }, QStringLiteral("binutils"));
    QVERIFY2(
        strip.started && strip.exitCode == 0, qPrintable(strip.error + QString::fromLocal8Bit(strip.standardError)));
    const quint64 real = info->fileSize - quint64(QFileInfo(d + QStringLiteral("stripped.dll")).size());
    qInfo("%s: file %llu, real strip saving %llu, predicted %llu", QTest::currentDataTag(), info->fileSize, real,
        info->debugBytes());
    QVERIFY(std::abs(double(real) - double(info->debugBytes())) <= 0.02 * double(info->fileSize - real));
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

void TestPeReader::randomMutations()
{
    const Test::MutationRun run = Test::mutate(PeImage().build(), 0x800, 4000, [](const QByteArray& data) {
        const Result<PeInfo> info = PeReader::read(data);
        if (info && info->debugBytes() > quint64(data.size()))
            return std::optional<Error>(makeError(Error::Code::Io, QStringLiteral("saving beyond the file")));
        return info ? std::nullopt : std::optional<Error>(info.error());
    });
    qInfo("PE mutations: %d parsed, %d malformed, %d other", run.parsed, run.malformed, run.otherErrors);
    QCOMPARE(run.otherErrors, 0);
    QVERIFY(run.parsed > 0);
    QVERIFY(run.malformed > 0);
}

QTEST_GUILESS_MAIN(TestPeReader)
#include "tst_pereader.moc"
