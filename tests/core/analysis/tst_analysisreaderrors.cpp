// SPDX-License-Identifier: GPL-3.0-or-later
// Every analyzer that reads file contents, against every way a read can fail between the scan and the analysis: the
// file vanished, shrank, grew, became a FIFO, or a read error is injected through the ContentReader interface (the
// tests run as root, so permissions prove nothing). Each must report exactly one error naming the entry and give no
// figure computed from the partial read; the same bundle left intact must give that figure (so each row can fail).
// Duplicates, strip, UPX, model weights, repeated weights and unreferenced libraries (the dependency graph read by
// the analyzer); the import graph and Python library references are covered in tests/core/deps.
#include "analysis/analysisrunner.h"
#include "analysis/duplicatesanalyzer.h"
#include "analysis/modelweightsanalyzer.h"
#include "analysis/repeatedweightsanalyzer.h"
#include "analysis/stripanalyzer.h"
#include "analysis/unreferencedlibrariesanalyzer.h"
#include "analysis/upxanalyzer.h"
#include "analysisfixture.h"
#include "filechange.h"
#include "injectingreader.h"
#include "testsupport.h"
#include "weightsfiles.h"

#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace BundleScope;

namespace {

// One analyzer and a bundle in which one file (the victim) yields a figure when it can be read.
struct Scenario {
    QString victim; // relative to the bundle root
    qint64 failAt = 0; // a byte the analyzer must read: where the injected read error sits (negative: from the end)
    std::function<std::unique_ptr<Analyzer>()> analyzer;
    // Whether the candidates carry the figure the intact victim yields.
    std::function<bool(const Test::AnalysisFixture&, const std::vector<Candidate>&)> intactFigure;
    // Whether the candidates carry a figure that only a partial read of the victim can produce (for most analyzers the
    // victim's own figure; for unreferenced libraries, the libraries only the victim needs).
    std::function<bool(const Test::AnalysisFixture&, const std::vector<Candidate>&)> partialFigure;
};

bool mentions(const Candidate& candidate, NodeId id)
{
    if (candidate.keep == id)
        return true;
    return std::any_of(candidate.files.begin(), candidate.files.end(),
        [id](const Candidate::FileSaving& file) { return file.node == id; });
}

// A candidate with a saving that involves the file at `path`.
auto figureFor(const QString& path)
{
    return [path](const Test::AnalysisFixture& fixture, const std::vector<Candidate>& candidates) {
        const NodeId id = fixture.node(path);
        return std::any_of(candidates.begin(), candidates.end(),
            [id](const Candidate& candidate) { return candidate.saving > 0 && mentions(candidate, id); });
    };
}

QByteArray elf(const QString& fixture, qint64 padding = 0)
{
    QByteArray bytes = Test::readFile(Test::elfFixture(fixture));
    if (padding > 0 && !bytes.isEmpty()) {
        QByteArray noise(padding, Qt::Uninitialized); // incompressible: UPX gains little, but something
        QRandomGenerator(3).fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
        bytes += noise + QByteArray(padding, '\0');
    }
    return bytes;
}

QList<Test::WeightsTensor> tensors()
{
    return { Test::WeightsFiles::tensor("encoder.weight", { 512, 512 }, 11),
        Test::WeightsFiles::tensor("encoder.bias", { 512 }, 12) };
}

// Writes the scenario's bundle into `fixture` (not scanned yet) and describes it.
bool build(const QString& name, Test::AnalysisFixture& fixture, Scenario& scenario)
{
    if (name == u"strip") {
        scenario.victim = QStringLiteral("_internal/libdbg.so");
        scenario.failAt = 64; // the program headers after the ELF header
        scenario.analyzer = [] { return std::make_unique<StripAnalyzer>(); };
        scenario.intactFigure = scenario.partialFigure = figureFor(scenario.victim);
        return fixture.write(scenario.victim, elf(QStringLiteral("libdbg.so")));
    }
    if (name == u"upx") {
        scenario.victim = QStringLiteral("_internal/libbig.so");
        scenario.failAt = -1000; // in the last of the samples spread over the file
        scenario.analyzer = [] { return std::make_unique<UpxAnalyzer>(); };
        scenario.intactFigure = scenario.partialFigure = figureFor(scenario.victim);
        return fixture.write(scenario.victim, elf(QStringLiteral("libnodbg.so"), 160 * 1024));
    }
    if (name == u"model weights") {
        scenario.victim = QStringLiteral("_internal/models/model.safetensors");
        scenario.failAt = 16; // in the JSON header
        scenario.analyzer = [] { return std::make_unique<ModelWeightsAnalyzer>(); };
        scenario.intactFigure = scenario.partialFigure = figureFor(scenario.victim);
        return fixture.write(scenario.victim, Test::WeightsFiles::safetensors(tensors()));
    }
    if (name == u"repeated weights") {
        scenario.victim = QStringLiteral("_internal/models/model.onnx");
        scenario.failAt = -100; // in the tensor bytes that are hashed
        scenario.analyzer = [] { return std::make_unique<RepeatedWeightsAnalyzer>(); };
        scenario.intactFigure = scenario.partialFigure = figureFor(scenario.victim);
        return fixture.write(scenario.victim, Test::WeightsFiles::onnx(tensors()))
            && fixture.write(
                QStringLiteral("_internal/models/model.safetensors"), Test::WeightsFiles::safetensors(tensors()));
    }
    if (name == u"duplicates") {
        scenario.victim = QStringLiteral("_internal/b/data.bin");
        scenario.failAt = 150000; // between the head and the tail that the edge hash reads: the full hash
        scenario.analyzer = [] { return std::make_unique<DuplicatesAnalyzer>(); };
        scenario.intactFigure = scenario.partialFigure = figureFor(scenario.victim);
        for (const char* folder : { "a", "b", "c" }) {
            if (!fixture.writeSized(QStringLiteral("_internal/%1/data.bin").arg(QLatin1String(folder)), 300000, 5))
                return false;
        }
        return true;
    }
    if (name == u"unreferenced libraries") {
        // The extension module needs lib/libfxa.so.1, which needs lib/libfxb.so; liborphan.so is needed by nothing.
        scenario.victim = QStringLiteral("_internal/fxpkg/fxmod.cpython-311-x86_64-linux-gnu.so");
        scenario.failAt = 64;
        scenario.analyzer = [] { return std::make_unique<UnreferencedLibrariesAnalyzer>(); };
        const QStringList needed { QStringLiteral("_internal/fxpkg/lib/libfxa.so.1"),
            QStringLiteral("_internal/fxpkg/lib/libfxb.so") };
        const QString orphan = QStringLiteral("_internal/liborphan.so");
        scenario.intactFigure = [orphan, needed](const auto& fixture, const auto& candidates) {
            return figureFor(orphan)(fixture, candidates) && !figureFor(needed[0])(fixture, candidates)
                && !figureFor(needed[1])(fixture, candidates);
        };
        // Unread, the module's imports would be missing and the libraries it needs "unreferenced".
        scenario.partialFigure = [needed](const auto& fixture, const auto& candidates) {
            return figureFor(needed[0])(fixture, candidates) || figureFor(needed[1])(fixture, candidates);
        };
        return fixture.write(scenario.victim, elf(QStringLiteral("fxmod.cpython-311-x86_64-linux-gnu.so")))
            && fixture.write(needed[0], elf(QStringLiteral("libfxa.so")))
            && fixture.write(needed[1], elf(QStringLiteral("libfxb.so")))
            && fixture.write(orphan, elf(QStringLiteral("liborphan.so")));
    }
    qWarning("unknown scenario %s", qPrintable(name));
    return false;
}

const QStringList s_scenarios { QStringLiteral("strip"), QStringLiteral("upx"), QStringLiteral("model weights"),
    QStringLiteral("repeated weights"), QStringLiteral("duplicates"), QStringLiteral("unreferenced libraries") };

} // namespace

class TestAnalysisReadErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void intact_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const QString& scenario : s_scenarios)
            QTest::addRow("%s", qPrintable(scenario)) << scenario;
    }
    // The control: read as scanned, the victim gives its figure and no error.
    void intact()
    {
        QFETCH(QString, scenario);
        Test::AnalysisFixture fixture;
        Scenario s;
        QVERIFY(build(scenario, fixture, s));
        QVERIFY(fixture.scan());
        AnalysisErrors errors;
        AnalysisContext context { fixture.tree(), fixture.reader(), CancellationToken() };
        context.errors = &errors;
        const std::vector<Candidate> candidates = s.analyzer()->analyze(context);
        const std::vector<Error> found = errors.take();
        QVERIFY2(found.empty(), qPrintable(found.empty() ? QString() : found.front().toString()));
        QVERIFY(s.intactFigure(fixture, candidates));
    }

    void readFailure_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("message"); // what the error must say
        for (const QString& scenario : s_scenarios) {
            for (const Test::FileChange change : { Test::FileChange::Vanish, Test::FileChange::Shrink,
                     Test::FileChange::Grow, Test::FileChange::Fifo, Test::FileChange::InjectReadError }) {
                const QString message = change == Test::FileChange::InjectReadError
                    ? Test::InjectingReader::injectedMessage()
                    : change == Test::FileChange::Vanish || change == Test::FileChange::Fifo
                    ? QStringLiteral("could not be opened")
                    : QStringLiteral("changed since the scan");
                QTest::addRow("%s, %s", qPrintable(scenario), qPrintable(Test::fileChangeName(change)))
                    << scenario << int(change) << message;
            }
        }
    }
    void readFailure()
    {
        QFETCH(QString, scenario);
        QFETCH(int, change);
        QFETCH(QString, message);
        Test::AnalysisFixture fixture;
        Scenario s;
        QVERIFY(build(scenario, fixture, s));
        QVERIFY(fixture.scan());
        const NodeId victim = fixture.node(s.victim);
        QVERIFY(victim != InvalidNode);
        std::unique_ptr<ContentReader> injecting;
        if (Test::FileChange(change) == Test::FileChange::InjectReadError) {
            const qint64 size = qint64(fixture.tree().size(victim));
            injecting = std::make_unique<Test::InjectingReader>(
                fixture.reader(), victim, s.failAt >= 0 ? s.failAt : size + s.failAt);
        } else {
            QVERIFY(Test::applyFileChange(fixture.root() + u'/' + s.victim, Test::FileChange(change)));
        }
        AnalysisErrors errors;
        AnalysisContext context { fixture.tree(), injecting ? *injecting : fixture.reader(), CancellationToken() };
        context.errors = &errors;
        const std::vector<Candidate> candidates = s.analyzer()->analyze(context);

        const std::vector<Error> found = errors.take();
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found.front().path, s.victim);
        QCOMPARE(found.front().code, Error::Code::Io);
        QVERIFY2(found.front().message.contains(message), qPrintable(found.front().message));
        QVERIFY2(!s.partialFigure(fixture, candidates), "a figure computed from a partial read");
    }

    // Through the runner with every analyzer: one error for the entry, however many analyzers failed on it (the
    // strip and UPX analyzers and the dependency graph all read a library).
    void runnerReportsEachEntryOnce()
    {
        Test::AnalysisFixture fixture;
        Scenario s;
        QVERIFY(build(QStringLiteral("unreferenced libraries"), fixture, s));
        QVERIFY(fixture.scan());
        QVERIFY(Test::applyFileChange(fixture.root() + u'/' + s.victim, Test::FileChange::Shrink));
        const AnalysisContext context { fixture.tree(), fixture.reader(), CancellationToken() };
        const Result<AnalysisResult> result = AnalysisRunner().run(context);
        QVERIFY(result);
        QCOMPARE(result->errors.size(), std::size_t(1));
        QCOMPARE(result->errors.front().path, s.victim);
        for (const Candidate& candidate : result->candidates)
            QVERIFY2(!mentions(candidate, fixture.node(s.victim)) || candidate.saving == 0
                    || candidate.kind == Candidate::Kind::LazyLoadModel,
                qPrintable(candidate.id));
    }

    // A snapshot has sizes but no contents: nothing can be read, and that is no read error.
    void noContentIsNoError_data() { intact_data(); }
    void noContentIsNoError()
    {
        QFETCH(QString, scenario);
        class NoContent : public ContentReader {
        public:
            std::unique_ptr<QIODevice> open(NodeId) const override { return nullptr; }
            bool hasContent() const override { return false; }
        } reader;
        Test::AnalysisFixture fixture;
        Scenario s;
        QVERIFY(build(scenario, fixture, s));
        QVERIFY(fixture.scan());
        AnalysisErrors errors;
        AnalysisContext context { fixture.tree(), reader, CancellationToken() };
        context.errors = &errors;
        const std::vector<Candidate> candidates = s.analyzer()->analyze(context);
        QVERIFY(errors.take().empty());
        if (scenario != u"unreferenced libraries") // by name and size alone, libraries may still be unreferenced
            QVERIFY(!s.intactFigure(fixture, candidates));
    }

    // Errors a snapshot recorded come back in the runner's result, merged with (and not doubling) new ones.
    void recordedErrorsAreKept()
    {
        Test::AnalysisFixture fixture;
        Scenario s;
        QVERIFY(build(QStringLiteral("duplicates"), fixture, s));
        QVERIFY(fixture.scan());
        QVERIFY(Test::applyFileChange(fixture.root() + u'/' + s.victim, Test::FileChange::Grow));
        std::vector<std::unique_ptr<Analyzer>> analyzers;
        analyzers.push_back(std::make_unique<DuplicatesAnalyzer>());
        AnalysisContext context { fixture.tree(), fixture.reader(), CancellationToken() };
        context.recordedErrors = { makeError(Error::Code::Io, QStringLiteral("recorded"), QStringLiteral("gone/x.so")),
            makeError(Error::Code::Io, QStringLiteral("recorded"), s.victim) };
        const Result<AnalysisResult> result = AnalysisRunner(std::move(analyzers)).run(context);
        QVERIFY(result);
        QCOMPARE(result->errors.size(), std::size_t(2));
        QCOMPARE(result->errors[0].path, s.victim);
        QCOMPARE(result->errors[1].path, QStringLiteral("gone/x.so"));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisReadErrors)
#include "tst_analysisreaderrors.moc"
