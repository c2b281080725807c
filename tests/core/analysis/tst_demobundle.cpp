// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysisrunner.h"
#include "analysis/specfragmentgenerator.h"
#include "common/sizeformat.h"
#include "demo/demobundlegenerator.h"
#include "scan/foldersource.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

// Every registered analyzer over the synthetic demo bundle (DemoBundleGenerator, scale 1, with CUDA): the kinds of
// candidates a real torch bundle yields, a potential that counts bytes once, deterministic output, and the run time.
class TestDemoBundle : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ScanResult m_scan;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Result<QString> root = DemoBundleGenerator::generate(m_dir.path(), {});
        QVERIFY2(root, qPrintable(root.error().toString()));
        FolderSource source(*root);
        Result<ScanResult> scanned = source.scan(CancellationToken(), {});
        QVERIFY2(scanned, qPrintable(scanned.error().toString()));
        m_scan = std::move(*scanned);
    }

    void candidates()
    {
        const AnalysisContext context { *m_scan.tree, *m_scan.reader, CancellationToken() };
        QElapsedTimer timer;
        timer.start();
        const Result<AnalysisResult> result = AnalysisRunner().run(context);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(result);
        QSet<Candidate::Kind> kinds;
        for (const Candidate& candidate : result->candidates) {
            kinds.insert(candidate.kind);
            QVERIFY2(candidate.saving <= m_scan.tree->totalSize(), qPrintable(candidate.id));
            QVERIFY2(!candidate.title.isEmpty() && !candidate.action.isEmpty(), qPrintable(candidate.id));
        }
        for (Candidate::Kind kind :
            { Candidate::Kind::ExcludePackage, Candidate::Kind::DevFiles, Candidate::Kind::Duplicate,
                Candidate::Kind::ModelPrecision, Candidate::Kind::GpuStack, Candidate::Kind::Layout })
            QVERIFY2(kinds.contains(kind), qPrintable(candidateKindId(kind)));
        QVERIFY(result->find(QStringLiteral("exclude_package:pytest")));
        QVERIFY(result->find(QStringLiteral("layout:onefolder")));
        const Potential& potential = result->potential;
        QCOMPARE(potential.bytesBefore, m_scan.tree->totalSize());
        QVERIFY(potential.saving > 0 && potential.saving < potential.bytesBefore);
        quint64 advisedSum = 0;
        for (const Candidate& candidate : result->candidates)
            advisedSum += candidate.advised ? candidate.saving : 0;
        QVERIFY(potential.saving <= advisedSum); // overlaps are counted once
        qInfo("demo bundle %s in %u files: %zu candidates in %lld ms, potential %s -> %s (-%s), naive sum %s",
            qPrintable(SizeFormat::format(potential.bytesBefore)), m_scan.tree->totalFiles(), result->candidates.size(),
            elapsed, qPrintable(SizeFormat::format(potential.bytesBefore)),
            qPrintable(SizeFormat::format(potential.bytesAfter)), qPrintable(SizeFormat::percent(potential.fraction())),
            qPrintable(SizeFormat::format(advisedSum)));

        const Result<AnalysisResult> again = AnalysisRunner().run(context);
        QVERIFY(again);
        QCOMPARE(again->candidates.size(), result->candidates.size());
        for (std::size_t i = 0; i < result->candidates.size(); ++i) {
            QCOMPARE(again->candidates[i].id, result->candidates[i].id);
            QCOMPARE(again->candidates[i].saving, result->candidates[i].saving);
        }
        QSet<QString> advised;
        for (const Candidate& candidate : result->candidates) {
            if (candidate.advised)
                advised.insert(candidate.id);
        }
        const QString fragment = SpecFragmentGenerator::generate(*m_scan.tree, result->candidates, advised);
        QVERIFY(fragment.contains(QStringLiteral("bundlescope_excludes = [")));
    }
};

QTEST_GUILESS_MAIN(TestDemoBundle)
#include "tst_demobundle.moc"
