// SPDX-License-Identifier: GPL-3.0-or-later
// CandidateReport's "potential" note, the line the text and Markdown reports print under the candidates: the sign
// comes with the percentage, so a bundle with nothing (or next to nothing) to save reads "(0.0%)" / "(0,0%)", never
// "(-0.0%)" (issue 15.5: "75,3 MiB -> 75,3 MiB (-0,0%)").
#include "analysis/candidatereport.h"
#include "analysisfixture.h"
#include "common/sizeformat.h"
#include "common/translationloader.h"

#include <QTest>
#include <QTranslator>

using namespace BundleScope;

class TestCandidateReport : public QObject {
    Q_OBJECT

private:
    static constexpr quint64 s_bundleBytes = 78957773; // 75.3 MiB, the bundle of the issue

    // A bundle of two files, "data.bin" and "lib.so" (saving bytes), and one advised candidate removing lib.so.
    static QString potentialNote(quint64 saving)
    {
        const BundleTreePtr tree = Test::buildTree(
            { { QStringLiteral("data.bin"), s_bundleBytes - saving }, { QStringLiteral("lib.so"), saving } });
        AnalysisResult result;
        if (saving > 0) {
            Candidate candidate;
            candidate.id = QStringLiteral("duplicates:lib.so");
            candidate.saving = saving;
            candidate.bytes = saving;
            candidate.advised = true;
            candidate.files.push_back({ tree->findPath(QStringLiteral("lib.so")), saving, true });
            result.candidates.push_back(candidate);
        }
        for (const ReportSection& section : CandidateReport::sections(result, *tree)) {
            if (section.key == u"potential")
                return section.note;
        }
        return {};
    }

private Q_SLOTS:
    // Each row installs its language's translators; the next row must not fall back to them.
    void cleanup()
    {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
    }

    void potentialNote_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<quint64>("saving");
        QTest::addColumn<QString>("expected"); // %1 and %2: the sizes before and after, as the locale formats them
        const QString en
            = QStringLiteral("Potential: %1 -> %2 (%3), advised candidates only, every byte counted once.");
        const QString de
            = QStringLiteral("Potenzial: %1 -> %2 (%3), nur empfohlene Kandidaten, jedes Byte einmal gezählt.");
        const QString fr = QStringLiteral(
            "Potentiel : %1 -> %2 (%3), candidats conseillés uniquement, chaque octet compté une fois.");
        QTest::addRow("en nothing to save") << "en" << quint64(0) << en.arg(u"%1", u"%2", u"0.0%");
        QTest::addRow("de nothing to save") << "de" << quint64(0) << de.arg(u"%1", u"%2", u"0,0%");
        QTest::addRow("fr nothing to save") << "fr" << quint64(0) << fr.arg(u"%1", u"%2", u"0,0%");
        QTest::addRow("en a few bytes round to zero") << "en" << quint64(10) << en.arg(u"%1", u"%2", u"0.0%");
        QTest::addRow("de a few bytes round to zero") << "de" << quint64(10) << de.arg(u"%1", u"%2", u"0,0%");
        QTest::addRow("en a quarter") << "en" << s_bundleBytes / 4 << en.arg(u"%1", u"%2", u"-25.0%");
        QTest::addRow("de a quarter") << "de" << s_bundleBytes / 4 << de.arg(u"%1", u"%2", u"-25,0%");
        QTest::addRow("fr a quarter") << "fr" << s_bundleBytes / 4 << fr.arg(u"%1", u"%2", u"-25,0%");
    }

    void potentialNote()
    {
        QFETCH(QString, language);
        QFETCH(quint64, saving);
        QFETCH(QString, expected);
        QCOMPARE(TranslationLoader::install(QLocale(language)), language);
        QLocale::setDefault(QLocale(language));
        const QString note = TestCandidateReport::potentialNote(saving);
        QCOMPARE(note, expected.arg(SizeFormat::format(s_bundleBytes), SizeFormat::format(s_bundleBytes - saving)));
    }
};

QTEST_GUILESS_MAIN(TestCandidateReport)
#include "tst_candidatereport.moc"
