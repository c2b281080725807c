// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/stripanalyzer.h"
#include "binfmt/elfreader.h"
#include "fixturebundle.h"
#include "machoimage.h"
#include "peimage.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace BundleScope;

namespace {

const Candidate* findCandidate(const std::vector<Candidate>& candidates, const QString& id)
{
    for (const Candidate& c : candidates) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

bool runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

class TestStripAnalyzer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void candidates();
    void measure_data();
    void measure();
    void cancelled();

private:
    QTemporaryDir m_dir;
    Test::FixtureBundle* m_bundle = nullptr;
    std::unique_ptr<Test::FixtureBundle> m_bundleOwner;
    BundleTreePtr m_tree;
    quint64 m_realElfSaving = 0;
};

void TestStripAnalyzer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString cc = QStandardPaths::findExecutable(QStringLiteral("cc"));
    const QString strip = QStandardPaths::findExecutable(QStringLiteral("strip"));
    if (cc.isEmpty() || strip.isEmpty())
        QFAIL("cc and strip are needed to build ELF fixtures: apt-get install gcc binutils");
    const QString work = m_dir.filePath(QStringLiteral("work"));
    QVERIFY(Test::writeFile(work + QStringLiteral("/lib.c"),
        "int table[4096] = {1};\nstatic int helper(int x) { return x * 3; }\n"
        "int api(int x) { return helper(x) + table[x & 4095]; }\n"));
    const QString library = work + QStringLiteral("/libdebug.so");
    QVERIFY(runTool(cc,
        { QStringLiteral("-g"), QStringLiteral("-shared"), QStringLiteral("-fPIC"), QStringLiteral("-o"), library,
            work + QStringLiteral("/lib.c") }));
    QFile file(library);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray debugLibrary = file.readAll();
    const QString stripped = work + QStringLiteral("/libplain.so");
    QVERIFY(QFile::copy(library, stripped));
    QVERIFY(runTool(strip, { stripped }));
    QFile strippedFile(stripped);
    QVERIFY(strippedFile.open(QIODevice::ReadOnly));
    const QByteArray plainLibrary = strippedFile.readAll();
    m_realElfSaving = quint64(debugLibrary.size() - plainLibrary.size());

    m_bundleOwner = std::make_unique<Test::FixtureBundle>(m_dir.filePath(QStringLiteral("bundle")));
    m_bundle = m_bundleOwner.get();
    QVERIFY(m_bundle->addFile(QStringLiteral("_internal/libdebug.so"), debugLibrary, Category::NativeLibrary));
    QVERIFY(m_bundle->addFile(QStringLiteral("_internal/libplain.so"), plainLibrary, Category::NativeLibrary));
    QVERIFY(m_bundle->addFile(QStringLiteral("_internal/notcounted.so"), debugLibrary, Category::Data));
    QVERIFY(m_bundle->addFile(QStringLiteral("_internal/text.so"), "not a binary", Category::NativeLibrary));
    Test::PeImage pe;
    QVERIFY(m_bundle->addFile(QStringLiteral("_internal/mingw.dll"), pe.build(), Category::NativeLibrary));
    pe.signature = true;
    QVERIFY(m_bundle->addFile(QStringLiteral("_internal/signed.dll"), pe.build(), Category::NativeLibrary));
    Test::MachOImage macho;
    QVERIFY(m_bundle->addFile(QStringLiteral("_internal/libm.dylib"), macho.build(), Category::NativeLibrary));
    // Right magic, broken body: each reader fails and the file is skipped (one path per format in measure()).
    QVERIFY(m_bundle->addFile(QStringLiteral("_internal/cut.so"), debugLibrary.left(200), Category::NativeLibrary));
    QVERIFY(m_bundle->addFile(QStringLiteral("_internal/cut.dll"), pe.build().left(0x180), Category::NativeLibrary));
    QVERIFY(m_bundle->addFile(QStringLiteral("_internal/cut.dylib"), macho.build().left(40), Category::NativeLibrary));
    m_tree = m_bundle->build();
    QCOMPARE(m_tree->category(m_bundle->node(QStringLiteral("_internal/libdebug.so"))), Category::NativeLibrary);
}

void TestStripAnalyzer::candidates()
{
    const AnalysisContext context { *m_tree, *m_bundle, {}, TargetPlatform::Linux };
    const std::vector<Candidate> candidates = StripAnalyzer().analyze(context);
    QCOMPARE(candidates.size(), std::size_t(4));

    const Candidate* elf = findCandidate(candidates, QStringLiteral("strip_debug:elf"));
    QVERIFY(elf);
    QCOMPARE(elf->files.size(), std::size_t(1)); // libplain.so is stripped; notcounted.so is not a library
    QCOMPARE(elf->files[0].node, m_bundle->node(QStringLiteral("_internal/libdebug.so")));
    QCOMPARE(elf->saving, m_realElfSaving); // exact, as GNU strip
    QCOMPARE(elf->confidence, Candidate::Confidence::High);
    QVERIFY(elf->advised);
    QVERIFY(!elf->estimated);
    QVERIFY(elf->action.contains(QLatin1String("strip=True")));
    QVERIFY(elf->action.contains(QLatin1String("strip -S")));

    const Candidate* pe = findCandidate(candidates, QStringLiteral("strip_debug:pe"));
    QVERIFY(pe);
    QCOMPARE(pe->saving, quint64(Test::PeImage::SymbolCount * 18 + Test::PeImage::StringTableSize + 0x200 + 0x40));
    QCOMPARE(pe->confidence, Candidate::Confidence::Medium);
    QVERIFY(pe->advised);

    const Candidate* signedPe = findCandidate(candidates, QStringLiteral("strip_debug:pe_signed"));
    QVERIFY(signedPe);
    QVERIFY(!signedPe->advised);
    QCOMPARE(signedPe->files[0].node, m_bundle->node(QStringLiteral("_internal/signed.dll")));
    QVERIFY(signedPe->why.contains(QLatin1String("signature")));

    const Candidate* macho = findCandidate(candidates, QStringLiteral("strip_debug:macho"));
    QVERIFY(macho);
    QVERIFY(macho->estimated);
    QCOMPARE(macho->saving, quint64(Test::MachOImage::DwarfSize + 2 * 16 + 4));
    for (const Candidate& c : candidates) {
        quint64 sum = 0;
        for (const Candidate::FileSaving& f : c.files)
            sum += f.saving;
        QCOMPARE(c.saving, sum);
        QVERIFY(c.saving <= c.bytes);
    }
}

void TestStripAnalyzer::measure_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("parsed");
    QTest::addColumn<bool>("exact");
    QTest::addColumn<bool>("isSigned");
    QTest::addRow("elf with debug") << QStringLiteral("_internal/libdebug.so") << true << true << false;
    QTest::addRow("stripped elf") << QStringLiteral("_internal/libplain.so") << true << true << false;
    QTest::addRow("signed pe") << QStringLiteral("_internal/signed.dll") << true << false << true;
    QTest::addRow("text") << QStringLiteral("_internal/text.so") << false << false << false;
    QTest::addRow("mach-o") << QStringLiteral("_internal/libm.dylib") << true << false << false;
    QTest::addRow("truncated elf") << QStringLiteral("_internal/cut.so") << false << false << false;
    QTest::addRow("truncated pe") << QStringLiteral("_internal/cut.dll") << false << false << false;
    QTest::addRow("truncated mach-o") << QStringLiteral("_internal/cut.dylib") << false << false << false;
}

void TestStripAnalyzer::measure()
{
    QFETCH(QString, path);
    QFETCH(bool, parsed);
    QFETCH(bool, exact);
    QFETCH(bool, isSigned);
    const std::unique_ptr<QIODevice> device = m_bundle->open(m_bundle->node(path));
    QVERIFY(device);
    const std::optional<StripAnalyzer::Measurement> m = StripAnalyzer::measure(*device, path);
    QCOMPARE(m.has_value(), parsed);
    if (!m)
        return;
    QCOMPARE(m->exact, exact);
    QCOMPARE(m->isSigned, isSigned);
    if (path.endsWith(QLatin1String("libplain.so")))
        QCOMPARE(m->saving, quint64(0)); // never an invented saving
}

void TestStripAnalyzer::cancelled()
{
    AnalysisContext context { *m_tree, *m_bundle, {}, TargetPlatform::Linux };
    context.token.cancel();
    QVERIFY(StripAnalyzer().analyze(context).empty());
}

QTEST_GUILESS_MAIN(TestStripAnalyzer)
#include "tst_stripanalyzer.moc"
