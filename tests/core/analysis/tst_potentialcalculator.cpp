// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/potentialcalculator.h"
#include "analysisfixture.h"

#include <QTest>

using namespace BundleScope;

// Overlap resolution of PotentialCalculator on a hand-made tree with exact sizes.
class TestPotentialCalculator : public QObject {
    Q_OBJECT

private:
    BundleTreePtr m_tree;

    // "remove:a.so,b.so" | "partial:b.so=1500" | "loose=50"; candidates separated by ';'.
    std::vector<Candidate> parse(const QString& spec) const
    {
        std::vector<Candidate> candidates;
        int n = 0;
        for (const QString& part : spec.split(u';', Qt::SkipEmptyParts)) {
            Candidate candidate;
            candidate.id = QStringLiteral("c%1").arg(++n);
            const QString kind = part.section(u':', 0, 0);
            if (part.startsWith(QStringLiteral("loose="))) {
                candidate.saving = part.section(u'=', 1).toULongLong();
            } else {
                for (const QString& item : part.section(u':', 1).split(u',')) {
                    const NodeId id = m_tree->findPath(item.section(u'=', 0, 0));
                    const quint64 saving = kind == u"remove" ? m_tree->size(id) : item.section(u'=', 1).toULongLong();
                    candidate.files.push_back({ id, saving, kind == u"remove" });
                    candidate.saving += saving;
                }
            }
            candidates.push_back(candidate);
        }
        return candidates;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_tree = Test::buildTree({ { QStringLiteral("a.so"), 1000 }, { QStringLiteral("b.so"), 2000 },
                                     { QStringLiteral("c.bin"), 500 }, { QStringLiteral("d.so"), 1000 },
                                     { QStringLiteral("pkg/x.py"), 100 }, { QStringLiteral("pkg/y.py"), 200 } },
            { QStringLiteral("d.so") });
        QCOMPARE(m_tree->totalSize(), quint64(3800)); // d.so is a hard link: not counted
    }

    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void overlap_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<quint64>("saving");
        QTest::addRow("nothing") << QString() << quint64(0);
        QTest::addRow("one removal") << QStringLiteral("remove:a.so") << quint64(1000);
        QTest::addRow("removal and strip of the same file")
            << QStringLiteral("remove:a.so;partial:a.so=300") << quint64(1000);
        QTest::addRow("strip then removal (order does not matter)")
            << QStringLiteral("partial:a.so=300;remove:a.so") << quint64(1000);
        QTest::addRow("two partials capped at the file size")
            << QStringLiteral("partial:b.so=1500;partial:b.so=1000") << quint64(2000);
        QTest::addRow("two partials below the file size")
            << QStringLiteral("partial:b.so=500;partial:b.so=700") << quint64(1200);
        QTest::addRow("duplicate and exclusion of one file")
            << QStringLiteral("remove:a.so;remove:a.so,c.bin") << quint64(1500);
        QTest::addRow("hard link removal saves nothing") << QStringLiteral("remove:d.so") << quint64(0);
        QTest::addRow("folder removal covers its files")
            << QStringLiteral("remove:pkg;partial:pkg/x.py=50") << quint64(300);
        QTest::addRow("unattributed saving added as is") << QStringLiteral("loose=50;remove:c.bin") << quint64(550);
        QTest::addRow("capped at the bundle size") << QStringLiteral("loose=999999;remove:a.so") << quint64(3800);
    }

    void overlap()
    {
        QFETCH(QString, spec);
        QFETCH(quint64, saving);
        const std::vector<Candidate> candidates = parse(spec);
        std::vector<const Candidate*> all;
        for (const Candidate& candidate : candidates)
            all.push_back(&candidate);
        const Potential potential = PotentialCalculator::compute(*m_tree, all);
        QCOMPARE(potential.saving, saving);
        QCOMPARE(potential.bytesBefore, quint64(3800));
        QCOMPARE(potential.bytesAfter, 3800 - saving);
    }

    void advisedOnly()
    {
        std::vector<Candidate> candidates = parse(QStringLiteral("remove:a.so;remove:b.so;partial:c.bin=100"));
        candidates[1].advised = false;
        QCOMPARE(PotentialCalculator::advised(*m_tree, candidates).saving, quint64(1100));
    }

    void selectedSet()
    {
        std::vector<Candidate> candidates = parse(QStringLiteral("remove:a.so;remove:b.so;partial:c.bin=100"));
        candidates[1].advised = false; // the user may check an unadvised one
        const Potential potential
            = PotentialCalculator::selected(*m_tree, candidates, { QStringLiteral("c2"), QStringLiteral("c3") });
        QCOMPARE(potential.saving, quint64(2100));
        QCOMPARE(potential.fraction(), 2100.0 / 3800.0);
    }
};

QTEST_GUILESS_MAIN(TestPotentialCalculator)
#include "tst_potentialcalculator.moc"
