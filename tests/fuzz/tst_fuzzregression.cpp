// SPDX-License-Identifier: GPL-3.0-or-later
// The fuzz harness (fuzzharness.h) over three kinds of input, each checked against the outcome it must give:
//   seeds: valid files of every parsed format, written by our writers, by the test images of tests/core/binfmt and
//     cut from real bundles by cut-seeds.py (tests/fuzz/seeds/<parser>/, each a few hundred bytes to a few KB);
//   findings: every input a fuzzer ever found (tests/fuzz/findings/<parser>/<name>), one named row each, with the
//     clean error it must now give;
//   mutations: thousands of deterministic mutations of the seeds, which may only fail cleanly (no crash, no hang).
#include "../core/binfmt/machoimage.h"
#include "../core/binfmt/peimage.h"
#include "demo/demorandom.h"
#include "demo/elfwriter.h"
#include "demo/pyinstallerarchivewriter.h"
#include "demo/safetensorswriter.h"
#include "demo/torcharchivewriter.h"
#include "fuzzharness.h"

#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QtEndian>

using namespace BundleScope;
using BundleScope::Fuzz::Parser;
using BundleScope::Test::MachOImage;
using BundleScope::Test::PeImage;

Q_DECLARE_METATYPE(BundleScope::Fuzz::Parser)

namespace {
QByteArray seedOneFile()
{
    PyzWriter pyz;
    pyz.addModule("json", PyzWriter::Type::Package, QByteArray(300, 'j'));
    pyz.addModule("json.decoder", PyzWriter::Type::Module, QByteArray(900, 'd'));
    CArchiveWriter pkg;
    pkg.add("pyi-contents-directory _internal", 'o', {}, false);
    pkg.add("PYZ-00.pyz", 'z', pyz.finish(), false);
    pkg.add("libpython3.11.so.1.0", 'b', QByteArray(4000, 'L'), true);
    return QByteArray(256, '\x90') + pkg.finish() + QByteArray(64, '\x01');
}

QByteArray seedPyz()
{
    PyzWriter pyz;
    pyz.addModule("a", PyzWriter::Type::Module, QByteArray(40, 'a'));
    pyz.addModule("b", PyzWriter::Type::Package, QByteArray(40, 'b'));
    pyz.addModule("b.c", PyzWriter::Type::NamespacePackage, QByteArray(40, 'c'));
    return pyz.finish();
}

QByteArray seedElf()
{
    ElfSpec spec;
    spec.soname = "libseed.so.1";
    spec.needed = { "libc.so.6" };
    spec.symbols = { "seed" };
    spec.textSize = 256;
    spec.debugSize = 128;
    DemoRandom random(7);
    return ElfWriter::write(spec, random);
}

QByteArray seedPe32Plus()
{
    PeImage image;
    image.pe32Plus = true;
    return image.build();
}

QByteArray seedSafetensors()
{
    DemoRandom random(7);
    return SafetensorsWriter::write({ { QStringLiteral("w"), QStringLiteral("F16"), { 4, 4 } },
                                        { QStringLiteral("b"), QStringLiteral("F32"), { 4 } } },
        {}, random);
}

QByteArray seedTorch()
{
    DemoRandom random(7);
    return TorchArchiveWriter::write({ { "w", { 2, 3 } }, { "b", { 3 } } }, random).valueOr({});
}

QByteArray zlib(const QByteArray& data)
{
    return qCompress(data).mid(4); // qCompress prefixes the length (big-endian u32) to a zlib stream
}

// Our own inputs and the seeds cut from the corpus (tests/fuzz/seeds/<parser>/<name>).
QByteArray seedFile(const char* relative)
{
    QFile file(QStringLiteral(BUNDLESCOPE_FUZZ_DIR "/") + QLatin1String(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing seed %s", relative);
    return file.readAll();
}

const QRegularExpression s_clean(QStringLiteral("^([a-z]+ \\d+|error (Malformed|NotABundle|TooLarge|Unsupported))$"));

quint64 next(quint64& state)
{
    // xorshift64*: deterministic, so a failing iteration can be reproduced from its index.
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 2685821657736338717ull;
}

QByteArray mutate(const QByteArray& seed, quint64& state)
{
    QByteArray input = seed;
    const int edits = 1 + int(next(state) % 8);
    for (int e = 0; e < edits && !input.isEmpty(); ++e) {
        const qsizetype at = qsizetype(next(state) % quint64(input.size()));
        switch (next(state) % 4) {
        case 0:
            input[at] = char(next(state));
            break;
        case 1: // a plausible-looking big number where lengths live
            if (at + 4 <= input.size())
                qToBigEndian(quint32(next(state)), input.data() + at);
            break;
        case 2:
            input.truncate(std::max<qsizetype>(at, 1));
            break;
        default:
            input.insert(at, QByteArray(int(next(state) % 64), char(next(state))));
            break;
        }
    }
    return input;
}
} // namespace

class TestFuzzRegression : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void seeds_data()
    {
        QTest::addColumn<Parser>("parser");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, Parser parser, const QByteArray& input, const char* expected) {
            QTest::addRow("%s", name) << parser << input << QString::fromLatin1(expected);
        };
        row("carchive: one-file written by CArchiveWriter", Parser::CArchive, seedOneFile(), "entries 3");
        row("carchive: empty", Parser::CArchive, {}, "error NotABundle");
        row("pyz: written by PyzWriter", Parser::Pyz, seedPyz(), "entries 3");
        row("marshal: empty", Parser::Marshal, {}, "error Malformed");
        row("marshal: list of one tuple", Parser::Marshal, QByteArray("[\1\0\0\0)\2z\1ai\5\0\0\0", 15), "objects 4");
        row("zlib: 1000 bytes", Parser::Zlib, zlib(QByteArray(1000, 'z')), "bytes 1000");
        row("zlib: not zlib", Parser::Zlib, QByteArray("not zlib"), "error Malformed");
        row("elf: written by ElfWriter", Parser::Elf, seedElf(), "sections 14");
        row("elf: header only", Parser::Elf, seedElf().left(64), "error Malformed");
        row("pe: PE32+ test image", Parser::Pe, seedPe32Plus(), "sections 4");
        row("pe: truncated", Parser::Pe, PeImage().build().left(0x100), "error Malformed");
        row("macho: 64-bit test image", Parser::MachO, MachOImage().build(), "slices 1");
        row("macho: fat of two", Parser::MachO,
            MachOImage::fat({ { 0x01000007, MachOImage().build() }, { 0x0100000c, MachOImage().build() } }),
            "slices 2");
        row("safetensors: written by SafetensorsWriter", Parser::Safetensors, seedSafetensors(), "tensors 2");
        row("torchzip: written by TorchArchiveWriter", Parser::TorchZip, seedTorch(), "tensors 2");
        row("gguf: header only", Parser::Gguf, QByteArray("GGUF\3\0\0\0", 8), "error Malformed");
        row("onnx: not protobuf", Parser::Onnx, QByteArray(16, '\0'), "error Malformed");
        // Cut from the corpus by cut-seeds.py (see tests/fuzz/seeds/README.md).
        for (const auto& [file, parser, expected] : s_cutSeeds)
            row(file, parser, seedFile(file), expected);
    }
    void seeds()
    {
        QFETCH(Parser, parser);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(Fuzz::parse(parser, input), expected);
    }

    // Every input a fuzzer found (findings/<parser>/<name>): each must now fail cleanly, as recorded.
    void findings_data()
    {
        QTest::addColumn<Parser>("parser");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        // The first findings, from before they were kept as files.
        QTest::addRow("carchive: cookie only")
            << Parser::CArchive << QByteArray("MEI\014\013\012\013\016", 8) + QByteArray(80, '\0')
            << QStringLiteral("error Malformed");
        QTest::addRow("carchive: cookie with maximal lengths")
            << Parser::CArchive << QByteArray("MEI\014\013\012\013\016", 8) + QByteArray(80, '\xff')
            << QStringLiteral("error Malformed");
        QTest::addRow("pyz: header with toc at 12")
            << Parser::Pyz << QByteArray("PYZ\0\xa7\x0d\x0d\x0a\0\0\0\x0c[\xff\xff\xff\x7f", 17)
            << QStringLiteral("error Malformed");
        for (const auto& [file, parser, expected] : s_findings)
            QTest::addRow("%s", file) << parser << seedFile(file) << QString::fromLatin1(expected);
    }
    void findings()
    {
        QFETCH(Parser, parser);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(Fuzz::parse(parser, input), expected);
    }

    void mutations_data()
    {
        QTest::addColumn<Parser>("parser");
        QTest::addColumn<QByteArray>("seed");
        QTest::addRow("carchive") << Parser::CArchive << seedOneFile();
        QTest::addRow("pyz") << Parser::Pyz << seedPyz();
        QTest::addRow("elf") << Parser::Elf << seedElf();
        QTest::addRow("pe") << Parser::Pe << PeImage().build();
        QTest::addRow("macho") << Parser::MachO << MachOImage().build();
        QTest::addRow("safetensors") << Parser::Safetensors << seedSafetensors();
        QTest::addRow("torchzip") << Parser::TorchZip << seedTorch();
        for (const auto& [file, parser, expected] : s_cutSeeds) {
            Q_UNUSED(expected);
            QTest::addRow("%s", file) << parser << seedFile(file);
        }
    }
    void mutations()
    {
        QFETCH(Parser, parser);
        QFETCH(QByteArray, seed);
        // KArchive (under TorchZipReader) and QBuffer complain about hostile zips; what they log is not ours to fail
        // on. Everything else still reaches QTest (and failOnWarning).
        s_previousHandler = qInstallMessageHandler(&TestFuzzRegression::filterThirdParty);
        const auto restore = qScopeGuard([] { qInstallMessageHandler(s_previousHandler); });
        quint64 state = 0x9e3779b97f4a7c15ull;
        for (int i = 0; i < 2000; ++i) {
            const QString outcome = Fuzz::parse(parser, mutate(seed, state));
            // A count, or a clean error: in memory nothing can fail with Io, and no reader may give up untidily.
            QVERIFY2(
                s_clean.match(outcome).hasMatch(), qPrintable(QStringLiteral("iteration %1: %2").arg(i).arg(outcome)));
        }
    }

private:
    static inline QtMessageHandler s_previousHandler = nullptr;
    static void filterThirdParty(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (qstrcmp(context.category, "kf.archive") == 0 || message.startsWith(QLatin1String("QBuffer::")))
            return;
        s_previousHandler(type, context, message);
    }

    struct Row {
        const char* file;
        Parser parser;
        const char* expected;
    };
    static const std::vector<Row> s_cutSeeds;
    static const std::vector<Row> s_findings;
};

// Seeds cut from the corpus with cut-seeds.py --small (real structure, big members cut short) and what the readers must
// make of them. Cross-checked: Python reads 9 entries in the cext PKG and wrote 3 PYZ modules; the marshal and zlib
// rows of one module agree on its size; the ONNX model and the torch checkpoint of the same network both hold 6
// tensors. The 4 KiB heads of the PE and Mach-O bootloaders point past their end: a clean Malformed.
const std::vector<TestFuzzRegression::Row> TestFuzzRegression::s_cutSeeds = {
    { "seeds/carchive/cext", Parser::CArchive, "entries 9" },
    { "seeds/pyz/modules", Parser::Pyz, "entries 3" },
    { "seeds/marshal/pyz-toc", Parser::Marshal, "objects 19" },
    { "seeds/marshal/contextvars", Parser::Marshal, "objects 30" },
    { "seeds/marshal/decimal", Parser::Marshal, "objects 33" },
    { "seeds/marshal/importlib.machinery", Parser::Marshal, "objects 86" },
    { "seeds/zlib/pyz-contextvars", Parser::Zlib, "bytes 261" },
    { "seeds/zlib/pyz-decimal", Parser::Zlib, "bytes 505" },
    { "seeds/zlib/pyz-importlib.machinery", Parser::Zlib, "bytes 1264" },
    { "seeds/pe/Windows-64bit-intel-run.exe-head", Parser::Pe, "error Malformed" },
    { "seeds/pe/Windows-32bit-intel-run.exe-head", Parser::Pe, "error Malformed" },
    { "seeds/macho/Darwin-64bit-run-head", Parser::MachO, "error Malformed" },
    { "seeds/onnx/model.onnx", Parser::Onnx, "tensors 6" },
    { "seeds/torchzip/model.pth", Parser::TorchZip, "tensors 6" },
    { "seeds/safetensors/generated", Parser::Safetensors, "tensors 2" },
    { "seeds/gguf/generated", Parser::Gguf, "tensors 1" },
    // Tensor payload ranges (RepeatedWeightsAnalyzer), generated once with Python: GGUF data sections placed by
    // general.alignment (48 is not a power of two: Malformed); ONNX dims packed in one byte each (the walker used to
    // read the packed length and the position unsequenced and fail on them) and a float_data tensor; a torch.save of
    // a whole nn.Linear (torch 1.13), whose pickle names its class.
    { "seeds/gguf/aligned-64", Parser::Gguf, "tensors 2" },
    { "seeds/gguf/alignment-48", Parser::Gguf, "error Malformed" },
    { "seeds/onnx/packed-dims", Parser::Onnx, "tensors 2" },
    { "seeds/torchzip/whole-model.pth", Parser::TorchZip, "tensors 2" },
};

// Findings of run-fuzzers.sh, minimized; the expected outcome is the clean error each gives since its fix.
const std::vector<TestFuzzRegression::Row> TestFuzzRegression::s_findings = {
    // run-fuzzers.sh, 2026-12-03: zip headers claiming a small data.pkl whose member device then reported 2-4 GiB;
    // KArchiveFile::data() allocated that much (libFuzzer: out-of-memory). TorchZipReader now reads it in chunks,
    // capped at MaxPickle, and counts the records with assumed types.
    { "findings/torchzip/pickle-size-lies-1", Parser::TorchZip, "tensors 6" },
    { "findings/torchzip/pickle-size-lies-2", Parser::TorchZip, "tensors 3" },
    { "findings/torchzip/pickle-size-lies-3", Parser::TorchZip, "tensors 6" },
    { "findings/torchzip/pickle-size-lies-4", Parser::TorchZip, "tensors 6" },
    { "findings/torchzip/pickle-size-lies-5", Parser::TorchZip, "tensors 1" },
};

QTEST_GUILESS_MAIN(TestFuzzRegression)
#include "tst_fuzzregression.moc"
