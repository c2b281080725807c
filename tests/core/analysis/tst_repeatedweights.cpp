// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysiserrors.h"
#include "analysis/repeatedweightsanalyzer.h"
#include "analysisfixture.h"
#include "binfmt/ggufreader.h"
#include "binfmt/onnxreader.h"
#include "binfmt/safetensorsreader.h"
#include "binfmt/torchzipreader.h"
#include "injectingreader.h"
#include "weightsfiles.h"

#include <QBuffer>
#include <QFile>
#include <QTest>
#include <QtEndian>

using namespace BundleScope;
using BundleScope::Test::WeightsFiles;
using BundleScope::Test::WeightsTensor;

namespace {

// A small MLP as a state dict: 2 x 64 KiB weights, biases, and one 8-byte int64-like buffer.
QList<WeightsTensor> network(quint32 seed = 1)
{
    return { WeightsFiles::tensor("body.0.weight", { 128, 128 }, seed),
        WeightsFiles::tensor("body.0.bias", { 128 }, seed + 1),
        WeightsFiles::tensor("body.2.weight", { 64, 256 }, seed + 2),
        WeightsFiles::tensor("body.2.bias", { 64 }, seed + 3),
        WeightsFiles::tensor("body.1.num_batches_tracked", { 2 }, seed + 4) };
}

Result<WeightsInfo> readAs(const QString& format, const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto size = quint64(bytes.size());
    if (format == u"safetensors")
        return SafetensorsReader::read(buffer, size);
    if (format == u"torch")
        return TorchZipReader::read(buffer);
    if (format == u"onnx")
        return OnnxReader::read(buffer, size);
    return GgufReader::read(buffer, size);
}

QByteArray write(const QString& format, const QList<WeightsTensor>& tensors)
{
    if (format == u"safetensors")
        return WeightsFiles::safetensors(tensors);
    if (format == u"torch")
        return WeightsFiles::torchZip(tensors);
    if (format == u"onnx")
        return WeightsFiles::onnx(tensors);
    return WeightsFiles::gguf(tensors);
}

} // namespace

// Tensor payload ranges from the four weight readers, and RepeatedWeightsAnalyzer over them.
class TestRepeatedWeights : public QObject {
    Q_OBJECT

private:
    // Runs the analyzer with an error sink; the errors go to `errors`.
    static std::vector<Candidate> run(
        const Test::AnalysisFixture& fixture, std::vector<Error>& errors, const ContentReader* reader = nullptr)
    {
        AnalysisErrors sink;
        AnalysisContext context { fixture.tree(), reader ? *reader : fixture.reader(), CancellationToken() };
        context.errors = &sink;
        auto candidates = RepeatedWeightsAnalyzer().analyze(context);
        errors = sink.take();
        for (const Error& error : errors)
            qInfo().noquote() << "analysis error:" << error.path << error.message;
        return candidates;
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void payloadRanges_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("realNames");
        QTest::addRow("safetensors") << QStringLiteral("safetensors") << true;
        QTest::addRow("torch zip") << QStringLiteral("torch") << false;
        QTest::addRow("onnx") << QStringLiteral("onnx") << true;
        QTest::addRow("gguf") << QStringLiteral("gguf") << true;
    }

    // Every payload range holds exactly the tensor's bytes, in file order.
    void payloadRanges()
    {
        QFETCH(QString, format);
        QFETCH(bool, realNames);
        const QList<WeightsTensor> tensors = network();
        const QByteArray bytes = write(format, tensors);
        const Result<WeightsInfo> info = readAs(format, bytes);
        QVERIFY2(info, qPrintable(info.error().message));
        QVERIFY(info->payloadsComplete);
        QCOMPARE(info->payloads.size(), std::size_t(tensors.size()));
        for (qsizetype i = 0; i < tensors.size(); ++i) {
            const TensorPayload& payload = info->payloads[std::size_t(i)];
            QCOMPARE(payload.length, quint64(tensors[i].bytes.size()));
            QCOMPARE(bytes.mid(qsizetype(payload.offset), qsizetype(payload.length)), tensors[i].bytes);
            QCOMPARE(payload.dtype, QStringLiteral("float32"));
            QCOMPARE(payload.name, realNames ? QString::fromLatin1(tensors[i].name) : QStringLiteral("data/%1").arg(i));
            if (realNames && format != u"gguf")
                QCOMPARE(payload.shape, std::vector<quint64>(tensors[i].shape.cbegin(), tensors[i].shape.cend()));
        }
    }

    void ggufAlignment_data()
    {
        QTest::addColumn<quint32>("alignment");
        QTest::addColumn<bool>("valid");
        QTest::addRow("32") << 32u << true;
        QTest::addRow("256") << 256u << true;
        QTest::addRow("not a power of two") << 48u << false;
        QTest::addRow("zero") << 0u << false;
    }

    // general.alignment decides where the data section starts.
    void ggufAlignment()
    {
        QFETCH(quint32, alignment);
        QFETCH(bool, valid);
        const QList<WeightsTensor> tensors = network();
        const QByteArray bytes = WeightsFiles::gguf(tensors, valid ? alignment : 32);
        QByteArray patched = bytes;
        if (!valid) { // rewrite the u32 value after "general.alignment" + type
            const qsizetype at = patched.indexOf("general.alignment") + 17 + 4;
            qToLittleEndian(alignment, patched.data() + at);
        }
        const Result<WeightsInfo> info = readAs(QStringLiteral("gguf"), patched);
        QCOMPARE(bool(info), valid);
        if (valid)
            QCOMPARE(bytes.mid(qsizetype(info->payloads[2].offset), tensors[2].bytes.size()), tensors[2].bytes);
    }

    void pickledClass_data()
    {
        QTest::addColumn<QByteArray>("pickledClass");
        QTest::addColumn<QString>("expected");
        QTest::addRow("state dict") << QByteArray() << QString();
        QTest::addRow("__main__ model") << QByteArray("__main__\nNet") << QStringLiteral("__main__.Net");
        QTest::addRow("torch.nn module") << QByteArray("torch.nn.modules.container\nSequential")
                                         << QStringLiteral("torch.nn.modules.container.Sequential");
    }

    void pickledClass()
    {
        QFETCH(QByteArray, pickledClass);
        QFETCH(QString, expected);
        const Result<WeightsInfo> info
            = readAs(QStringLiteral("torch"), WeightsFiles::torchZip(network(), pickledClass));
        QVERIFY2(info, qPrintable(info.error().message));
        QCOMPARE(info->pickledClass, expected);
    }

    // The same tensors as .pth, .onnx, .safetensors and .gguf: keep the safetensors file, drop the three others.
    void fourContainersOneModel()
    {
        Test::AnalysisFixture fixture;
        const QList<WeightsTensor> tensors = network();
        QVERIFY(fixture.write(QStringLiteral("_internal/models/model.pth"), WeightsFiles::torchZip(tensors)));
        QVERIFY(fixture.write(QStringLiteral("_internal/models/model.onnx"), WeightsFiles::onnx(tensors)));
        QVERIFY(
            fixture.write(QStringLiteral("_internal/models/model.safetensors"), WeightsFiles::safetensors(tensors)));
        QVERIFY(fixture.write(QStringLiteral("_internal/models/model.gguf"), WeightsFiles::gguf(tensors)));
        QVERIFY(fixture.scan());
        std::vector<Error> errors;
        const std::vector<Candidate> candidates = run(fixture, errors);
        QVERIFY(errors.empty());
        QCOMPARE(candidates.size(), std::size_t(1));
        const Candidate& c = candidates.front();
        QCOMPARE(c.kind, Candidate::Kind::RepeatedWeights);
        QCOMPARE(c.id, QStringLiteral("repeated_weights:models/model.safetensors"));
        QCOMPARE(c.keep, fixture.node(QStringLiteral("_internal/models/model.safetensors")));
        QCOMPARE(c.confidence, Candidate::Confidence::High);
        QVERIFY(c.advised);
        quint64 dropped = 0;
        for (const char* name : { "model.pth", "model.onnx", "model.gguf" })
            dropped += fixture.tree().size(fixture.node(QStringLiteral("_internal/models/") + QLatin1String(name)));
        QCOMPARE(c.saving, dropped);
        QCOMPARE(c.files.size(), std::size_t(3));
        QCOMPARE(c.dropPatterns,
            QStringList({ QStringLiteral("models/model.gguf"), QStringLiteral("models/model.onnx"),
                QStringLiteral("models/model.pth") }));
        QVERIFY2(c.why.contains(QStringLiteral("holds 5 of the same tensors")), qPrintable(c.why));
        QVERIFY2(c.why.contains(QStringLiteral("body.0.weight")), qPrintable(c.why));
        QCOMPARE(c.title, QStringLiteral("Same weights in 4 files: keep model.safetensors"));
        QVERIFY2(c.action.contains(QStringLiteral("    'models/model.pth',\n")), qPrintable(c.action));
        QVERIFY2(c.action.contains(QStringLiteral("a.datas = [e for e in a.datas if _bundlescope_keep(e)]")),
            qPrintable(c.action));
    }

    // One tensor differs: no file can go; an information-only candidate gives the exact counts.
    void nearMiss()
    {
        Test::AnalysisFixture fixture;
        QList<WeightsTensor> tensors = network();
        QVERIFY(fixture.write(QStringLiteral("_internal/model.safetensors"), WeightsFiles::safetensors(tensors)));
        tensors[2].bytes[100] = char(tensors[2].bytes[100] ^ 1);
        QVERIFY(fixture.write(QStringLiteral("_internal/model.onnx"), WeightsFiles::onnx(tensors)));
        QVERIFY(fixture.scan());
        std::vector<Error> errors;
        const std::vector<Candidate> candidates = run(fixture, errors);
        QVERIFY(errors.empty());
        QCOMPARE(candidates.size(), std::size_t(1));
        const Candidate& c = candidates.front();
        QCOMPARE(c.id, QStringLiteral("repeated_weights:partial:model.safetensors:model.onnx"));
        QVERIFY(!c.advised);
        QCOMPARE(c.saving, quint64(0));
        QVERIFY(c.files.empty());
        QVERIFY2(c.why.startsWith(QStringLiteral("4 tensors")), qPrintable(c.why));
        QVERIFY2(c.why.contains(QStringLiteral("but 1 tensors (64.0 KiB)")), qPrintable(c.why));
    }

    // The ONNX exporter leaves out unused buffers: the ONNX file is a subset of the state dict (medium confidence).
    // The kept safetensors file lacks the small buffer: under 1% of the dropped file's bytes, so still advised.
    void subsetMatches()
    {
        Test::AnalysisFixture fixture;
        const QList<WeightsTensor> tensors = network();
        QVERIFY(fixture.write(QStringLiteral("_internal/model.pth"), WeightsFiles::torchZip(tensors)));
        QVERIFY(
            fixture.write(QStringLiteral("_internal/model.safetensors"), WeightsFiles::safetensors(tensors.mid(0, 4))));
        QVERIFY(fixture.scan());
        std::vector<Error> errors;
        const std::vector<Candidate> candidates = run(fixture, errors);
        QCOMPARE(candidates.size(), std::size_t(1));
        const Candidate& c = candidates.front();
        QCOMPARE(c.keep, fixture.node(QStringLiteral("_internal/model.safetensors")));
        QCOMPARE(c.confidence, Candidate::Confidence::Medium);
        QVERIFY(c.advised);
        QVERIFY2(c.why.contains(QStringLiteral("It also holds 1 tensor(s) (8 bytes)")), qPrintable(c.why));
    }

    // A whole pickled model next to a state dict of the same tensors: keep the state dict, say why.
    void wholePickledModel()
    {
        Test::AnalysisFixture fixture;
        const QList<WeightsTensor> tensors = network();
        QVERIFY(fixture.write(QStringLiteral("_internal/full.pth"), WeightsFiles::torchZip(tensors, "__main__\nNet")));
        QVERIFY(fixture.write(QStringLiteral("_internal/state.pth"), WeightsFiles::torchZip(tensors)));
        QVERIFY(fixture.write(QStringLiteral("_internal/torch/__init__.py"), "")); // the app ships torch
        QVERIFY(fixture.scan());
        std::vector<Error> errors;
        const std::vector<Candidate> candidates = run(fixture, errors);
        QCOMPARE(candidates.size(), std::size_t(1));
        const Candidate& c = candidates.front();
        QCOMPARE(c.keep, fixture.node(QStringLiteral("_internal/state.pth")));
        QCOMPARE(c.confidence, Candidate::Confidence::High);
        QVERIFY2(c.why.contains(QStringLiteral("whole pickled model (class __main__.Net)")), qPrintable(c.why));
        QVERIFY2(c.action.contains(QStringLiteral("torch.load(path, map_location")), qPrintable(c.action));
    }

    // Tiny tensors (a few zero biases) match by accident: below MinimumMatchedBytes nothing is proposed.
    void tinyModelsIgnored()
    {
        Test::AnalysisFixture fixture;
        const QList<WeightsTensor> tensors { WeightsFiles::tensor("w", { 16, 16 }, 3) };
        QVERIFY(fixture.write(QStringLiteral("_internal/a.safetensors"), WeightsFiles::safetensors(tensors)));
        QVERIFY(fixture.write(QStringLiteral("_internal/a.onnx"), WeightsFiles::onnx(tensors)));
        QVERIFY(fixture.scan());
        std::vector<Error> errors;
        QVERIFY(run(fixture, errors).empty());
    }

    // A model file whose tensor lengths match no other file's is not read beyond its header: its tensors could match
    // nothing. (Its last tensor bytes fail to read: reading its tensors would report that. A file that shrank since
    // the scan no longer serves as the probe: opening it for its header already reports the change.)
    void loneFileNotRead()
    {
        Test::AnalysisFixture fixture;
        QVERIFY(fixture.write(QStringLiteral("_internal/a.safetensors"), WeightsFiles::safetensors(network(1))));
        QVERIFY(fixture.write(
            QStringLiteral("_internal/b.onnx"), WeightsFiles::onnx({ WeightsFiles::tensor("w", { 100, 100 }, 1) })));
        QVERIFY(fixture.scan());
        const NodeId lone = fixture.node(QStringLiteral("_internal/a.safetensors"));
        const Test::InjectingReader failing(fixture.reader(), lone, qint64(fixture.tree().size(lone)) - 5000);
        std::vector<Error> errors;
        QVERIFY(run(fixture, errors, &failing).empty());
        QVERIFY(errors.empty());
    }

    void unreadable_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("beforeScan");
        QTest::addRow("truncated safetensors") << QStringLiteral("model.safetensors") << true;
        QTest::addRow("truncated onnx") << QStringLiteral("model.onnx") << true;
        QTest::addRow("truncated gguf") << QStringLiteral("model.gguf") << true;
        QTest::addRow("truncated torch zip") << QStringLiteral("model.pth") << true;
        QTest::addRow("safetensors shrank after the scan") << QStringLiteral("model.safetensors") << false;
    }

    // A file that cannot be read is an analysis error, not a file with no tensors; the others still match.
    void unreadable()
    {
        QFETCH(QString, file);
        QFETCH(bool, beforeScan);
        Test::AnalysisFixture fixture;
        const QList<WeightsTensor> tensors = network();
        QVERIFY(fixture.write(QStringLiteral("_internal/model.safetensors"), WeightsFiles::safetensors(tensors)));
        QVERIFY(fixture.write(QStringLiteral("_internal/model.onnx"), WeightsFiles::onnx(tensors)));
        QVERIFY(fixture.write(QStringLiteral("_internal/model.gguf"), WeightsFiles::gguf(tensors)));
        QVERIFY(fixture.write(QStringLiteral("_internal/model.pth"), WeightsFiles::torchZip(tensors)));
        const QString path = fixture.root() + QStringLiteral("/_internal/") + file;
        const qint64 cut = QFileInfo(path).size() - 5000;
        if (beforeScan)
            QVERIFY(QFile::resize(path, cut));
        QVERIFY(fixture.scan());
        if (!beforeScan)
            QVERIFY(QFile::resize(path, cut));
        std::vector<Error> errors;
        const std::vector<Candidate> candidates = run(fixture, errors);
        QCOMPARE(errors.size(), std::size_t(1));
        QCOMPARE(errors.front().path, QStringLiteral("_internal/") + file);
        QCOMPARE(candidates.size(), std::size_t(1));
        QCOMPARE(candidates.front().files.size(), std::size_t(2)); // the three readable files, one kept
    }
};

QTEST_GUILESS_MAIN(TestRepeatedWeights)
#include "tst_repeatedweights.moc"
