// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysisrunner.h"
#include "analysis/candidatesmodel.h"
#include "analysisfixture.h"
#include "candidates/candidatespanel.h"
#include "candidates/readerrorsbanner.h"
#include "candidates/specfragmentdialog.h"
#include "common/translationloader.h"
#include "shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

using namespace BundleScope;

namespace {

Candidate make(Candidate::Kind kind, const QString& id, quint64 saving, std::vector<NodeId> nodes, bool advised)
{
    Candidate candidate;
    candidate.kind = kind;
    candidate.id = id;
    candidate.title = QStringLiteral("title ") + id;
    candidate.why = QStringLiteral("because ") + id;
    candidate.action = QStringLiteral("action ") + id;
    candidate.saving = saving;
    candidate.bytes = saving;
    candidate.advised = advised;
    for (NodeId node : nodes)
        candidate.files.push_back({ node, saving, true });
    return candidate;
}

} // namespace

// CandidatesModel under QAbstractItemModelTester and CandidatesPanel offscreen: grouping, checkboxes, potential
// headline counting bytes once, gauge against targets and budgets, details, signals, spec fragment dialog, and the
// banner for files the analysis could not read.
class TestCandidatesPanel : public QObject {
    Q_OBJECT

private:
    BundleTreePtr m_tree;
    std::shared_ptr<const AnalysisResult> m_result;

private Q_SLOTS:
    void initTestCase()
    {
        m_tree = Test::buildTree({ { QStringLiteral("_internal/a.so"), 400'000'000 },
            { QStringLiteral("_internal/b.so"), 300'000'000 }, { QStringLiteral("_internal/c.bin"), 300'000'000 } });
        const NodeId a = m_tree->findPath(u"_internal/a.so"), b = m_tree->findPath(u"_internal/b.so"),
                     c = m_tree->findPath(u"_internal/c.bin");
        auto result = std::make_shared<AnalysisResult>();
        result->candidates = { make(Candidate::Kind::ExcludePackage, QStringLiteral("exclude_package:x"), 400'000'000,
                                   { a }, true),
            make(Candidate::Kind::ExcludePackage, QStringLiteral("exclude_package:y"), 300'000'000, { b }, false),
            make(Candidate::Kind::Duplicate, QStringLiteral("duplicate:a"), 400'000'000, { a }, true),
            make(Candidate::Kind::ModelPrecision, QStringLiteral("model_precision:fp16:c"), 150'000'000, { c }, true) };
        result->candidates[3].files[0].removesFile = false;
        AnalysisRunner::normalize(result->candidates);
        m_result = result;
    }

    void init()
    {
        // The offscreen platform warns about propagateSizeHints() when a top-level widget is shown: not ours.
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    }

    void cleanup()
    {
        // TranslationLoader parents its translators to the application; take them back so each row starts in English.
        for (QTranslator* translator : qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
            QCoreApplication::removeTranslator(translator);
            const std::unique_ptr<QTranslator> owned(translator);
        }
    }

    // A dock narrowed to 40 characters (about 250 pixels) still holds the panel, and there the headline and the
    // gauge's text are shown whole: wrapped, never clipped. German strings are the longest; "over" is the longer
    // gauge text. (The gauge's text used to be painted inside the progress bar, clipped beside the target box.)
    void labelsFitAtNarrowWidth_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("budget");
        for (const char* language : { "en", "de", "fr" }) {
            QTest::addRow("%s within target", language) << QString::fromLatin1(language) << QString();
            QTest::addRow("%s over budget", language) << QString::fromLatin1(language) << QStringLiteral("1 kB");
        }
    }

    void labelsFitAtNarrowWidth()
    {
        QFETCH(QString, language);
        QFETCH(QString, budget);
        QCOMPARE(TranslationLoader::install(QLocale(language)), language);
        CandidatesPanel panel;
        panel.setResult(m_result, m_tree);
        if (!budget.isEmpty())
            QVERIFY(panel.setBudget(budget));
        const int narrow = panel.fontMetrics().averageCharWidth() * 40;
        QVERIFY2(panel.minimumSizeHint().width() <= narrow,
            qPrintable(QStringLiteral("minimum %1 > %2").arg(panel.minimumSizeHint().width()).arg(narrow)));
        panel.resize(narrow, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.width(), narrow);
        for (const QLabel* label : { panel.headlineLabel(), panel.gaugeLabel() }) {
            QVERIFY(label->isVisible());
            QVERIFY(!label->text().isEmpty());
            const QString context = QStringLiteral("%1: %2 at %3x%4")
                                        .arg(label->objectName(), label->text())
                                        .arg(label->width())
                                        .arg(label->height());
            QVERIFY2(label->minimumSizeHint().width() <= label->width(), qPrintable(context));
            QVERIFY2(label->heightForWidth(label->width()) <= label->height(), qPrintable(context));
            QVERIFY2(
                panel.rect().contains(QRect(label->mapTo(&panel, QPoint(0, 0)), label->size())), qPrintable(context));
        }
        // The Candidate column keeps at least half the view; the numbers scroll sideways when they do not fit.
        QVERIFY(panel.view()->columnWidth(CandidatesModel::TitleColumn) >= panel.view()->viewport()->width() / 2);
    }

    // In the main window at the sizes of the screenshots the dock is wide enough for the panel: no sideways scroll.
    void dockFitsPanel_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char* language : { "en", "de" }) {
            QTest::addRow("%s 1400x900", language) << QString::fromLatin1(language) << QSize(1400, 900);
            QTest::addRow("%s 1024x700", language) << QString::fromLatin1(language) << QSize(1024, 700);
        }
    }

    void dockFitsPanel()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QCoreApplication::setOrganizationName(QStringLiteral("BundleScopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_candidatespanel"));
        QCOMPARE(TranslationLoader::install(QLocale(language)), language);
        MainWindow window;
        window.resize(size);
        window.candidatesPanel()->setResult(m_result, m_tree);
        window.candidatesDock()->show();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* scroll = qobject_cast<QScrollArea*>(window.candidatesDock()->widget());
        QVERIFY(scroll);
        const CandidatesPanel* panel = window.candidatesPanel();
        QVERIFY2(panel->width() <= scroll->viewport()->width(),
            qPrintable(QStringLiteral("panel %1, viewport %2").arg(panel->width()).arg(scroll->viewport()->width())));
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        const QLabel* gauge = panel->gaugeLabel();
        QVERIFY(gauge->heightForWidth(gauge->width()) <= gauge->height());
        // Wide enough that the Candidate column is not squeezed to its checkbox.
        QVERIFY2(
            panel->view()->columnWidth(CandidatesModel::TitleColumn) >= panel->fontMetrics().averageCharWidth() * 12,
            qPrintable(QString::number(panel->view()->columnWidth(CandidatesModel::TitleColumn))));
    }

    void modelStructure()
    {
        CandidatesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(m_result, m_tree);
        QCOMPARE(model.rowCount(), 3); // three kinds
        const QModelIndex exclusions = model.index(0, 0);
        QCOMPARE(model.rowCount(exclusions), 2);
        QCOMPARE(model.data(exclusions, CandidatesModel::KindRole).toInt(), int(Candidate::Kind::ExcludePackage));
        QCOMPARE(model.data(exclusions, Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked)); // y is not advised
        const QModelIndex x = model.index(0, 0, exclusions);
        QCOMPARE(model.data(x, CandidatesModel::CandidateIdRole).toString(), QStringLiteral("exclude_package:x"));
        QCOMPARE(model.data(model.index(0, CandidatesModel::SavingColumn, exclusions), CandidatesModel::RawValueRole)
                     .toULongLong(),
            quint64(400'000'000));
        QCOMPARE(model.data(x, Qt::ToolTipRole).toString(), QStringLiteral("because exclude_package:x"));
        QCOMPARE(model.parent(x), exclusions);
        QCOMPARE(model.checkedIds(),
            QStringList({ QStringLiteral("exclude_package:x"), QStringLiteral("duplicate:a"),
                QStringLiteral("model_precision:fp16:c") }));
        // Group toggle checks every child.
        QSignalSpy changed(&model, &CandidatesModel::checkedCandidatesChanged);
        QVERIFY(model.setData(exclusions, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(exclusions, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.checkedSet().contains(QStringLiteral("exclude_package:y")));
        model.setChecked(QStringLiteral("exclude_package:y"), false);
        QVERIFY(!model.checkedSet().contains(QStringLiteral("exclude_package:y")));
        model.setResult(nullptr, nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void potentialCountsBytesOnce()
    {
        CandidatesPanel panel;
        QSignalSpy checked(&panel, &CandidatesPanel::checkedCandidatesChanged);
        panel.setResult(m_result, m_tree);
        QCOMPARE(checked.size(), 1);
        // Advised: x and duplicate:a both remove a.so (400 MB, once) + fp16 of c (150 MB) = 550 MB of 1 GB.
        QCOMPARE(panel.model()->checkedPotential().saving, quint64(550'000'000));
        QVERIFY2(panel.headlineText().startsWith(QStringLiteral("Potential: ")), qPrintable(panel.headlineText()));
        QVERIFY(panel.headlineText().contains(QStringLiteral("-55.0%")));
        panel.model()->setChecked(QStringLiteral("exclude_package:y"), true);
        QCOMPARE(checked.size(), 2);
        QVERIFY(panel.headlineText().contains(QStringLiteral("-85.0%")));
    }

    void nothingToSaveHasNoMinusSign_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("zero");
        QTest::addRow("en") << QStringLiteral("en_US") << QStringLiteral("(0.0%)");
        QTest::addRow("de") << QStringLiteral("de_DE") << QStringLiteral("(0,0%)");
    }

    void nothingToSaveHasNoMinusSign()
    {
        // Seen in the German GUI: "75,3 MiB -> 75,3 MiB (-0,0%)" on a bundle with nothing to save.
        QFETCH(QString, locale);
        QFETCH(QString, zero);
        const QLocale previous;
        QLocale::setDefault(QLocale(locale));
        CandidatesPanel panel;
        panel.setResult(m_result, m_tree);
        for (const QString& id : panel.model()->checkedSet())
            panel.model()->setChecked(id, false);
        const QString headline = panel.headlineText();
        QLocale::setDefault(previous);
        QVERIFY2(headline.contains(zero), qPrintable(headline));
        QVERIFY2(!headline.contains(QStringLiteral("-0")), qPrintable(headline));
    }

    void gaugeAgainstTargetsAndBudget()
    {
        CandidatesPanel panel;
        panel.setResult(m_result, m_tree);
        // 450 MB after the advised candidates: within the minimal target (500 MB), 90%.
        panel.setTargetIndex(0);
        QCOMPARE(panel.targetBytes(), quint64(500'000'000));
        QCOMPARE(panel.gaugeValue(), 900);
        QVERIFY(panel.gaugeText().contains(QStringLiteral("within target")));
        panel.setTargetIndex(3);
        QCOMPARE(panel.targetBytes(), quint64(4'000'000'000));
        QVERIFY(panel.setBudget(QStringLiteral("300 MB")));
        QCOMPARE(panel.targetBytes(), quint64(300'000'000));
        QCOMPARE(panel.gaugeValue(), 1000);
        QVERIFY2(panel.gaugeText().contains(QStringLiteral("over")), qPrintable(panel.gaugeText()));
        QVERIFY(!panel.setBudget(QStringLiteral("lots")));
        QCOMPARE(panel.targetBytes(), quint64(300'000'000));
        QVERIFY(panel.setBudget(QString()));
        QCOMPARE(panel.targetBytes(), quint64(4'000'000'000));
    }

    void selectionShowsDetailsAndFiles()
    {
        CandidatesPanel panel;
        panel.setResult(m_result, m_tree);
        QSignalSpy selected(&panel, &CandidatesPanel::candidateSelected);
        QTreeView* view = panel.view();
        const QModelIndex source = panel.model()->indexOf(QStringLiteral("duplicate:a"));
        QModelIndex proxyIndex;
        for (int g = 0; g < view->model()->rowCount() && !proxyIndex.isValid(); ++g) {
            const QModelIndex group = view->model()->index(g, 0);
            for (int r = 0; r < view->model()->rowCount(group); ++r) {
                const QModelIndex candidate = view->model()->index(r, 0, group);
                if (candidate.data(CandidatesModel::CandidateIdRole) == source.data(CandidatesModel::CandidateIdRole))
                    proxyIndex = candidate;
            }
        }
        QVERIFY(proxyIndex.isValid());
        view->setCurrentIndex(proxyIndex);
        QCOMPARE(selected.size(), 1);
        const auto files = selected.first().first().value<QSet<NodeId>>();
        QCOMPARE(files, QSet<NodeId>({ m_tree->findPath(u"_internal/a.so") }));
        QVERIFY(panel.detailsText().contains(QStringLiteral("because duplicate:a")));
        QVERIFY(panel.detailsText().contains(QStringLiteral("action duplicate:a")));
    }

    void sortedBySaving()
    {
        CandidatesPanel panel;
        panel.setResult(m_result, m_tree);
        QAbstractItemModel* proxy = panel.view()->model();
        panel.view()->sortByColumn(CandidatesModel::SavingColumn, Qt::AscendingOrder);
        // Find the exclusions group wherever it sorted to, then check its children ascend.
        bool found = false;
        for (int g = 0; g < proxy->rowCount(); ++g) {
            const QModelIndex group = proxy->index(g, 0);
            if (group.data(CandidatesModel::KindRole).toInt() != int(Candidate::Kind::ExcludePackage))
                continue;
            found = true;
            QCOMPARE(proxy->index(0, 0, group).data(CandidatesModel::CandidateIdRole).toString(),
                QStringLiteral("exclude_package:y"));
        }
        QVERIFY(found);
    }

    void specFragmentDialog()
    {
        CandidatesPanel panel;
        panel.setResult(m_result, m_tree);
        const QString fragment = panel.specFragment();
        QVERIFY(fragment.contains(QStringLiteral("# BundleScope spec fragment for app")));
        SpecFragmentDialog dialog(fragment, QStringLiteral("app-bundlescope.py"));
        QCOMPARE(dialog.text(), fragment);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fragment.py"));
        QVERIFY(dialog.saveTo(path, true));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), fragment);
        QVERIFY(!dialog.saveTo(dir.filePath(QStringLiteral("missing/folder/x.py")), true));
    }
    // Entries the analysis could not read: a banner between the headline and the list says the list is incomplete,
    // with each file and its reason (the full text in the row's tooltip); the candidates themselves are unchanged.
    void readErrorsBanner()
    {
        QCOMPARE(TranslationLoader::install(QLocale(QStringLiteral("en"))), QStringLiteral("en")); // plural forms
        CandidatesPanel panel;
        panel.resize(480, 700);
        panel.show();
        panel.setResult(m_result, m_tree);
        const ReadErrorsBanner* banner = panel.readErrorsBanner();
        QVERIFY(!banner->isVisible());
        const int rows = panel.view()->model()->rowCount();

        auto incomplete = std::make_shared<AnalysisResult>(*m_result);
        incomplete->errors = {
            makeError(Error::Code::Io,
                QStringLiteral("The file has 10 bytes, the scan found 20: it changed since the scan."),
                QStringLiteral("_internal/b.so")),
            makeError(Error::Code::Io, QStringLiteral("Reading failed at byte 64: Input/output error"),
                QStringLiteral("_internal/c.bin")),
        };
        panel.setResult(incomplete, m_tree);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QStringLiteral("2 files could not be read: their findings are missing")),
            qPrintable(banner->text()));
        const QTreeWidget* list = banner->list();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("_internal/b.so"));
        QVERIFY(list->topLevelItem(0)->text(1).contains(QStringLiteral("changed since the scan")));
        QVERIFY(list->topLevelItem(1)->toolTip(0).contains(QStringLiteral("_internal/c.bin")));
        QVERIFY(list->topLevelItem(1)->toolTip(0).contains(QStringLiteral("Input/output error")));
        QVERIFY(list->isVisible()); // a few files are listed at once; the toggle hides them
        QTest::mouseClick(banner->toggle(), Qt::LeftButton);
        QVERIFY(!list->isVisible());
        QTest::mouseClick(banner->toggle(), Qt::LeftButton);
        QVERIFY(list->isVisible());
        panel.layout()->activate(); // the list's visibility changed: lay out before comparing positions
        const int bannerBottom = banner->mapTo(&panel, QPoint(0, banner->height())).y();
        QVERIFY(panel.headlineLabel()->mapTo(&panel, QPoint(0, 0)).y() < banner->mapTo(&panel, QPoint(0, 0)).y());
        QVERIFY(bannerBottom <= panel.view()->mapTo(&panel, QPoint(0, 0)).y());
        QCOMPARE(panel.view()->model()->rowCount(), rows);
        QCOMPARE(panel.headlineText(), [&] {
            CandidatesPanel complete;
            complete.setResult(m_result, m_tree);
            return complete.headlineText();
        }());

        // Many files: listed on demand, so the candidates keep the dock.
        auto many = std::make_shared<AnalysisResult>(*m_result);
        for (int i = 0; i <= ReadErrorsBanner::ListedAtOnce; ++i)
            many->errors.push_back(makeError(Error::Code::Io, QStringLiteral("gone"), QStringLiteral("f%1").arg(i)));
        panel.setResult(many, m_tree);
        QVERIFY(banner->isVisible());
        QVERIFY(!list->isVisible());
        QCOMPARE(list->topLevelItemCount(), ReadErrorsBanner::ListedAtOnce + 1);
        QTest::mouseClick(banner->toggle(), Qt::LeftButton);
        QVERIFY(list->isVisible());

        // A complete analysis, or none: no banner.
        panel.setResult(m_result, m_tree);
        QVERIFY(!banner->isVisible());
        panel.setResult(incomplete, m_tree);
        panel.setResult(nullptr, m_tree);
        QVERIFY(!banner->isVisible());
    }
};

QTEST_MAIN(TestCandidatesPanel)
#include "tst_candidatespanel.moc"
