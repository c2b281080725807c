// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/modelweightsanalyzer.h"
#include "analysisfixture.h"
#include "binfmt/ggufreader.h"
#include "binfmt/onnxreader.h"
#include "binfmt/safetensorsreader.h"
#include "binfmt/torchzipreader.h"
#include "weightsencoding.h"

#include <KZip>

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>

using namespace BundleScope;
using namespace BundleScope::Test;
using namespace BundleScope::Test::Protobuf;

namespace {

constexpr qint64 MiB = 1024 * 1024;

QByteArray safetensors(const QByteArray& json, qint64 dataSize)
{
    return le64(quint64(json.size())) + json + QByteArray(dataSize, '\0');
}

QByteArray tensorEntry(const char* name, const char* dtype, qint64 begin, qint64 end)
{
    return QByteArray("\"") + name + "\":{\"dtype\":\"" + dtype + "\",\"shape\":[1],\"data_offsets\":["
        + QByteArray::number(begin) + "," + QByteArray::number(end) + "]}";
}

// Protocol 2 pickle fragments as torch.save writes them.
QByteArray binUnicode(const QByteArray& text)
{
    return 'X' + le32(quint32(text.size())) + text;
}

QByteArray storageRef(const QByteArray& typeOrMemo, const QByteArray& key)
{
    return QByteArray("(") + binUnicode("storage") + typeOrMemo + binUnicode(key) + binUnicode("cpu") + "K\x01tQ";
}

QByteArray torchPickle()
{
    return QByteArray("\x80\x02}q\x00(", 6) + binUnicode("w") + storageRef("ctorch\nFloatStorage\nq\x01", "0")
        + binUnicode("h") + storageRef(QByteArray("ctorch\nHalfStorage\nr\x00\x01\x00\x00", 24), "1") + binUnicode("w2")
        + storageRef("h\x01", "2") + binUnicode("h2") + storageRef(QByteArray("j\x00\x01\x00\x00", 5), "3") + "u.";
}

bool writeTorchZip(const QString& path, const QByteArray& pickle, const QList<qint64>& records)
{
    KZip zip(path);
    zip.setCompression(KZip::NoCompression); // torch.save stores records uncompressed
    if (!zip.open(QIODevice::WriteOnly))
        return false;
    bool ok = zip.writeFile(QStringLiteral("model/data.pkl"), pickle);
    for (int i = 0; i < records.size(); ++i)
        ok = ok && zip.writeFile(QStringLiteral("model/data/%1").arg(i), QByteArray(records[i], '\0'));
    return ok && zip.close();
}

QByteArray onnxModel()
{
    const QByteArray packedDims = varint(1024) + varint(512);
    const QByteArray weight
        = field(1, packedDims) + fieldVarint(2, 1) + field(8, "w") + field(9, QByteArray(2 * MiB, 0));
    const QByteArray half = fieldVarint(1, 256) + fieldVarint(2, 10) + field(9, QByteArray(512, 0));
    const QByteArray external = fieldVarint(1, 1000) + fieldVarint(2, 1)
        + field(13, field(1, "location") + field(2, "w.bin")) + field(13, field(1, "length") + field(2, "4000"))
        + fieldVarint(14, 1);
    const QByteArray graph = field(1, "node-bytes") + field(5, weight) + field(5, half) + field(5, external);
    return fieldVarint(1, 8) + field(7, graph);
}

QByteArray ggufString(const QByteArray& text)
{
    return le64(quint64(text.size())) + text;
}

QByteArray ggufModel(quint32 version = 3, quint64 kvCount = 2)
{
    QByteArray out = QByteArray("GGUF") + le32(version) + le64(2) + le64(kvCount);
    out += ggufString("general.architecture") + le32(8) + ggufString("llama");
    out += ggufString("tokenizer.ggml.tokens") + le32(9) + le32(8) + le64(3) + ggufString("a") + ggufString("bb")
        + ggufString("ccc");
    out += ggufString("w") + le32(2) + le64(1024) + le64(512) + le32(0) + le64(0);
    out += ggufString("q") + le32(1) + le64(4096) + le32(8) + le64(2 * MiB);
    out += QByteArray(32 - out.size() % 32, '\0'); // alignment
    return out + QByteArray(2 * MiB + 4352, '\0');
}

} // namespace

// The weight readers (safetensors, torch zip, ONNX, GGUF) and ModelWeightsAnalyzer over them.
class TestModelWeights : public QObject {
    Q_OBJECT

private:
    Test::AnalysisFixture m_fixture;

    static Result<WeightsInfo> readBytes(const QByteArray& bytes, Result<WeightsInfo> (*reader)(QIODevice&, quint64))
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return reader(buffer, quint64(bytes.size()));
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void safetensorsValid()
    {
        const QByteArray json = "{" + tensorEntry("a", "F32", 0, 2 * MiB) + ","
            + tensorEntry("b", "F16", 2 * MiB, 2 * MiB + 2048) + ",\"__metadata__\":{\"format\":\"pt\"}}";
        const auto info = readBytes(safetensors(json, 2 * MiB + 2048), &SafetensorsReader::read);
        QVERIFY2(info, qPrintable(info.error().message));
        QCOMPARE(info->tensorCount, quint64(2));
        QCOMPARE(info->bytes(QStringLiteral("float32")), quint64(2 * MiB));
        QCOMPARE(info->bytes(QStringLiteral("float16")), quint64(2048));
    }

    void safetensorsMalformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("header longer than file") << le64(1000) + QByteArray("{}");
        QTest::addRow("header above 100 MB") << le64(200ull * MiB) + QByteArray(16, ' ');
        QTest::addRow("huge length wraps") << le64(~0ull) + QByteArray("{}");
        QTest::addRow("not json") << safetensors("not json", 0);
        QTest::addRow("offsets past the end") << safetensors("{" + tensorEntry("a", "F32", 0, 4096) + "}", 100);
        QTest::addRow("offsets reversed") << safetensors("{" + tensorEntry("a", "F32", 50, 10) + "}", 100);
        QTest::addRow("missing offsets") << safetensors("{\"a\":{\"dtype\":\"F32\"}}", 10);
    }

    void safetensorsMalformed()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!readBytes(bytes, &SafetensorsReader::read));
    }

    void torchStorageTypes()
    {
        const QHash<QString, QString> types = TorchZipReader::storageTypes(torchPickle());
        QCOMPARE(types.value(QStringLiteral("0")), QStringLiteral("float32"));
        QCOMPARE(types.value(QStringLiteral("1")), QStringLiteral("float16"));
        QCOMPARE(types.value(QStringLiteral("2")), QStringLiteral("float32")); // BINGET of the FloatStorage slot
        QCOMPARE(types.value(QStringLiteral("3")), QStringLiteral("float16")); // LONG_BINGET of the HalfStorage slot
        QCOMPARE(types.size(), 4);
    }

    void torchZip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.pt"));
        QVERIFY(writeTorchZip(path, torchPickle(), { 2 * MiB, 4096, MiB, 100 }));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto info = TorchZipReader::read(file);
        QVERIFY2(info, qPrintable(info.error().message));
        QCOMPARE(info->tensorCount, quint64(4));
        QCOMPARE(info->bytes(QStringLiteral("float32")), quint64(3 * MiB));
        QCOMPARE(info->bytes(QStringLiteral("float16")), quint64(4096 + 100));
        QVERIFY(!info->typeAssumed);
    }

    void torchZipWithoutTypes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.pt"));
        QVERIFY(writeTorchZip(path, QByteArray("\x80\x02}q\x00."), { MiB, MiB }));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto info = TorchZipReader::read(file);
        QVERIFY(info);
        QVERIFY(info->typeAssumed);
        QCOMPARE(info->bytes(QStringLiteral("float32")), quint64(2 * MiB));
        QVERIFY(!info->note.isEmpty());
    }

    void torchZipMalformed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.zip"));
        KZip zip(path);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        QVERIFY(zip.writeFile(QStringLiteral("readme.txt"), "hello"));
        QVERIFY(zip.close());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!TorchZipReader::read(file));
        QBuffer garbage;
        garbage.setData("PK\x03\x04 this is not a zip at all");
        garbage.open(QIODevice::ReadOnly);
        QVERIFY(!TorchZipReader::read(garbage));
    }

    void onnx()
    {
        const auto info = readBytes(onnxModel(), &OnnxReader::read);
        QVERIFY2(info, qPrintable(info.error().message));
        QCOMPARE(info->tensorCount, quint64(3));
        QCOMPARE(info->bytes(QStringLiteral("float32")), quint64(2 * MiB));
        QCOMPARE(info->bytes(QStringLiteral("float16")), quint64(512));
        QCOMPARE(info->externalBytes, quint64(4000));
        QCOMPARE(OnnxReader::typeBits(16), 16);
        QCOMPARE(OnnxReader::typeName(3), QStringLiteral("int8"));
    }

    void onnxMalformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray model = onnxModel();
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("text") << QByteArray("hello world, not protobuf");
        QTest::addRow("truncated inside raw_data") << model.left(model.size() / 2);
        QTest::addRow("no graph") << fieldVarint(1, 8);
        QTest::addRow("graph length past the end") << fieldVarint(1, 8) + varint(7 << 3 | 2) + varint(1ull << 40);
        QTest::addRow("endless varint") << QByteArray(20, '\xff');
    }

    void onnxMalformed()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!readBytes(bytes, &OnnxReader::read));
    }

    void gguf()
    {
        const auto info = readBytes(ggufModel(), &GgufReader::read);
        QVERIFY2(info, qPrintable(info.error().message));
        QCOMPARE(info->tensorCount, quint64(2));
        QCOMPARE(info->bytes(QStringLiteral("float32")), quint64(2 * MiB));
        QCOMPARE(info->bytes(QStringLiteral("quantized")), quint64(4096 / 32 * 34));
        QCOMPARE(GgufReader::traits(12).blockBytes, quint32(144)); // Q4_K
    }

    void ggufMalformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray model = ggufModel();
        QTest::addRow("wrong magic") << QByteArray("GGML") + model.mid(4);
        QTest::addRow("version 1") << ggufModel(1);
        QTest::addRow("lying kv count") << ggufModel(3, 1ull << 40);
        QTest::addRow("truncated header") << model.left(100);
        QTest::addRow("data shorter than tensors") << model.left(model.size() - 4352);
    }

    void ggufMalformed()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!readBytes(bytes, &GgufReader::read));
    }

    void analyzer()
    {
        const QByteArray json
            = "{" + tensorEntry("a", "F32", 0, 2 * MiB) + "," + tensorEntry("b", "F16", 2 * MiB, 2 * MiB + 2048) + "}";
        QVERIFY(m_fixture.write(QStringLiteral("_internal/models/enc.safetensors"), safetensors(json, 2 * MiB + 2048)));
        QVERIFY(m_fixture.write(QStringLiteral("_internal/models/half.safetensors"),
            safetensors("{" + tensorEntry("a", "F16", 0, 2 * MiB) + "}", 2 * MiB)));
        QVERIFY(writeTorchZip(m_fixture.root() + QStringLiteral("/_internal/models/ckpt.pt"), torchPickle(),
            { 2 * MiB, 4096, MiB, 100 }));
        QVERIFY(writeTorchZip(
            m_fixture.root() + QStringLiteral("/_internal/models/untyped.pth"), "\x80\x02}.", { 2 * MiB }));
        QVERIFY(m_fixture.write(QStringLiteral("_internal/models/m.onnx"), onnxModel()));
        QVERIFY(m_fixture.write(QStringLiteral("_internal/models/llm.gguf"), ggufModel()));
        QVERIFY(m_fixture.write(QStringLiteral("_internal/models/broken.onnx"), "hello world"));
        QVERIFY(m_fixture.writeSized(QStringLiteral("_internal/models/weights.h5"), 3 * MiB));
        QVERIFY(m_fixture.scan());
        const auto candidates = m_fixture.run(ModelWeightsAnalyzer(), TargetPlatform::Linux, 2 * MiB);
        auto check = [&](const QString& id, quint64 saving, bool advised, Candidate::Confidence confidence) -> QString {
            const Candidate* candidate = Test::findCandidate(candidates, id);
            if (!candidate)
                return QStringLiteral("missing ") + id;
            if (candidate->saving != saving || candidate->advised != advised || candidate->confidence != confidence)
                return QStringLiteral("%1: saving %2 advised %3 confidence %4")
                    .arg(id)
                    .arg(candidate->saving)
                    .arg(candidate->advised)
                    .arg(int(candidate->confidence));
            return QString();
        };
        using C = Candidate::Confidence;
        QCOMPARE(check(QStringLiteral("model_precision:fp16:models/enc.safetensors"), MiB, true, C::Medium), QString());
        QCOMPARE(check(QStringLiteral("model_precision:int8:models/enc.safetensors"), MiB / 2 * 3, false, C::Low),
            QString());
        QCOMPARE(check(QStringLiteral("model_precision:fp16:models/ckpt.pt"), 3 * MiB / 2, true, C::Medium), QString());
        QCOMPARE(check(QStringLiteral("model_precision:fp16:models/untyped.pth"), MiB, true, C::Low), QString());
        QCOMPARE(check(QStringLiteral("model_precision:fp16:models/m.onnx"), MiB, true, C::Medium), QString());
        QCOMPARE(check(QStringLiteral("model_precision:fp16:models/llm.gguf"), MiB, true, C::Medium), QString());
        QCOMPARE(check(QStringLiteral("model_precision:unreadable:models/broken.onnx"), 0, false, C::Low), QString());
        const quint64 h5 = 3 * MiB;
        QCOMPARE(check(QStringLiteral("lazy_load_model:models/weights.h5"), h5, false, C::Medium), QString());
        QVERIFY(!Test::findCandidate(candidates, QStringLiteral("model_precision:fp16:models/half.safetensors")));
        QVERIFY(!Test::findCandidate(candidates, QStringLiteral("model_precision:fp16:models/weights.h5")));
        QVERIFY(!Test::findCandidate(candidates, QStringLiteral("model_precision:unreadable:models/weights.h5")));
        QVERIFY(Test::findCandidate(candidates, QStringLiteral("model_precision:fp16:models/untyped.pth"))->estimated);
        const Candidate* fp16 = Test::findCandidate(candidates, QStringLiteral("model_precision:fp16:models/ckpt.pt"));
        QCOMPARE(fp16->files.size(), std::size_t(1));
        QVERIFY(!fp16->files.front().removesFile);
        QVERIFY(fp16->why.contains(QStringLiteral("ONNX")));
    }
};

QTEST_GUILESS_MAIN(TestModelWeights)
#include "tst_modelweights.moc"
