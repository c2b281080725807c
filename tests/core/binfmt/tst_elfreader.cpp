// SPDX-License-Identifier: GPL-3.0-or-later
#include "binfmt/binaryformat.h"
#include "binfmt/elfreader.h"
#include "binfmt/elfstripmodel.h"
#include "elfimage.h"
#include "mutations.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace BundleScope;
using Test::ElfImage;

namespace {

// C source with enough functions and types that -g produces a realistic share of DWARF.
QByteArray fixtureSource()
{
    QByteArray source = "#include <stdio.h>\n#include <string.h>\n";
    for (int i = 0; i < 40; ++i) {
        const QByteArray n = QByteArray::number(i);
        source += "struct record" + n + " { int id; double weight[" + n + " + 1]; const char* label; };\n";
        source += "static int helper" + n + "(struct record" + n + "* r) { return r->id * " + n
            + " + (int)strlen(r->label); }\n";
        source += "int api" + n + "(int x) { struct record" + n + " r = { x, {0}, \"r" + n + "\" }; return helper" + n
            + "(&r); }\n";
    }
    source += "int main(void) { printf(\"%d\\n\", api1(2)); return 0; }\n";
    return source;
}

// 64-bit or 32-bit image with a dynamic section, code, DWARF and a symbol table.
QByteArray sampleImage(bool is64, bool bigEndian, ElfImage* imageOut = nullptr)
{
    ElfImage image(is64, bigEndian);
    const QByteArray dynstr("\0libc.so.6\0libbar.so\0libfoo.so.1\0/opt/rp\0$ORIGIN/../lib\0", 56);
    const int dynstrIndex = image.add({ ".dynstr", 3, 2, dynstr, 1, 0, 0, 0, 0 });
    QByteArray dynamic;
    for (auto [tag, value] : { std::pair<quint64, quint64> { 1, 1 }, { 1, 11 }, { 14, 21 }, { 15, 33 }, { 29, 41 },
             { 10, quint64(dynstr.size()) }, { 0, 0 } })
        dynamic += image.word(tag) + image.word(value);
    image.add({ ".dynamic", 6, 3, dynamic, is64 ? 8u : 4u, quint32(dynstrIndex), 0, is64 ? 16u : 8u, 0 });
    image.add({ ".text", 1, 6, QByteArray(48, '\x90'), 16, 0, 0, 0, 0 });
    image.add({ ".debug_info", 1, 0, QByteArray(300, 'D'), 1, 0, 0, 0, 0 });
    const QByteArray strtab("\0a.c\0f\0", 7);
    const int entry = is64 ? 24 : 16;
    QByteArray symbols(entry, '\0');
    for (auto [name, info] : { std::pair<quint32, quint8> { 1, 4 }, { 5, 0x12 } }) {
        QByteArray symbol = image.integer(name, 4);
        if (is64)
            symbol += QByteArray(1, char(info)) + QByteArray(1, '\0') + image.integer(0xfff1, 2) + image.word(0)
                + image.word(0);
        else
            symbol += image.word(0) + image.word(0) + QByteArray(1, char(info)) + QByteArray(1, '\0')
                + image.integer(0xfff1, 2);
        symbols += symbol;
    }
    image.add({ ".symtab", 2, 0, symbols, is64 ? 8u : 4u, 6, 2, quint64(entry), 0 });
    image.add({ ".strtab", 3, 0, strtab, 1, 0, 0, 0, 0 });
    const QByteArray bytes = image.build();
    if (imageOut)
        *imageOut = image;
    return bytes;
}

void patch(QByteArray& data, qsizetype offset, const QByteArray& bytes)
{
    data.replace(offset, bytes.size(), bytes);
}

} // namespace

class TestElfReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void realStrip_data();
    void realStrip();
    void buildFixtures_data();
    void buildFixtures();
    void dynamicEntries();
    void handWritten_data();
    void handWritten();
    void truncatedAtEveryLength_data();
    void truncatedAtEveryLength();
    void malformed_data();
    void malformed();
    void mergedStringTable();
    void randomMutations_data();
    void randomMutations();

private:
    QString compile(const QString& name, const QStringList& flags);
    QString run(const QString& program, const QStringList& arguments);
    void checkAgainstStrip(const QString& original, bool stripped);

    QTemporaryDir m_dir;
    QString m_cc;
    QString m_strip;
};

void TestElfReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cc = QStandardPaths::findExecutable(QStringLiteral("cc"));
    m_strip = QStandardPaths::findExecutable(QStringLiteral("strip"));
    if (m_cc.isEmpty() || m_strip.isEmpty())
        QFAIL("cc and strip are needed to build and check ELF fixtures: apt-get install gcc binutils");
    QVERIFY(Test::writeFile(m_dir.filePath(QStringLiteral("fixture.c")), fixtureSource()));
}

QString TestElfReader::run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString::fromLocal8Bit(process.readAll()) + QStringLiteral(" (failed: ") + program + u')';
    return {};
}

QString TestElfReader::compile(const QString& name, const QStringList& flags)
{
    const QString output = m_dir.filePath(name);
    const QString failure
        = run(m_cc, flags + QStringList { QStringLiteral("-o"), output, m_dir.filePath(QStringLiteral("fixture.c")) });
    return failure.isEmpty() ? output : QString();
}

void TestElfReader::realStrip_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<bool>("prestrip");
    const QStringList so { QStringLiteral("-shared"), QStringLiteral("-fPIC") };
    QTest::addRow("shared -g -O0") << so + QStringList { QStringLiteral("-g"), QStringLiteral("-O0") } << false;
    QTest::addRow("shared -g -O2") << so + QStringList { QStringLiteral("-g"), QStringLiteral("-O2") } << false;
    QTest::addRow("shared -g3 -O1") << so + QStringList { QStringLiteral("-g3"), QStringLiteral("-O1") } << false;
    QTest::addRow("shared no debug") << so + QStringList { QStringLiteral("-O2") } << false;
    QTest::addRow("executable -g") << QStringList { QStringLiteral("-g"), QStringLiteral("-O1") } << false;
    QTest::addRow("already stripped") << so + QStringList { QStringLiteral("-g") } << true;
}

void TestElfReader::realStrip()
{
    QFETCH(QStringList, flags);
    QFETCH(bool, prestrip);
    const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
    const QString original = compile(name, flags);
    QVERIFY2(!original.isEmpty(), "cc failed to build the fixture");
    if (prestrip)
        QCOMPARE(run(m_strip, { original }), QString());
    checkAgainstStrip(original, prestrip);
}

void TestElfReader::checkAgainstStrip(const QString& original, bool stripped)
{
    QFile file(original);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<ElfInfo> info = ElfReader::read(file, original);
    QVERIFY2(info, qPrintable(info.error().toString()));
    QVERIFY(file.seek(0));
    QCOMPARE(BinaryFormat::detect(file.peek(64)), BinaryFormat::Kind::Elf);

    struct Check {
        QStringList arguments;
        quint64 predicted;
    };
    for (const Check& check : { Check { {}, info->debugBytes().stripAll },
             Check { { QStringLiteral("--strip-debug") }, info->debugBytes().stripDebug } }) {
        const QString copy = m_dir.filePath(QStringLiteral("stripped.copy"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(original, copy));
        QCOMPARE(run(m_strip, check.arguments + QStringList { copy }), QString());
        const quint64 actual = info->fileSize - quint64(QFileInfo(copy).size());
        const double error = std::abs(double(actual) - double(check.predicted)) / double(info->fileSize - actual);
        qInfo("%s strip %s: file %llu, real saving %llu, predicted %llu (%.3f%% of stripped size)",
            QTest::currentDataTag(), qPrintable(check.arguments.join(u' ')), info->fileSize, actual, check.predicted,
            100 * error);
        QVERIFY2(error <= 0.02, "prediction off by more than 2% of the stripped size");
        if (actual == 0)
            QCOMPARE(check.predicted, quint64(0));
    }
    QCOMPARE(info->isStripped(), stripped);
}

void TestElfReader::buildFixtures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("stripped");
    QTest::addRow("libdbg.so") << QStringLiteral("libdbg.so") << false;
    QTest::addRow("libnodbg.so") << QStringLiteral("libnodbg.so") << false;
    QTest::addRow("libstripped.so") << QStringLiteral("libstripped.so") << true;
    QTest::addRow("libfxa.so") << QStringLiteral("libfxa.so") << false;
    QTest::addRow("fxprog") << QStringLiteral("fxprog") << false;
    if (Test::haveElf32Fixture())
        QTest::addRow("libfx32.so") << QStringLiteral("libfx32.so") << false;
}

void TestElfReader::buildFixtures()
{
    QFETCH(QString, name);
    QFETCH(bool, stripped);
    const QString path = Test::elfFixture(name);
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    checkAgainstStrip(path, stripped);
    if (name == QLatin1String("libfxa.so")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<ElfInfo> info = ElfReader::read(file, path);
        QVERIFY(info);
        QCOMPARE(info->soname, QStringLiteral("libfxa.so.1"));
        QVERIFY(info->needed.contains(QStringLiteral("libfxb.so")));
        QCOMPARE(info->runpath, QStringLiteral("$ORIGIN"));
    }
}

void TestElfReader::dynamicEntries()
{
    const QString library = compile(QStringLiteral("libdyn.so"),
        { QStringLiteral("-shared"), QStringLiteral("-fPIC"), QStringLiteral("-Wl,-soname,libdyn.so.7"),
            QStringLiteral("-Wl,-rpath,$ORIGIN/../lib"), QStringLiteral("-Wl,--enable-new-dtags"),
            QStringLiteral("-lm") });
    QVERIFY(!library.isEmpty());
    QFile file(library);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<ElfInfo> info = ElfReader::read(file);
    QVERIFY2(info, qPrintable(info.error().toString()));
    QCOMPARE(info->soname, QStringLiteral("libdyn.so.7"));
    QCOMPARE(info->runpath, QStringLiteral("$ORIGIN/../lib"));
    QVERIFY(info->rpath.isEmpty());
    QVERIFY2(info->needed.contains(QStringLiteral("libc.so.6")), qPrintable(info->needed.join(u',')));
    QVERIFY(info->is64);
    QCOMPARE(info->fileType, quint16(ElfInfo::SharedObject));
    const auto dynsym = std::find_if(info->sections.cbegin(), info->sections.cend(),
        [](const ElfSection& s) { return s.name == QLatin1String(".dynsym"); });
    QVERIFY(dynsym != info->sections.cend());
    QVERIFY(dynsym->isAlloc());
}

void TestElfReader::handWritten_data()
{
    QTest::addColumn<bool>("is64");
    QTest::addColumn<bool>("bigEndian");
    QTest::addRow("elf32 big-endian") << false << true;
    QTest::addRow("elf32 little-endian") << false << false;
    QTest::addRow("elf64 big-endian") << true << true;
    QTest::addRow("elf64 little-endian") << true << false;
}

void TestElfReader::handWritten()
{
    QFETCH(bool, is64);
    QFETCH(bool, bigEndian);
    ElfImage image(is64, bigEndian);
    const QByteArray data = sampleImage(is64, bigEndian, &image);
    QCOMPARE(BinaryFormat::detect(data), BinaryFormat::Kind::Elf);
    const Result<ElfInfo> info = ElfReader::read(data);
    QVERIFY2(info, qPrintable(info.error().toString()));
    QCOMPARE(info->is64, is64);
    QCOMPARE(info->bigEndian, bigEndian);
    QCOMPARE(info->sections.size(), std::size_t(8));
    QCOMPARE(info->sections[4].name, QStringLiteral(".debug_info"));
    QCOMPARE(info->segments.size(), std::size_t(2));
    QCOMPARE(info->needed, QStringList({ QStringLiteral("libc.so.6"), QStringLiteral("libbar.so") }));
    QCOMPARE(info->soname, QStringLiteral("libfoo.so.1"));
    QCOMPARE(info->rpath, QStringLiteral("/opt/rp"));
    QCOMPARE(info->runpath, QStringLiteral("$ORIGIN/../lib"));

    // strip --strip-all keeps .dynstr, .dynamic, .text and a shrunken .shstrtab, then 5 section headers.
    const ElfImage::Section& text = image.sections()[2];
    const quint64 names = QByteArray("\0.dynstr\0.dynamic\0.text\0.shstrtab\0", 34).size();
    const quint64 align = is64 ? 8 : 4, entsize = is64 ? 64 : 40;
    const quint64 stripped = (text.offset + 48 + names + align - 1) / align * align + 5 * entsize;
    QCOMPARE(info->debugBytes().stripAll, quint64(data.size()) - stripped);
    // strip --strip-debug drops .debug_info and the STT_FILE symbol "a.c" but keeps the symbol table.
    QVERIFY(info->debugSymbols.known);
    QCOMPARE(info->debugSymbols.count, quint64(1));
    QCOMPARE(info->debugSymbols.stringBytes, quint64(4));
    QVERIFY(info->debugBytes().stripDebug > 300);
    QVERIFY(info->debugBytes().stripDebug < info->debugBytes().stripAll);
}

void TestElfReader::truncatedAtEveryLength_data()
{
    handWritten_data();
}

void TestElfReader::truncatedAtEveryLength()
{
    QFETCH(bool, is64);
    QFETCH(bool, bigEndian);
    const QByteArray data = sampleImage(is64, bigEndian);
    for (qsizetype length = 0; length < data.size(); ++length) {
        const Result<ElfInfo> info = ElfReader::read(data.left(length));
        QVERIFY2(!info, qPrintable(QStringLiteral("truncated at %1 still parsed").arg(length)));
        QCOMPARE(info.error().code, Error::Code::Malformed);
    }
}

void TestElfReader::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    ElfImage image(true, false);
    const QByteArray good = sampleImage(true, false, &image);
    const qsizetype sh = qsizetype(image.sectionHeaderOffset());
    auto variant = [&](qsizetype offset, const QByteArray& bytes) {
        QByteArray copy = good;
        patch(copy, offset, bytes);
        return copy;
    };
    QTest::addRow("bad class") << variant(4, QByteArray(1, '\x07')) << QStringLiteral("class");
    QTest::addRow("section offset past EOF")
        << variant(sh + 4 * 64 + 24, image.word(1ull << 40)) << QStringLiteral("past the end");
    QTest::addRow("section size wraps") << variant(sh + 4 * 64 + 32, image.word(~0ull)) << QStringLiteral("past");
    QTest::addRow("section header table past EOF")
        << variant(40, image.word(quint64(good.size()) - 10)) << QStringLiteral("past the end");
    QTest::addRow("huge extended section count")
        << variant(60, image.integer(0, 2)) + QByteArray() << QStringLiteral("sections");
    QTest::addRow("huge program header count")
        << variant(56, image.integer(0xfffe, 2)) << QStringLiteral("Program header table");
    QTest::addRow("small section entries") << variant(58, image.integer(12, 2)) << QStringLiteral("too small");
    QTest::addRow("name table index out of range")
        << variant(62, image.integer(200, 2)) << QStringLiteral("out of range");
    QByteArray noNul = good;
    const ElfImage::Section& shstrtab = image.sections().back();
    patch(noNul, qsizetype(shstrtab.offset + shstrtab.data.size() - 1), "x");
    QTest::addRow("section name without NUL") << noNul << QStringLiteral("runs past");
    QTest::addRow("dynamic string past table")
        << variant(qsizetype(image.sections()[1].offset + 8), image.word(5000)) << QStringLiteral("runs past");
    QTest::addRow("empty") << QByteArray() << QStringLiteral("past the end");
    QTest::addRow("not ELF") << QByteArray(64, 'x') << QStringLiteral("magic");
}

void TestElfReader::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    if (QByteArray(QTest::currentDataTag()) == "huge extended section count") {
        // e_shnum = 0 means "count in section 0's sh_size": claim 2^32 - 1 sections.
        ElfImage image(true, false);
        sampleImage(true, false, &image);
        patch(data, qsizetype(image.sectionHeaderOffset() + 32), image.word(0xffffffffu));
    }
    const Result<ElfInfo> info = ElfReader::read(data);
    QVERIFY(!info);
    QCOMPARE(info.error().code, Error::Code::Malformed);
    QVERIFY2(info.error().message.contains(message), qPrintable(info.error().message));
}

void TestElfReader::mergedStringTable()
{
    // ".got" is a suffix of ".plt.got" and ".plt" of ".got.plt": 1 + 9 + 9 + 6 bytes.
    const std::vector<QByteArray> names { ".got", ".plt.got", ".plt", ".got.plt", ".text", ".text" };
    QCOMPARE(ElfStripModel::mergedStringTableSize(names), quint64(1 + 9 + 9 + 6));
    QCOMPARE(ElfStripModel::mergedStringTableSize({}), quint64(1));
}

void TestElfReader::randomMutations_data()
{
    handWritten_data();
}

void TestElfReader::randomMutations()
{
    QFETCH(bool, is64);
    QFETCH(bool, bigEndian);
    const QByteArray seed = sampleImage(is64, bigEndian);
    const Test::MutationRun run = Test::mutate(seed, seed.size(), 3000, [](const QByteArray& data) {
        const Result<ElfInfo> info = ElfReader::read(data);
        if (info && info->debugBytes().stripAll > quint64(data.size()))
            return std::optional<Error>(makeError(Error::Code::Io, QStringLiteral("saving beyond the file")));
        return info ? std::nullopt : std::optional<Error>(info.error());
    });
    qInfo("ELF mutations: %d parsed, %d malformed, %d other", run.parsed, run.malformed, run.otherErrors);
    QCOMPARE(run.otherErrors, 0);
    QVERIFY(run.parsed > 0);
    QVERIFY(run.malformed > 0);
}

QTEST_GUILESS_MAIN(TestElfReader)
#include "tst_elfreader.moc"
