// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/duplicatesanalyzer.h"
#include "analysis/fasthash.h"
#include "analysis/potentialcalculator.h"
#include "analysisfixture.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <unistd.h>

using namespace BundleScope;

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
