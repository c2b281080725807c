// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/upxanalyzer.h"
#include "elfimage.h"
#include "fixturebundle.h"
#include "peimage.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace BundleScope;

namespace {

constexpr qsizetype Big = 256 * 1024;

QByteArray compressible(qsizetype size)
{
    QByteArray text;
    for (int i = 0; text.size() < size; ++i)
        text += "mov rax, qword ptr [rbp - " + QByteArray::number(i % 64) + "]; call helper_"
            + QByteArray::number(i % 9) + "\n";
    return text.left(size);
}

QByteArray randomBytes(qsizetype size)
{
    QRandomGenerator generator(42);
    QByteArray bytes(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

// A PE image padded to `size` bytes of overlay.
QByteArray pe(
    qsizetype size, quint16 dllCharacteristics = 0x0140, const QByteArray& section = {}, const QByteArray& overlay = {})
{
    Test::PeImage image;
    image.pe32Plus = true;
    image.dllCharacteristics = dllCharacteristics;
    image.extraSectionName = section;
    QByteArray bytes = image.build();
    bytes += overlay.isEmpty() ? compressible(size - bytes.size()) : overlay;
    return bytes;
}

// An ELF shared object of `size` bytes; `first` becomes the first section (its name and data).
QByteArray elf(qsizetype size, const QByteArray& firstName = ".note", const QByteArray& firstData = "note")
{
    Test::ElfImage image(true, false);
    image.add({ firstName, 1, 0, firstData, 1, 0, 0, 0, 0 });
    image.add({ ".text", 1, 6, compressible(size), 16, 0, 0, 0, 0 });
    return image.build();
}

const Candidate* findCandidate(const std::vector<Candidate>& candidates, const QString& id)
{
    for (const Candidate& c : candidates) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestUpxAnalyzer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void skipRules_data();
    void skipRules();
    void sampleRatio();
    void candidates();
    void cancelled();
};

void TestUpxAnalyzer::skipRules_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("companion");
    QTest::addColumn<int>("skip");
    using Skip = UpxAnalyzer::Skip;
    QTest::addRow("plain dll") << "app/plain.dll" << pe(Big) << QString() << int(Skip::None);
    QTest::addRow("plain so") << "app/libplain.so" << elf(Big) << QString() << int(Skip::None);
    QTest::addRow("under 128 KiB") << "app/small.dll" << pe(100 * 1024) << QString() << int(Skip::TooSmall);
    QTest::addRow("vcruntime") << "app/VCRUNTIME140_1.dll" << pe(Big) << QString() << int(Skip::VcRuntime);
    QTest::addRow("python dll") << "app/python311.dll" << pe(Big) << QString() << int(Skip::PythonDll);
    QTest::addRow("python3.dll") << "app/python3.dll" << pe(Big) << QString() << int(Skip::PythonDll);
    QTest::addRow("cublas") << "app/cublas64_12.dll" << pe(Big) << QString() << int(Skip::CudaLibrary);
    QTest::addRow("cudnn so") << "app/libcudnn.so.9" << elf(Big) << QString() << int(Skip::CudaLibrary);
    QTest::addRow("torch_cuda") << "app/torch_cuda.dll" << pe(Big) << QString() << int(Skip::CudaLibrary);
    QTest::addRow("hmac companion") << "app/libcrypto.so.3" << elf(Big) << ".libcrypto.so.3.hmac"
                                    << int(Skip::ChecksumCompanion);
    QTest::addRow("chk companion") << "app/libssl.so.3" << elf(Big) << "libssl.so.3.chk"
                                   << int(Skip::ChecksumCompanion);
    QTest::addRow("UPX sections") << "app/packed.dll" << pe(Big, 0x0140, "UPX0") << QString()
                                  << int(Skip::AlreadyPacked);
    QTest::addRow("UPX! in elf head") << "app/libpacked.so" << elf(Big, ".upx", "xxUPX!xx") << QString()
                                      << int(Skip::AlreadyPacked);
    QTest::addRow("control flow guard") << "app/cfg.dll" << pe(Big, 0x4140) << QString() << int(Skip::ControlFlowGuard);
    QByteArray plugin = compressible(Big);
    plugin.replace(Big / 2, 10, "QTMETADATA");
    QTest::addRow("qt plugin dll") << "app/qwindows.dll" << pe(Big, 0x0140, {}, plugin) << QString()
                                   << int(Skip::QtPlugin);
    const qsizetype head = pe(0, 0x0140, {}, QByteArray(1, 'x')).size() - 1;
    QByteArray straddling = compressible(2 * 1024 * 1024); // the marker across the 1 MiB read boundary
    straddling.replace(1024 * 1024 - 5 - head, 10, "QTMETADATA");
    QTest::addRow("qt plugin marker across chunks")
        << "app/qstraddle.dll" << pe(0, 0x0140, {}, straddling) << QString() << int(Skip::QtPlugin);
    QTest::addRow("qt plugin so") << "app/libqxcb.so" << elf(Big, ".qtmetadata", "QTMETADATA  ") << QString()
                                  << int(Skip::QtPlugin);
    QTest::addRow("text") << "app/notes.dll" << compressible(Big) << QString() << int(Skip::NotABinary);
}

void TestUpxAnalyzer::skipRules()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, content);
    QFETCH(QString, companion);
    QFETCH(int, skip);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Test::FixtureBundle bundle(dir.path());
    QVERIFY(bundle.addFile(path, content, Category::NativeLibrary));
    if (!companion.isEmpty())
        QVERIFY(bundle.addFile(QStringLiteral("app/") + companion, "0123abcd", Category::Other));
    const BundleTreePtr tree = bundle.build();
    const UpxAnalyzer::FileCheck check = UpxAnalyzer::check(*tree, bundle.node(path), bundle);
    QCOMPARE(int(check.skip), skip);
    QVERIFY(!UpxAnalyzer::skipReason(UpxAnalyzer::Skip(skip)).isEmpty() || skip == int(UpxAnalyzer::Skip::None));
}

void TestUpxAnalyzer::sampleRatio()
{
    QBuffer text;
    text.setData(compressible(Big));
    QVERIFY(text.open(QIODevice::ReadOnly));
    const auto textRatio = UpxAnalyzer::sample(text, 4);
    QVERIFY(textRatio);
    QCOMPARE(textRatio->second, quint64(4 * UpxAnalyzer::SampleSize));
    QVERIFY2(textRatio->first * 5 < textRatio->second, "repetitive text should compress more than 5:1");
    QBuffer noise;
    noise.setData(randomBytes(Big));
    QVERIFY(noise.open(QIODevice::ReadOnly));
    const auto noiseRatio = UpxAnalyzer::sample(noise, 2);
    QVERIFY(noiseRatio);
    QVERIFY(noiseRatio->first * 100 > noiseRatio->second * 98); // random bytes do not compress
}

void TestUpxAnalyzer::candidates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Test::FixtureBundle bundle(dir.path());
    QVERIFY(bundle.addFile(QStringLiteral("app/code.dll"), pe(Big), Category::NativeLibrary));
    QVERIFY(
        bundle.addFile(QStringLiteral("app/noise.dll"), pe(0, 0x0140, {}, randomBytes(Big)), Category::NativeLibrary));
    QVERIFY(bundle.addFile(QStringLiteral("app/cfg.dll"), pe(Big, 0x4140), Category::NativeLibrary));
    QVERIFY(bundle.addFile(QStringLiteral("app/vcruntime140.dll"), pe(Big), Category::NativeLibrary));
    QVERIFY(bundle.addFile(QStringLiteral("app/tiny.dll"), pe(4096), Category::NativeLibrary));
    QVERIFY(bundle.addFile(QStringLiteral("app/libz.so.1"), elf(Big), Category::NativeLibrary));
    QVERIFY(bundle.addFile(QStringLiteral("app/data.dll"), pe(Big), Category::Data));
    const BundleTreePtr tree = bundle.build();
    const AnalysisContext context { *tree, bundle, {}, TargetPlatform::Windows };
    const std::vector<Candidate> candidates = UpxAnalyzer().analyze(context);
    QCOMPARE(candidates.size(), std::size_t(2));

    const Candidate* windows = findCandidate(candidates, QStringLiteral("upx:pe"));
    QVERIFY(windows);
    QVERIFY(windows->advised);
    QVERIFY(windows->estimated);
    QVERIFY(windows->action.contains(QLatin1String("upx=True")));
    QVERIFY2(windows->action.contains(QLatin1String("upx_exclude=[\"cfg.dll\", \"vcruntime140.dll\"]")),
        qPrintable(windows->action));
    QVERIFY(windows->why.contains(QLatin1String("1-5%")));
    QCOMPARE(windows->files.size(), std::size_t(2)); // the random part of noise.dll still has compressible headers
    const NodeId code = bundle.node(QStringLiteral("app/code.dll"));
    const NodeId noise = bundle.node(QStringLiteral("app/noise.dll"));
    for (const Candidate::FileSaving& file : windows->files) {
        QVERIFY(file.node == code || file.node == noise);
        if (file.node == code)
            QVERIFY2(file.saving > tree->size(code) / 2, "text-like code should save more than half");
        else
            QVERIFY2(file.saving < tree->size(noise) / 5, "random data should save little");
    }

    const Candidate* elfCandidate = findCandidate(candidates, QStringLiteral("upx:elf"));
    QVERIFY(elfCandidate);
    QVERIFY(!elfCandidate->advised);
    QVERIFY(elfCandidate->saving > 0);
    QVERIFY(elfCandidate->why.contains(QLatin1String("PYINSTALLER_FORCE_UPX")));
    QVERIFY(elfCandidate->why.contains(QLatin1String("911 MB")));
}

void TestUpxAnalyzer::cancelled()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Test::FixtureBundle bundle(dir.path());
    QVERIFY(bundle.addFile(QStringLiteral("app/code.dll"), pe(Big), Category::NativeLibrary));
    const BundleTreePtr tree = bundle.build();
    AnalysisContext context { *tree, bundle, {}, TargetPlatform::Windows };
    context.token.cancel();
    QVERIFY(UpxAnalyzer().analyze(context).empty());
}

QTEST_GUILESS_MAIN(TestUpxAnalyzer)
#include "tst_upxanalyzer.moc"
