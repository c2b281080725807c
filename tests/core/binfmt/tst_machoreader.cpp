// SPDX-License-Identifier: GPL-3.0-or-later
#include "binfmt/binaryformat.h"
#include "binfmt/machoreader.h"
#include "machoimage.h"
#include "mutations.h"
#include "testsupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace BundleScope;
using Test::MachOImage;

namespace {

MachOImage image(bool is64, bool bigEndian, bool signature = false)
{
    MachOImage result;
    result.is64 = is64;
    result.bigEndian = bigEndian;
    result.cpuType = is64 ? 0x01000007 : 18; // x86_64 or PowerPC
    result.signature = signature;
    return result;
}

void putLittle32(QByteArray& data, qsizetype at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        data[at + i] = char((value >> (8 * i)) & 0xff);
}

} // namespace

class TestMachOReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void thin_data();
    void thin();
    void fat_data();
    void fat();
    void realToolchain();
    void detect_data();
    void detect();
    void truncatedAtEveryLength_data();
    void truncatedAtEveryLength();
    void malformed_data();
    void malformed();
    void randomMutations();
};

void TestMachOReader::thin_data()
{
    QTest::addColumn<bool>("is64");
    QTest::addColumn<bool>("bigEndian");
    QTest::addColumn<bool>("signature");
    QTest::addRow("64-bit little-endian") << true << false << false;
    QTest::addRow("64-bit little-endian signed") << true << false << true;
    QTest::addRow("32-bit big-endian") << false << true << false;
    QTest::addRow("32-bit little-endian signed") << false << false << true;
}

void TestMachOReader::thin()
{
    QFETCH(bool, is64);
    QFETCH(bool, bigEndian);
    QFETCH(bool, signature);
    const QByteArray data = image(is64, bigEndian, signature).build();
    QCOMPARE(BinaryFormat::detect(data), BinaryFormat::Kind::MachO);
    const Result<MachOInfo> info = MachOReader::read(data);
    QVERIFY2(info, qPrintable(info.error().toString()));
    QVERIFY(!info->isFat);
    QCOMPARE(info->slices.size(), std::size_t(1));
    const MachOSlice& slice = info->slices[0];
    QCOMPARE(slice.is64, is64);
    QCOMPARE(slice.bigEndian, bigEndian);
    QCOMPARE(slice.fileType, quint32(6));
    QCOMPARE(slice.segments.size(), std::size_t(2));
    QCOMPARE(slice.dwarfBytes(), quint64(MachOImage::DwarfSize));
    QCOMPARE(slice.installName, QStringLiteral("@rpath/libfoo.dylib"));
    QCOMPARE(slice.dylibs,
        QStringList({ QStringLiteral("/usr/lib/libSystem.B.dylib"), QStringLiteral("@rpath/libweak.dylib"),
            QStringLiteral("@rpath/libre.dylib") }));
    QCOMPARE(slice.weakDylibs, QStringList { QStringLiteral("@rpath/libweak.dylib") });
    QCOMPARE(slice.reexportedDylibs, QStringList { QStringLiteral("@rpath/libre.dylib") });
    QCOMPARE(slice.rpaths, QStringList { QStringLiteral("@loader_path/../lib") });
    QVERIFY(slice.hasSymbolTable);
    QCOMPARE(slice.symbolCount, quint32(4));
    QCOMPARE(slice.localSymbolCount, quint32(3));
    QCOMPARE(slice.debugSymbolCount, quint32(2));
    QCOMPARE(slice.debugStringBytes, quint64(4)); // "a.c\0"; "_f" stays for the kept symbol
    QCOMPARE(slice.isSigned(), signature);
    QCOMPARE(info->isSigned(), signature);
    QCOMPARE(info->stripEstimate(), quint64(MachOImage::DwarfSize + 2 * (is64 ? 16 : 12) + 4));
}

void TestMachOReader::fat_data()
{
    QTest::addColumn<bool>("wide");
    QTest::addRow("fat_arch") << false;
    QTest::addRow("fat_arch_64") << true;
}

void TestMachOReader::fat()
{
    QFETCH(bool, wide);
    const QByteArray intel = image(true, false).build();
    MachOImage armImage = image(true, false, true);
    armImage.cpuType = 0x0100000c; // arm64
    const QByteArray arm = armImage.build();
    const QByteArray data = MachOImage::fat({ { 0x01000007u, intel }, { 0x0100000cu, arm } }, wide);
    QCOMPARE(BinaryFormat::detect(data), BinaryFormat::Kind::MachOFat);
    const Result<MachOInfo> info = MachOReader::read(data);
    QVERIFY2(info, qPrintable(info.error().toString()));
    QVERIFY(info->isFat);
    QCOMPARE(info->slices.size(), std::size_t(2));
    QCOMPARE(info->slices[0].cpuType, 0x01000007u);
    QCOMPARE(info->slices[1].cpuType, 0x0100000cu);
    QCOMPARE(info->slices[1].size, quint64(arm.size()));
    QVERIFY(!info->slices[0].isSigned());
    QVERIFY(info->slices[1].isSigned());
    QVERIFY(info->isSigned());
    QCOMPARE(info->slices[1].rpaths, QStringList { QStringLiteral("@loader_path/../lib") });
    QCOMPARE(info->stripEstimate(), 2 * quint64(MachOImage::DwarfSize + 2 * 16 + 4));
}

// First of `names` found on PATH (Debian installs LLVM's Mach-O tools with a version suffix only).
static QString findTool(const QStringList& names)
{
    for (const QString& name : names) {
        if (!QStandardPaths::findExecutable(name).isEmpty())
            return name;
    }
    return names.constFirst();
}

// Links real dylibs with clang + ld64.lld (with -g: STABS debug map entries; without: none), joins them with
// llvm-lipo and reads the result. Apple's strip is not available on Linux, so the strip figure stays an estimate.
void TestMachOReader::realToolchain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString d = dir.path() + QLatin1Char('/');
    QVERIFY(Test::writeFile(d + QStringLiteral("m.c"),
        "int ExtFunc(int x) { return x; }\nstatic int table[1024] = {1};\n"
        "int api(int x) { return ExtFunc(x) + table[x & 1023]; }\n"));
    const QString ld = findTool({ QStringLiteral("ld64.lld"), QStringLiteral("ld64.lld-14") });
    const QString lipo = findTool({ QStringLiteral("llvm-lipo"), QStringLiteral("llvm-lipo-14") });
    quint64 debugSize = 0, debugEstimate = 0;
    for (const bool debug : { true, false }) {
        const QString object = d + (debug ? QStringLiteral("g.o") : QStringLiteral("n.o"));
        const QString dylib = d + (debug ? QStringLiteral("libg.dylib") : QStringLiteral("libn.dylib"));
        QStringList compile { QStringLiteral("--target=x86_64-apple-macos11"), QStringLiteral("-O1"),
            QStringLiteral("-c"), d + QStringLiteral("m.c"), QStringLiteral("-o"), object };
        if (debug)
            compile << QStringLiteral("-g");
        Test::ToolRun run = Test::runTool(QStringLiteral("clang"), compile, QStringLiteral("clang"));
        QVERIFY2(run.started && run.exitCode == 0, qPrintable(run.error + QString::fromLocal8Bit(run.standardError)));
        run = Test::runTool(ld,
            { QStringLiteral("-dylib"), QStringLiteral("-arch"), QStringLiteral("x86_64"),
                QStringLiteral("-platform_version"), QStringLiteral("macos"), QStringLiteral("11.0"),
                QStringLiteral("11.0"), QStringLiteral("-install_name"), QStringLiteral("@rpath/libm1.dylib"),
                QStringLiteral("-rpath"), QStringLiteral("@loader_path/../lib"), QStringLiteral("-o"), dylib, object },
            QStringLiteral("lld"));
        QVERIFY2(run.started && run.exitCode == 0, qPrintable(run.error + QString::fromLocal8Bit(run.standardError)));
        QFile file(dylib);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<MachOInfo> info = MachOReader::read(file);
        QVERIFY2(info, qPrintable(info.error().toString()));
        QCOMPARE(info->slices.size(), std::size_t(1));
        const MachOSlice& slice = info->slices[0];
        QVERIFY(slice.is64);
        QCOMPARE(slice.installName, QStringLiteral("@rpath/libm1.dylib"));
        QCOMPARE(slice.rpaths, QStringList { QStringLiteral("@loader_path/../lib") });
        QVERIFY(slice.hasSymbolTable);
        QCOMPARE(slice.debugSymbolCount > 0, debug);
        QCOMPARE(info->stripEstimate() > 0, debug);
        qInfo("ld64.lld dylib %s: %llu bytes, %u symbols, %u STABS, strip -S estimate %llu", debug ? "-g" : "no -g",
            info->fileSize, slice.symbolCount, slice.debugSymbolCount, info->stripEstimate());
        if (debug) {
            debugSize = info->fileSize;
            debugEstimate = info->stripEstimate();
        } else { // the same link without -g is what strip -S leaves: the estimate must match the difference
            const double difference = double(debugSize - info->fileSize);
            const double error = std::abs(difference - double(debugEstimate));
            QVERIFY2(error <= qMax(16.0, 0.02 * difference), qPrintable(QString::number(error)));
        }
    }
    const Test::ToolRun run = Test::runTool(lipo,
        { QStringLiteral("-create"), d + QStringLiteral("libg.dylib"), QStringLiteral("-output"),
            d + QStringLiteral("fat.dylib") },
        QStringLiteral("llvm"));
    QVERIFY2(run.started && run.exitCode == 0, qPrintable(run.error + QString::fromLocal8Bit(run.standardError)));
    QFile fat(d + QStringLiteral("fat.dylib"));
    QVERIFY(fat.open(QIODevice::ReadOnly));
    QCOMPARE(BinaryFormat::detect(fat.peek(64)), BinaryFormat::Kind::MachOFat);
    const Result<MachOInfo> info = MachOReader::read(fat);
    QVERIFY2(info, qPrintable(info.error().toString()));
    QVERIFY(info->isFat);
    QCOMPARE(info->slices.size(), std::size_t(1));
    QCOMPARE(info->slices[0].cpuType, 0x01000007u);
    QVERIFY(info->slices[0].debugSymbolCount > 0);
}

void TestMachOReader::detect_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("kind");
    QTest::addRow("java class") << QByteArray("\xca\xfe\xba\xbe\x00\x00\x00\x34", 8)
                                << int(BinaryFormat::Kind::Unknown);
    QTest::addRow("fat") << QByteArray("\xca\xfe\xba\xbe\x00\x00\x00\x02", 8) << int(BinaryFormat::Kind::MachOFat);
    QTest::addRow("macho 64 le") << QByteArray("\xcf\xfa\xed\xfe\x07\x00\x00\x01", 8) << int(BinaryFormat::Kind::MachO);
    QTest::addRow("macho 32 be") << QByteArray("\xfe\xed\xfa\xce\x00\x00\x00\x12", 8) << int(BinaryFormat::Kind::MachO);
    QTest::addRow("elf") << QByteArray("\x7f"
                                       "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
        16) << int(BinaryFormat::Kind::Elf);
    QTest::addRow("elf bad class") << QByteArray("\x7f"
                                                 "ELF\x09\x01\x01\0\0\0\0\0\0\0\0\0",
        16) << int(BinaryFormat::Kind::Unknown);
    QTest::addRow("short") << QByteArray("MZ") << int(BinaryFormat::Kind::Unknown);
    QTest::addRow("zip") << QByteArray("PK\x03\x04 and more bytes") << int(BinaryFormat::Kind::Unknown);
    QByteArray mz(128, '\0');
    mz[0] = 'M';
    mz[1] = 'Z';
    mz[0x3c] = 0x40;
    QTest::addRow("MZ without PE") << mz << int(BinaryFormat::Kind::Unknown);
    mz.replace(0x40, 4, QByteArray("PE\0\0", 4));
    QTest::addRow("MZ with PE") << mz << int(BinaryFormat::Kind::Pe);
}

void TestMachOReader::detect()
{
    QFETCH(QByteArray, head);
    QFETCH(int, kind);
    QCOMPARE(int(BinaryFormat::detect(head)), kind);
}

void TestMachOReader::truncatedAtEveryLength_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addRow("thin 64 little-endian") << image(true, false).build();
    QTest::addRow("thin 32 big-endian") << image(false, true).build();
    QTest::addRow("fat") << MachOImage::fat(
        { { 7u, image(false, false).build() }, { 18u, image(false, true).build() } });
}

void TestMachOReader::truncatedAtEveryLength()
{
    QFETCH(QByteArray, data);
    for (qsizetype length = 0; length < data.size(); ++length) {
        const Result<MachOInfo> info = MachOReader::read(data.left(length));
        QVERIFY2(!info, qPrintable(QStringLiteral("truncated at %1 still parsed").arg(length)));
        QCOMPARE(info.error().code, Error::Code::Malformed);
    }
}

void TestMachOReader::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    const MachOImage thin = image(true, false);
    const QByteArray good = thin.build();
    auto variant = [&](qsizetype at, quint32 value) {
        QByteArray copy = good;
        putLittle32(copy, at, value);
        return copy;
    };
    const int commands = MachOImage::HeaderSize64;
    QTest::addRow("huge load command count") << variant(16, 0x7fffffff) << QStringLiteral("Too many load commands");
    QTest::addRow("load commands past EOF") << variant(20, 0x7ffffff0) << QStringLiteral("past the end");
    QTest::addRow("zero command size") << variant(commands + 4, 0) << QStringLiteral("does not fit");
    QTest::addRow("command size past area") << variant(commands + 4, 0x10000) << QStringLiteral("does not fit");
    QTest::addRow("segment past EOF") << variant(commands + 72 + 40, 0x7fffff00) << QStringLiteral("past the end");
    QTest::addRow("huge symbol count") << variant(commands + 144 + 12, 0x7fffffff) << QStringLiteral("Symbol table");
    QTest::addRow("string table past EOF")
        << variant(commands + 144 + 20, 0x7fffffff) << QStringLiteral("String table");
    QTest::addRow("dylib name offset past command")
        << variant(commands + 144 + 24 + 80 + 8, 500) << QStringLiteral("runs past");
    QByteArray noNul = good; // fill the LC_ID_DYLIB string and its padding with 'x'
    noNul.replace(commands + 144 + 24 + 80 + 24, 24, QByteArray(24, 'x'));
    QTest::addRow("dylib name without NUL") << noNul << QStringLiteral("runs past");
    QTest::addRow("fat with huge count") << QByteArray("\xca\xfe\xba\xbe\x00\x00\x00\x1f", 8) + QByteArray(64, '\0')
                                         << QStringLiteral("past the end");
    QTest::addRow("fat slice past EOF") << MachOImage::fat({ { 7u, good } }).left(200)
                                        << QStringLiteral("past the end");
    QTest::addRow("bad magic") << QByteArray(64, 'x') << QStringLiteral("magic");
}

void TestMachOReader::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const Result<MachOInfo> info = MachOReader::read(data);
    QVERIFY(!info);
    QCOMPARE(info.error().code, Error::Code::Malformed);
    QVERIFY2(info.error().message.contains(message), qPrintable(info.error().message));
}

void TestMachOReader::randomMutations()
{
    const QByteArray seed
        = MachOImage::fat({ { 7u, image(true, false, true).build() }, { 18u, image(false, true).build() } });
    const Test::MutationRun run = Test::mutate(seed, seed.size(), 4000, [](const QByteArray& data) {
        const Result<MachOInfo> info = MachOReader::read(data);
        if (info && info->stripEstimate() > quint64(data.size()))
            return std::optional<Error>(makeError(Error::Code::Io, QStringLiteral("saving beyond the file")));
        return info ? std::nullopt : std::optional<Error>(info.error());
    });
    qInfo("Mach-O mutations: %d parsed, %d malformed, %d other", run.parsed, run.malformed, run.otherErrors);
    QCOMPARE(run.otherErrors, 0);
    QVERIFY(run.parsed > 0);
    QVERIFY(run.malformed > 0);
}

QTEST_GUILESS_MAIN(TestMachOReader)
#include "tst_machoreader.moc"
