// SPDX-License-Identifier: GPL-3.0-or-later
// ElfWriter and the ELF files of the demo bundle as binutils sees them (readelf, objdump, strip, ar, nm), the
// dependency graph, and the build-time ELF fixtures of tests/support. Fails, never skips, when binutils is missing.
#include "binfmt/carchivereader.h"
#include "demo/demobundlegenerator.h"
#include "demo/demorandom.h"
#include "demo/elfwriter.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace BundleScope;

namespace {

// (NEEDED|SONAME|RUNPATH) values from `readelf -d -W`.
QMultiMap<QString, QString> dynamicEntries(const QByteArray& readelfOutput)
{
    QMultiMap<QString, QString> entries;
    static const QRegularExpression line(QStringLiteral(R"(\((NEEDED|SONAME|RUNPATH|RPATH)\)\s+[^\[]*\[([^\]]*)\])"));
    auto it = line.globalMatch(QString::fromUtf8(readelfOutput));
    while (it.hasNext()) {
        const auto match = it.next();
        entries.insert(match.captured(1), match.captured(2));
    }
    return entries;
}

// Sum of the section sizes strip removes (.debug_*, .symtab, .strtab), from `readelf -S -W`.
qint64 strippableBytes(const QByteArray& readelfOutput)
{
    static const QRegularExpression line(
        QStringLiteral(R"(\]\s+(\.debug_\w+|\.symtab|\.strtab)\s+\w+\s+[0-9a-f]+\s+[0-9a-f]+\s+([0-9a-f]+))"));
    qint64 total = 0;
    auto it = line.globalMatch(QString::fromUtf8(readelfOutput));
    while (it.hasNext())
        total += it.next().captured(2).toLongLong(nullptr, 16);
    return total;
}

} // namespace

class TestDemoElf : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void readelfAcceptsDemoFiles_data();
    void readelfAcceptsDemoFiles();
    void elfWriterVariants_data();
    void elfWriterVariants();
    void dependencyChain_data();
    void dependencyChain();
    void everyBundledNeededResolves();
    void stripRemovesDebugBytes_data();
    void stripRemovesDebugBytes();
    void staticArchive();
    void launcherPackageSurvivesStrip();
    void elfFixtures_data();
    void elfFixtures();

private:
    QString internal(const QString& path) const { return m_bundle + QStringLiteral("/_internal/") + path; }
    QTemporaryDir m_dir;
    QString m_bundle;
};

void TestDemoElf::initTestCase()
{
    m_bundle = Test::makeDemoBundle(m_dir);
    QVERIFY(!m_bundle.isEmpty());
}

void TestDemoElf::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestDemoElf::readelfAcceptsDemoFiles_data()
{
    QTest::addColumn<QString>("path");
    const QString ext = QStringLiteral(".cpython-311-x86_64-linux-gnu.so");
    for (const QString& path : QStringList { QStringLiteral("inference"),
             QStringLiteral("_internal/libpython3.11.so.1.0"), QStringLiteral("_internal/torch/lib/libtorch_cpu.so"),
             QStringLiteral("_internal/torch/_C") + ext, QStringLiteral("_internal/torch/lib/libtorch_cuda.so"),
             QStringLiteral("_internal/scipy/linalg/_flapack") + ext,
             QStringLiteral("_internal/torch/bin/torch_shm_manager"),
             QStringLiteral("_internal/numpy/core/lib/libnpymath.a") })
        QTest::addRow("%s", qPrintable(path)) << path;
}

void TestDemoElf::readelfAcceptsDemoFiles()
{
    QFETCH(QString, path);
    const QString file = m_bundle + u'/' + path;
    const Test::ToolRun readelf = Test::runTool(
        QStringLiteral("readelf"), { QStringLiteral("-a"), QStringLiteral("-W"), file }, QStringLiteral("binutils"));
    QVERIFY2(readelf.started, qPrintable(readelf.error));
    QCOMPARE(readelf.exitCode, 0);
    QCOMPARE(readelf.standardError, QByteArray());
    QVERIFY(readelf.standardOutput.contains("ELF Header:"));
    const Test::ToolRun objdump
        = Test::runTool(QStringLiteral("objdump"), { QStringLiteral("-h"), file }, QStringLiteral("binutils"));
    QVERIFY2(objdump.started, qPrintable(objdump.error));
    QCOMPARE(objdump.exitCode, 0);
    QCOMPARE(objdump.standardError, QByteArray());
    QVERIFY(objdump.standardOutput.contains(".text"));
}

void TestDemoElf::elfWriterVariants_data()
{
    QTest::addColumn<bool>("is64");
    QTest::addColumn<bool>("bigEndian");
    QTest::addColumn<int>("machine");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("header"); // expected in `readelf -h`
    const int so = int(ElfSpec::Kind::SharedObject);
    QTest::addRow("64-bit LE shared") << true << false << int(ElfSpec::MachineX86_64) << so << QByteArray("X86-64");
    QTest::addRow("64-bit LE executable") << true << false << int(ElfSpec::MachineX86_64)
                                          << int(ElfSpec::Kind::Executable) << QByteArray("Position-Independent");
    QTest::addRow("64-bit LE relocatable") << true << false << int(ElfSpec::MachineX86_64)
                                           << int(ElfSpec::Kind::Relocatable) << QByteArray("REL (Relocatable");
    QTest::addRow("32-bit LE shared") << false << false << int(ElfSpec::Machine386) << so << QByteArray("ELF32");
    QTest::addRow("64-bit BE shared") << true << true << int(ElfSpec::MachinePpc64) << so << QByteArray("big endian");
    QTest::addRow("32-bit BE shared") << false << true << int(ElfSpec::MachinePpc) << so << QByteArray("PowerPC");
}

void TestDemoElf::elfWriterVariants()
{
    QFETCH(bool, is64);
    QFETCH(bool, bigEndian);
    QFETCH(int, machine);
    QFETCH(int, kind);
    QFETCH(QByteArray, header);
    ElfSpec spec;
    spec.is64 = is64;
    spec.bigEndian = bigEndian;
    spec.machine = quint16(machine);
    spec.kind = ElfSpec::Kind(kind);
    spec.soname = "libvariant.so.2";
    spec.needed = { "libdep.so.1", "libc.so.6" };
    spec.runpath = "$ORIGIN/../lib";
    spec.symbols = { "variant_open", "variant_close", "variant_read" };
    spec.debugSize = 8192;
    DemoRandom random(7);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("variant"));
    QVERIFY(Test::writeFile(path, ElfWriter::write(spec, random)));
    const Test::ToolRun run = Test::runTool(
        QStringLiteral("readelf"), { QStringLiteral("-a"), QStringLiteral("-W"), path }, QStringLiteral("binutils"));
    QVERIFY2(run.started, qPrintable(run.error));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.standardError, QByteArray());
    QVERIFY2(run.standardOutput.contains(header), run.standardOutput.left(1500).constData());
    QVERIFY(run.standardOutput.contains("variant_read"));
    if (spec.kind != ElfSpec::Kind::Relocatable) {
        const auto entries = dynamicEntries(run.standardOutput);
        QCOMPARE(entries.values(QStringLiteral("NEEDED")).size(), 2);
        QCOMPARE(entries.value(QStringLiteral("RUNPATH")), QStringLiteral("$ORIGIN/../lib"));
    }
}

void TestDemoElf::dependencyChain_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("soname");
    QTest::addColumn<QStringList>("needed");
    QTest::addColumn<QString>("runpath");
    const QString ext = QStringLiteral(".cpython-311-x86_64-linux-gnu.so");
    QTest::addRow("torch._C") << QStringLiteral("torch/_C") + ext << QString()
                              << QStringList { QStringLiteral("libtorch_python.so") } << QStringLiteral("$ORIGIN/lib");
    QTest::addRow("libtorch_python") << QStringLiteral("torch/lib/libtorch_python.so")
                                     << QStringLiteral("libtorch_python.so")
                                     << QStringList { QStringLiteral("libtorch_cpu.so"), QStringLiteral("libc10.so") }
                                     << QStringLiteral("$ORIGIN");
    QTest::addRow("libtorch_cpu") << QStringLiteral("torch/lib/libtorch_cpu.so") << QStringLiteral("libtorch_cpu.so")
                                  << QStringList { QStringLiteral("libc10.so"),
                                         QStringLiteral("libgomp-a34b3233.so.1") }
                                  << QStringLiteral("$ORIGIN");
    QTest::addRow("libtorch_cuda")
        << QStringLiteral("torch/lib/libtorch_cuda.so") << QStringLiteral("libtorch_cuda.so")
        << QStringList { QStringLiteral("libcudnn.so.8"), QStringLiteral("libcublas.so.12") }
        << QStringLiteral("$ORIGIN:$ORIGIN/../../nvidia/cublas/lib:$ORIGIN/../../nvidia/cuda_runtime/lib");
    QTest::addRow("numpy core") << QStringLiteral("numpy/core/_multiarray_umath") + ext << QString()
                                << QStringList { QStringLiteral("libopenblas64_p-r0-0cf96a72.3.23.dev.so") }
                                << QStringLiteral("$ORIGIN/../../numpy.libs");
    QTest::addRow("_ssl") << QStringLiteral("lib-dynload/_ssl") + ext << QString()
                          << QStringList { QStringLiteral("libssl.so.3"), QStringLiteral("libcrypto.so.3") }
                          << QString();
}

void TestDemoElf::dependencyChain()
{
    QFETCH(QString, path);
    QFETCH(QString, soname);
    QFETCH(QStringList, needed);
    QFETCH(QString, runpath);
    const Test::ToolRun run = Test::runTool(QStringLiteral("readelf"),
        { QStringLiteral("-d"), QStringLiteral("-W"), internal(path) }, QStringLiteral("binutils"));
    QVERIFY2(run.started, qPrintable(run.error));
    const auto entries = dynamicEntries(run.standardOutput);
    QCOMPARE(entries.value(QStringLiteral("SONAME")), soname);
    QCOMPARE(entries.value(QStringLiteral("RUNPATH")), runpath);
    const QStringList actual = entries.values(QStringLiteral("NEEDED"));
    for (const QString& library : needed)
        QVERIFY2(actual.contains(library), qPrintable(actual.join(u' ')));
}

// Every shared object is accepted by readelf -a, and each of its DT_NEEDED entries resolves as the loader of a
// PyInstaller one-folder app would: RUNPATH ($ORIGIN expanded), then _internal/ (LD_LIBRARY_PATH), then the system.
void TestDemoElf::everyBundledNeededResolves()
{
    const QSet<QString> system { QStringLiteral("libc.so.6"), QStringLiteral("libm.so.6"),
        QStringLiteral("libstdc++.so.6"), QStringLiteral("libdl.so.2"), QStringLiteral("libX11.so.6") };
    int checked = 0;
    for (const QString& file : Test::relativeFiles(m_bundle)) {
        if (!file.contains(QLatin1String(".so")) || QFileInfo(m_bundle + u'/' + file).isSymLink())
            continue;
        const QString path = m_bundle + u'/' + file;
        // -a: every ELF file of the bundle must also pass the full readelf check without a warning.
        const Test::ToolRun run = Test::runTool(QStringLiteral("readelf"),
            { QStringLiteral("-a"), QStringLiteral("-W"), path }, QStringLiteral("binutils"));
        QVERIFY2(run.started, qPrintable(run.error));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.standardError.isEmpty(), qPrintable(file + u' ' + QString::fromUtf8(run.standardError)));
        const auto entries = dynamicEntries(run.standardOutput);
        QStringList folders = entries.value(QStringLiteral("RUNPATH")).split(u':', Qt::SkipEmptyParts);
        for (QString& folder : folders)
            folder.replace(QLatin1String("$ORIGIN"), QFileInfo(path).path());
        folders.append(m_bundle + QStringLiteral("/_internal"));
        for (const QString& library : entries.values(QStringLiteral("NEEDED"))) {
            const bool found = system.contains(library)
                || std::any_of(folders.cbegin(), folders.cend(),
                    [&library](const QString& folder) { return QFileInfo::exists(folder + u'/' + library); });
            QVERIFY2(found, qPrintable(file + QStringLiteral(" needs ") + library));
        }
        ++checked;
    }
    QVERIFY(checked >= 50);
}

void TestDemoElf::stripRemovesDebugBytes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("unstripped");
    QTest::addRow("libtorch_cpu (unstripped)") << QStringLiteral("torch/lib/libtorch_cpu.so") << true;
    QTest::addRow("scipy _flapack (unstripped)")
        << QStringLiteral("scipy/linalg/_flapack.cpython-311-x86_64-linux-gnu.so") << true;
    QTest::addRow("libz (stripped)") << QStringLiteral("libz.so.1") << false;
    QTest::addRow("helper program (stripped)") << QStringLiteral("torch/bin/torch_shm_manager") << false;
}

void TestDemoElf::stripRemovesDebugBytes()
{
    QFETCH(QString, path);
    QFETCH(bool, unstripped);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy"));
    QVERIFY(QFile::copy(internal(path), copy));
    const Test::ToolRun sections = Test::runTool(
        QStringLiteral("readelf"), { QStringLiteral("-S"), QStringLiteral("-W"), copy }, QStringLiteral("binutils"));
    QVERIFY2(sections.started, qPrintable(sections.error));
    const qint64 debugBytes = strippableBytes(sections.standardOutput);
    QCOMPARE(debugBytes > 256 * 1024, unstripped);
    const qint64 before = QFileInfo(copy).size();
    const Test::ToolRun strip = Test::runTool(QStringLiteral("strip"), { copy }, QStringLiteral("binutils"));
    QVERIFY2(strip.started, qPrintable(strip.error));
    QCOMPARE(strip.exitCode, 0);
    QCOMPARE(strip.standardError, QByteArray());
    const qint64 saved = before - QFileInfo(copy).size();
    QVERIFY2(saved >= debugBytes && saved <= debugBytes + 64 * 1024,
        qPrintable(QStringLiteral("saved %1 of %2 debug bytes").arg(saved).arg(debugBytes)));
    const Test::ToolRun after = Test::runTool(
        QStringLiteral("readelf"), { QStringLiteral("-a"), QStringLiteral("-W"), copy }, QStringLiteral("binutils"));
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.standardError, QByteArray());
}

void TestDemoElf::staticArchive()
{
    const QString archive = internal(QStringLiteral("numpy/core/lib/libnpymath.a"));
    const Test::ToolRun list
        = Test::runTool(QStringLiteral("ar"), { QStringLiteral("t"), archive }, QStringLiteral("binutils"));
    QVERIFY2(list.started, qPrintable(list.error));
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.standardOutput.split('\n').first(), QByteArray("npy_math_0.o"));
    const Test::ToolRun symbols = Test::runTool(QStringLiteral("nm"), { archive }, QStringLiteral("binutils"));
    QCOMPARE(symbols.exitCode, 0);
    QCOMPARE(symbols.standardError, QByteArray());
    QVERIFY(symbols.standardOutput.contains("T npy_math_fn_5"));
}

// The launcher carries PyInstaller's PKG in a "pydata" section, so CArchiveReader finds it before and after strip.
void TestDemoElf::launcherPackageSurvivesStrip()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("inference"));
    QVERIFY(QFile::copy(m_bundle + QStringLiteral("/inference"), copy));
    for (const bool stripped : { false, true }) {
        if (stripped) {
            const Test::ToolRun strip = Test::runTool(QStringLiteral("strip"), { copy }, QStringLiteral("binutils"));
            QVERIFY2(strip.started, qPrintable(strip.error));
            QCOMPARE(strip.exitCode, 0);
        }
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<CArchiveInfo> info = CArchiveReader::read(file);
        QVERIFY2(info.hasValue(), qPrintable(info.error().toString()));
        QCOMPARE(info->pythonVersion, 311);
        QCOMPARE(info->pythonLibrary, QByteArray("libpython3.11.so.1.0"));
        QVERIFY(info->options.contains(QStringLiteral("pyi-contents-directory _internal")));
        const auto find = [&info](const QByteArray& name) {
            return std::find_if(info->entries.cbegin(), info->entries.cend(),
                [&name](const CArchiveEntry& entry) { return entry.name == name; });
        };
        QVERIFY(find("inference") != info->entries.cend());
        QCOMPARE(find("inference")->typeCode, 's');
        const auto pyz = find("PYZ.pyz");
        QVERIFY(pyz != info->entries.cend());
        QCOMPARE(pyz->typeCode, 'z');
        const Result<QByteArray> archive = CArchiveReader::readEntry(file, *pyz, 64 * 1024 * 1024);
        QVERIFY(archive.hasValue());
        QVERIFY(archive->startsWith(QByteArray("PYZ\0\xa7\x0d\x0d\x0a", 8)));
    }
    const Test::ToolRun sections = Test::runTool(
        QStringLiteral("readelf"), { QStringLiteral("-S"), QStringLiteral("-W"), copy }, QStringLiteral("binutils"));
    QVERIFY(sections.standardOutput.contains("pydata"));
}

void TestDemoElf::elfFixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("soname");
    QTest::addColumn<QStringList>("needed");
    QTest::addColumn<QString>("runpath");
    QTest::addRow("libfxa") << QStringLiteral("libfxa.so") << QStringLiteral("libfxa.so.1")
                            << QStringList { QStringLiteral("libfxb.so") } << QStringLiteral("$ORIGIN");
    QTest::addRow("libfxb") << QStringLiteral("libfxb.so") << QStringLiteral("libfxb.so") << QStringList {}
                            << QString();
    QTest::addRow("extension module") << QStringLiteral("fxmod.cpython-311-x86_64-linux-gnu.so") << QString()
                                      << QStringList { QStringLiteral("libfxa.so.1") } << QStringLiteral("$ORIGIN/lib");
    QTest::addRow("program") << QStringLiteral("fxprog") << QString() << QStringList { QStringLiteral("libfxa.so.1") }
                             << QStringLiteral("$ORIGIN/lib");
    QTest::addRow("cycle a") << QStringLiteral("libfxcyca.so") << QStringLiteral("libfxcyca.so")
                             << QStringList { QStringLiteral("libfxcycb.so") } << QString();
    QTest::addRow("cycle b") << QStringLiteral("libfxcycb.so") << QStringLiteral("libfxcycb.so")
                             << QStringList { QStringLiteral("libfxcyca.so") } << QString();
    QTest::addRow("orphan") << QStringLiteral("liborphan.so") << QStringLiteral("liborphan.so") << QStringList {}
                            << QString();
    QTest::addRow("runpath target") << QStringLiteral("lib/libfxa.so.1") << QStringLiteral("libfxa.so.1")
                                    << QStringList { QStringLiteral("libfxb.so") } << QStringLiteral("$ORIGIN");
}

void TestDemoElf::elfFixtures()
{
    QFETCH(QString, fixture);
    QFETCH(QString, soname);
    QFETCH(QStringList, needed);
    QFETCH(QString, runpath);
    const Test::ToolRun run = Test::runTool(QStringLiteral("readelf"),
        { QStringLiteral("-d"), QStringLiteral("-W"), Test::elfFixture(fixture) }, QStringLiteral("binutils"));
    QVERIFY2(run.started, qPrintable(run.error));
    QCOMPARE(run.exitCode, 0);
    const auto entries = dynamicEntries(run.standardOutput);
    QCOMPARE(entries.value(QStringLiteral("SONAME")), soname);
    QCOMPARE(entries.value(QStringLiteral("RUNPATH")), runpath);
    QStringList actual = entries.values(QStringLiteral("NEEDED"));
    actual.removeAll(QStringLiteral("libc.so.6"));
    std::sort(actual.begin(), actual.end());
    QCOMPARE(actual, needed);

    // The -g / no -g pair differs exactly in debug sections; the 32-bit fixture is ELFCLASS32 when it exists.
    const auto sections = [](const QString& name) {
        return Test::runTool(QStringLiteral("readelf"),
            { QStringLiteral("-S"), QStringLiteral("-W"), Test::elfFixture(name) }, QStringLiteral("binutils"))
            .standardOutput;
    };
    QVERIFY(sections(QStringLiteral("libdbg.so")).contains(".debug_info"));
    QVERIFY(!sections(QStringLiteral("libnodbg.so")).contains(".debug_info"));
    QVERIFY(sections(QStringLiteral("libnodbg.so")).contains(".symtab"));
    QVERIFY(!sections(QStringLiteral("libstripped.so")).contains(".symtab"));
    if (Test::haveElf32Fixture()) {
        const Test::ToolRun header = Test::runTool(QStringLiteral("readelf"),
            { QStringLiteral("-h"), Test::elfFixture(QStringLiteral("libfx32.so")) }, QStringLiteral("binutils"));
        QVERIFY(header.standardOutput.contains("ELF32"));
    }
}

QTEST_GUILESS_MAIN(TestDemoElf)
#include "tst_demoelf.moc"
