// SPDX-License-Identifier: GPL-3.0-or-later
// The weight readers' tensor payload ranges and RepeatedWeightsAnalyzer against files written by the real libraries:
// weightsoracle.py saves one network with torch.save (state dict and whole model) and torch.onnx.export, writes a
// safetensors file from the specification, and lists the SHA-256 of every state dict tensor. Every payload range our
// readers report must hash to one of those, each tensor exactly once per file. Skips, saying what to install, when
// neither python3 on PATH nor /usr/bin/python3 has torch and onnx (an optional oracle: the generated fixtures of
// tst_repeatedweights always run).
#include "analysis/analysiserrors.h"
#include "analysis/modelweightsanalyzer.h"
#include "analysis/repeatedweightsanalyzer.h"
#include "analysisfixture.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

class TestWeightsOracle : public QObject {
    Q_OBJECT

private:
    Test::AnalysisFixture m_fixture;
    QJsonObject m_manifest;

    QString models() const { return m_fixture.root() + QStringLiteral("/_internal/models"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(models()));
        // The first python3 with torch: PATH's (a virtualenv may lack it), then the system one (Debian's).
        Test::ToolRun run;
        for (const QString& python : { QStringLiteral("python3"), QStringLiteral("/usr/bin/python3") }) {
            run = Test::runTool(python, { QStringLiteral(BUNDLESCOPE_WEIGHTSORACLE), models() }, python, 300000);
            if (run.started && run.exitCode != 3)
                break;
        }
        if (!run.started || run.exitCode == 3)
            QSKIP("python3 with torch and onnx is needed for this oracle (apt-get install python3-torch python3-onnx)");
        QVERIFY2(run.exitCode == 0, run.standardError.constData());
        QFile manifest(models() + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        m_manifest = QJsonDocument::fromJson(manifest.readAll()).object();
        QVERIFY(manifest.remove());
        QVERIFY(m_fixture.scan());
    }

    void payloads_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pickledClass");
        QTest::addRow("torch.save(state_dict)") << QStringLiteral("model.pth") << QString();
        QTest::addRow("torch.save(model)") << QStringLiteral("model_full.pth") << QStringLiteral("__main__.Net");
        QTest::addRow("torch.onnx.export") << QStringLiteral("model.onnx") << QString();
        QTest::addRow("safetensors") << QStringLiteral("model.safetensors") << QString();
    }

    // Each payload range holds exactly one state dict tensor's bytes, and every tensor is there once.
    void payloads()
    {
        QFETCH(QString, file);
        QFETCH(QString, pickledClass);
        const NodeId id = m_fixture.node(QStringLiteral("_internal/models/") + file);
        QVERIFY(id != InvalidNode);
        const Result<WeightsInfo> info = ModelWeightsAnalyzer::readWeights(m_fixture.reader(), m_fixture.tree(), id);
        QVERIFY2(info, qPrintable(info.error().message));
        QVERIFY(info->payloadsComplete);
        QCOMPARE(info->pickledClass, pickledClass);
        QFile in(models() + u'/' + file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QStringList found;
        for (const TensorPayload& payload : info->payloads) {
            const QByteArray range = bytes.mid(qsizetype(payload.offset), qsizetype(payload.length));
            found.append(QString::fromLatin1(QCryptographicHash::hash(range, QCryptographicHash::Sha256).toHex()));
        }
        QStringList expected;
        const QJsonObject tensors = m_manifest.value(QLatin1String("tensors")).toObject();
        for (auto it = tensors.constBegin(); it != tensors.constEnd(); ++it)
            expected.append(it.value().toString());
        found.sort();
        expected.sort();
        QCOMPARE(found, expected);
    }

    // Four files, one network: keep the safetensors file, drop the three others, byte-identical payloads.
    void analyzer()
    {
        AnalysisErrors errors;
        AnalysisContext context { m_fixture.tree(), m_fixture.reader(), CancellationToken() };
        context.errors = &errors;
        const std::vector<Candidate> candidates = RepeatedWeightsAnalyzer().analyze(context);
        QVERIFY(errors.take().empty());
        QCOMPARE(candidates.size(), std::size_t(1));
        QCOMPARE(candidates.front().id, QStringLiteral("repeated_weights:models/model.safetensors"));
        QCOMPARE(candidates.front().confidence, Candidate::Confidence::High);
        QCOMPARE(candidates.front().files.size(), std::size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestWeightsOracle)
#include "tst_weightsoracle.moc"
