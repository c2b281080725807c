// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysisrunner.h"
#include "analysis/duplicatesanalyzer.h"
#include "analysis/fasthash.h"
#include "analysis/potentialcalculator.h"
#include "analysisfixture.h"
#include "demo/pyinstallerarchivewriter.h"
#include "injectingreader.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace BundleScope;

namespace {
// Three identical files of `size` bytes (a/x.so, b/x.so, c/x.so) in a fresh fixture.
void writeCopies(Test::AnalysisFixture& fixture, qint64 size)
{
    for (const char* folder : { "a", "b", "c" })
        QVERIFY(fixture.writeSized(QStringLiteral("_internal/%1/x.so").arg(QLatin1String(folder)), size, 5));
    QVERIFY(fixture.scan());
}
} // namespace

// Duplicate detection: size, edge hash and full hash stages, links that are not copies, cancellation.
class TestDuplicates : public QObject {
    Q_OBJECT

private:
    Test::AnalysisFixture m_fixture;
    static constexpr qint64 Big = 300 * 1024; // above head + tail: exercises the full hash
    static constexpr qint64 Mid = 100 * 1024; // at most head + tail: edge hash is the whole file

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.writeSized(QStringLiteral("_internal/a/libx.so"), Big, 7));
        QVERIFY(m_fixture.writeSized(QStringLiteral("_internal/b/libx.so"), Big, 7));
        QVERIFY(m_fixture.writeSized(QStringLiteral("_internal/c/libx-copy.so"), Big, 7));
        // Same size, same first and last 64 KiB, one byte different in the middle: not a copy.
        QVERIFY(m_fixture.writeSized(QStringLiteral("_internal/d/big.bin"), Big, 9));
        QFile original(m_fixture.root() + QStringLiteral("/_internal/d/big.bin"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray changed = original.readAll();
        changed[Big / 2] = char(changed[Big / 2] ^ 0x5a);
        QVERIFY(m_fixture.write(QStringLiteral("_internal/e/big.bin"), changed));
        QVERIFY(m_fixture.writeSized(QStringLiteral("_internal/f/mid.dat"), Mid, 11));
        QVERIFY(m_fixture.writeSized(QStringLiteral("_internal/g/mid.dat"), Mid, 11));
        QVERIFY(m_fixture.writeSized(QStringLiteral("_internal/g/other.dat"), Mid, 12));
        QVERIFY(m_fixture.write(QStringLiteral("_internal/small1.txt"), QByteArray(100, 'q')));
        QVERIFY(m_fixture.write(QStringLiteral("_internal/small2.txt"), QByteArray(100, 'q')));
        QVERIFY(m_fixture.write(QStringLiteral("_internal/empty1"), QByteArray()));
        QVERIFY(m_fixture.write(QStringLiteral("_internal/empty2"), QByteArray()));
        // A symlink and a hard link to a unique file are further names, not copies.
        QVERIFY(m_fixture.writeSized(QStringLiteral("_internal/u/unique.bin"), Big, 13));
        QVERIFY(
            QFile::link(QStringLiteral("../u/unique.bin"), m_fixture.root() + QStringLiteral("/_internal/b/link.so")));
        const QByteArray from = QFile::encodeName(m_fixture.root() + QStringLiteral("/_internal/u/unique.bin"));
        const QByteArray to = QFile::encodeName(m_fixture.root() + QStringLiteral("/_internal/h/hard.so"));
        QVERIFY(QDir().mkpath(m_fixture.root() + QStringLiteral("/_internal/h")));
        QCOMPARE(::link(from.constData(), to.constData()), 0);
        QVERIFY(m_fixture.scan());
        QVERIFY(m_fixture.tree().hasFlag(m_fixture.node(QStringLiteral("_internal/h/hard.so")), HardLinkDuplicate)
            || m_fixture.tree().hasFlag(m_fixture.node(QStringLiteral("_internal/u/unique.bin")), HardLinkDuplicate));
    }

    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void fastHashVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<quint64>("expected");
        // Reference values of XXH64 with seed 0 (xxHash's own test vectors).
        QTest::addRow("empty") << QByteArray() << quint64(0xEF46DB3751D8E999ull);
        QTest::addRow("abc") << QByteArray("abc") << quint64(0x44BC2CF5AD770999ull);
        QTest::addRow("xxhash") << QByteArray("xxhash") << quint64(0x32DD38952C4BC720ull);
    }

    void fastHashVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(quint64, expected);
        QCOMPARE(FastHash::hash(input), expected);
    }

    void fastHashStreamingEqualsOneShot()
    {
        QByteArray data(1000, Qt::Uninitialized);
        for (int i = 0; i < data.size(); ++i)
            data[i] = char(i * 37 + 11);
        for (int step : { 1, 7, 31, 32, 33, 999 }) {
            FastHash hash;
            for (int i = 0; i < data.size(); i += step)
                hash.addData(QByteArrayView(data).sliced(i, qMin(step, int(data.size()) - i)));
            QCOMPARE(hash.result(), FastHash::hash(data));
        }
    }

    void groups()
    {
        const auto candidates = m_fixture.run(DuplicatesAnalyzer());
        // libx.so x3 and mid.dat x2; big.bin pair differs in the middle, small files are below the minimum size.
        QCOMPARE(candidates.size(), std::size_t(2));
        const Candidate* libx = Test::findCandidate(candidates, QStringLiteral("duplicate:a/libx.so"));
        QVERIFY(libx);
        QCOMPARE(libx->saving, quint64(2 * Big)); // (copies - 1) x size, never all copies
        QCOMPARE(libx->bytes, quint64(3 * Big));
        QCOMPARE(libx->files.size(), std::size_t(2));
        QCOMPARE(libx->keep, m_fixture.node(QStringLiteral("_internal/a/libx.so")));
        QCOMPARE(libx->confidence, Candidate::Confidence::High);
        QVERIFY(libx->advised);
        const Candidate* mid = Test::findCandidate(candidates, QStringLiteral("duplicate:f/mid.dat"));
        QVERIFY(mid);
        QCOMPARE(mid->saving, quint64(Mid));
        std::vector<const Candidate*> both { libx, mid };
        QCOMPARE(PotentialCalculator::compute(m_fixture.tree(), both).saving, quint64(2 * Big + Mid));
    }

    void minimumSize()
    {
        const auto candidates = m_fixture.run(DuplicatesAnalyzer(1));
        QVERIFY(Test::findCandidate(candidates, QStringLiteral("duplicate:small1.txt")));
        for (const Candidate& candidate : candidates)
            QVERIFY2(!candidate.id.contains(QStringLiteral("empty")), qPrintable(candidate.id));
    }

    void windowsNotAdvised()
    {
        const auto candidates = m_fixture.run(DuplicatesAnalyzer(), TargetPlatform::Windows);
        QVERIFY(!candidates.empty());
        for (const Candidate& candidate : candidates) {
            QVERIFY(!candidate.advised);
            QCOMPARE(candidate.confidence, Candidate::Confidence::Low);
        }
    }

    // Every file that cannot be read completely is an error on that entry, never a hash of what was read.
    void readErrors_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("message");
        // Big: edge hashes read head and tail, then the full hash; Mid: the edge hash is the whole file.
        QTest::addRow("shrank, big") << QStringLiteral("shrink") << Big << QStringLiteral("changed since the scan");
        QTest::addRow("shrank, mid") << QStringLiteral("shrink") << Mid << QStringLiteral("changed since the scan");
        QTest::addRow("grew, big") << QStringLiteral("grow") << Big << QStringLiteral("changed since the scan");
        QTest::addRow("grew, mid") << QStringLiteral("grow") << Mid << QStringLiteral("changed since the scan");
        QTest::addRow("now a FIFO") << QStringLiteral("fifo") << Big << QStringLiteral("could not be opened");
        QTest::addRow("removed") << QStringLiteral("remove") << Big << QStringLiteral("could not be opened");
        QTest::addRow("read error in the head")
            << QStringLiteral("inject:1000") << Big << QStringLiteral("Input/output error (injected)");
        QTest::addRow("read error in the middle")
            << QStringLiteral("inject:150000") << Big << QStringLiteral("Input/output error (injected)");
        QTest::addRow("read error in the tail")
            << QStringLiteral("inject:290000") << Big << QStringLiteral("Input/output error (injected)");
    }
    void readErrors()
    {
        QFETCH(QString, change);
        QFETCH(qint64, size);
        QFETCH(QString, message);
        Test::AnalysisFixture fixture;
        writeCopies(fixture, size);
        const QString victim = QStringLiteral("_internal/b/x.so");
        const QString file = fixture.root() + u'/' + victim;
        std::unique_ptr<ContentReader> injecting;
        if (change == QLatin1String("shrink") || change == QLatin1String("grow")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(change == QLatin1String("shrink") ? size - 10 : size + 10));
        } else if (change == QLatin1String("fifo")) {
            QVERIFY(QFile::remove(file));
            QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
        } else if (change == QLatin1String("remove")) {
            QVERIFY(QFile::remove(file));
        } else {
            injecting = std::make_unique<Test::InjectingReader>(
                fixture.reader(), fixture.node(victim), change.section(u':', 1).toLongLong());
        }
        AnalysisErrors errors;
        AnalysisContext context { fixture.tree(), injecting ? *injecting : fixture.reader(), CancellationToken() };
        context.errors = &errors;
        const auto candidates = DuplicatesAnalyzer().analyze(context);

        const std::vector<Error> found = errors.take();
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found.front().path, victim);
        QCOMPARE(found.front().code, Error::Code::Io);
        QVERIFY2(found.front().message.contains(message), qPrintable(found.front().message));
        // The two intact copies are still found; the unreadable one is in no group.
        QCOMPARE(candidates.size(), std::size_t(1));
        QCOMPARE(candidates.front().files.size(), std::size_t(1));
        QCOMPARE(candidates.front().files.front().node, fixture.node(QStringLiteral("_internal/c/x.so")));
    }

    // A one-folder launcher's PKG is shown in place, each PYZ module at its stored (compressed) size, while the reader
    // yields the decoded module. Before: every pair of modules of equal stored size was "larger than the N bytes the
    // scan found" (about 20 false read errors on the real torch bundle). The members are no files: no file operation
    // removes one (the package excludes cover them), so they are no duplicate candidates either.
    void launcherMembersAreNoCopies()
    {
        Test::AnalysisFixture fixture;
        QByteArray module(8192, Qt::Uninitialized);
        QRandomGenerator(21).fillRange(reinterpret_cast<quint32*>(module.data()), module.size() / 4);
        PyzWriter pyz;
        pyz.addModule("pkga.mod", PyzWriter::Type::Module, module);
        pyz.addModule("pkgb.mod", PyzWriter::Type::Module, module);
        pyz.addModule("pkgc.small", PyzWriter::Type::Module, QByteArray(6000, 'm')); // compresses to a few bytes
        pyz.addModule("pkgd.small", PyzWriter::Type::Module, QByteArray(7000, 'm'));
        CArchiveWriter pkg;
        pkg.add("PYZ-00.pyz", 'z', pyz.finish(), false);
        pkg.add("app", 's', QByteArray(5000, 's'), true);
        QByteArray bootloader("\x7f"
                              "ELF",
            4);
        bootloader.append(QByteArray(16 * 1024, 'b'));
        QVERIFY(fixture.write(QStringLiteral("app"), bootloader + pkg.finish()));
        QVERIFY(QFile::setPermissions(fixture.root() + QStringLiteral("/app"), QFile::ReadOwner | QFile::ExeOwner));
        QVERIFY(fixture.write(QStringLiteral("_internal/base_library.zip"), QByteArray(100, 'z')));
        QVERIFY(fixture.scan());
        std::vector<NodeId> members;
        for (NodeId id = 0; id < fixture.tree().nodeCount(); ++id) {
            if (fixture.tree().name(id) == QLatin1String("mod.pyc")
                || fixture.tree().name(id) == QLatin1String("small.pyc"))
                members.push_back(id);
        }
        QCOMPARE(members.size(), std::size_t(4)); // the launcher was opened in place
        AnalysisErrors errors;
        AnalysisContext context { fixture.tree(), fixture.reader(), CancellationToken() };
        context.errors = &errors;
        QVERIFY(DuplicatesAnalyzer(1).analyze(context).empty());
        const std::vector<Error> reported = errors.take();
        QVERIFY2(reported.empty(), qPrintable(reported.empty() ? QString() : reported.front().toString()));
    }

    // The runner collects what analyzers report into AnalysisResult::errors.
    void runnerCollectsErrors()
    {
        Test::AnalysisFixture fixture;
        writeCopies(fixture, Big);
        QVERIFY(QFile::resize(fixture.root() + QStringLiteral("/_internal/a/x.so"), 10 + Big));
        std::vector<std::unique_ptr<Analyzer>> analyzers;
        analyzers.push_back(std::make_unique<DuplicatesAnalyzer>());
        const AnalysisContext context { fixture.tree(), fixture.reader(), CancellationToken() };
        const Result<AnalysisResult> result = AnalysisRunner(std::move(analyzers)).run(context);
        QVERIFY(result);
        QCOMPARE(result->errors.size(), std::size_t(1));
        QCOMPARE(result->errors.front().path, QStringLiteral("_internal/a/x.so"));
        QCOMPARE(result->candidates.size(), std::size_t(1));
    }

    // A snapshot has sizes but no content: nothing to compare, and nothing to report.
    void noContentNoErrors()
    {
        class NoContent : public ContentReader {
        public:
            std::unique_ptr<QIODevice> open(NodeId) const override { return nullptr; }
            bool hasContent() const override { return false; }
        } reader;
        AnalysisErrors errors;
        AnalysisContext context { m_fixture.tree(), reader, CancellationToken() };
        context.errors = &errors;
        QVERIFY(DuplicatesAnalyzer().analyze(context).empty());
        QVERIFY(errors.take().empty());
    }

    void cancelled()
    {
        CancellationToken token;
        token.cancel();
        const AnalysisContext context { m_fixture.tree(), m_fixture.reader(), token };
        QVERIFY(DuplicatesAnalyzer().analyze(context).empty());
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
