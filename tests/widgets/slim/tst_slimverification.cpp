// SPDX-License-Identifier: GPL-3.0-or-later
// Verified slimming in the GUI, on a real run: the fixture bundle's app is a C program that fails without some of its
// files. Verify… in the candidates panel marks each candidate (icon, VerdictRole, evidence in the tooltip and the
// details), the headline shows the verified saving beside the unverified one, the details pane shows a file's
// verdict, cancel stops the app and removes the working copy, the export dialog's "Verified removals only" leaves out
// exactly the verified files, a reopened unchanged bundle gets its result back (a changed one does not), and a
// one-file executable cannot be verified.
#include "analysis/analysisrunner.h"
#include "analysis/candidatesmodel.h"
#include "candidates/candidatespanel.h"
#include "common/sizeformat.h"
#include "details/detailspane.h"
#include "export/exportdialog.h"
#include "scan/scanpipeline.h"
#include "scan/sourcefactory.h"
#include "slim/slimverdictproxymodel.h"
#include "slim/slimverdictstyle.h"
#include "slim/slimverifydialog.h"
#include "slim/slimverifypanel.h"
#include "slimfixture.h"
#include "testsupport.h"

#include <KTar>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <csignal>

using namespace BundleScope;
using namespace BundleScope::Test;

namespace {

struct Analysed {
    ScanResult scan;
    AnalysisResultPtr analysis;
};

// The bundle scanned and analysed the way the GUI does it.
Analysed scanAndAnalyse(const QString& path)
{
    auto source = SourceFactory::create(path);
    if (!source)
        return {};
    Result<ScanResult> scan = ScanPipeline::run(**source, {}, {});
    if (!scan)
        return {};
    AnalysisContext context { *scan->tree, *scan->reader, {} };
    context.dependencies = scan->dependencies;
    Result<AnalysisResult> analysis = AnalysisRunner().run(context);
    if (!analysis)
        return {};
    return { *scan, std::make_shared<const AnalysisResult>(std::move(*analysis)) };
}

QModelIndex findCandidate(const QAbstractItemModel& model, const QString& id)
{
    const QModelIndexList hits = model.match(
        model.index(0, 0), CandidatesModel::CandidateIdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return hits.isEmpty() ? QModelIndex() : hits.constFirst();
}

void listFiles(const KArchiveDirectory* directory, const QString& prefix, QStringList& out)
{
    for (const QString& name : directory->entries()) {
        const KArchiveEntry* entry = directory->entry(name);
        if (entry->isDirectory())
            listFiles(static_cast<const KArchiveDirectory*>(entry), prefix + name + u'/', out);
        else
            out.append(prefix + name);
    }
}

bool processExists(qint64 pid)
{
    return pid > 0 && QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

const QString s_plugin = QStringLiteral("unreferenced:_internal/libplugin.so");
const QString s_unused = QStringLiteral("unreferenced:_internal/libunused.so");

} // namespace

class TestSlimVerification : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        m_bundle = m_dir.filePath(QStringLiteral("app"));
        m_store = m_dir.filePath(QStringLiteral("store"));
        QVERIFY2(SlimFixture::write(m_bundle), "cannot build the fixture: install gcc");
        m_analysed = scanAndAnalyse(m_bundle);
        QVERIFY(m_analysed.scan.tree && m_analysed.analysis);
        QVERIFY(m_analysed.analysis->find(s_plugin));
        QVERIFY(m_analysed.analysis->find(s_unused));
    }
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QVERIFY(m_temp.isValid());
    }
    void cleanup() { QVERIFY2(QDir(m_temp.path()).isEmpty(), "a working copy was left behind"); }

    void verifiesEveryCandidate()
    {
        CandidatesPanel panel;
        QAbstractItemModelTester tester(panel.verdictModel());
        setUp(panel, m_analysed);
        QVERIFY(panel.slimPanel()->verifyAction()->isEnabled());
        QVERIFY(panel.slimPanel()->headlineText().isEmpty());
        QSignalSpy finished(&panel, &CandidatesPanel::slimResultChanged);
        QSignalSpy trials(panel.slimPanel(), &SlimVerifyPanel::runningChanged);
        panel.slimPanel()->start(job(QStringLiteral("./app")));
        QVERIFY(panel.slimPanel()->isRunning());
        QVERIFY(!panel.slimPanel()->verifyAction()->isEnabled());
        QVERIFY(finished.wait(60000));
        QVERIFY(!panel.slimPanel()->isRunning());
        m_result = panel.slimResult();
        QVERIFY(m_result);

        // Each candidate row carries its verdict; the dlopened plugin breaks the app with the loader's message.
        const QAbstractItemModel& model = *panel.view()->model();
        const QModelIndex plugin = findCandidate(model, s_plugin);
        QCOMPARE(plugin.data(SlimVerdictProxyModel::VerdictRole).toString(), QStringLiteral("breaks"));
        QVERIFY2(plugin.data(Qt::ToolTipRole).toString().contains(QLatin1String("libplugin.so")),
            qPrintable(plugin.data(Qt::ToolTipRole).toString()));
        QVERIFY(!plugin.data(Qt::DecorationRole).value<QIcon>().isNull());
        const QModelIndex unused = findCandidate(model, s_unused);
        QCOMPARE(unused.data(SlimVerdictProxyModel::VerdictRole).toString(), QStringLiteral("removed"));
        QVERIFY(unused.data(Qt::ToolTipRole).toString().startsWith(SlimVerdictStyle::label(SlimVerdict::Removed)));
        int removed = 0;
        for (const SlimItem& item : m_result->items) {
            const QModelIndex row = findCandidate(model, item.id);
            QVERIFY2(row.isValid(), qPrintable(item.id));
            QCOMPARE(row.data(SlimVerdictProxyModel::VerdictRole).toString(), slimVerdictId(item.verdict));
            removed += item.verdict == SlimVerdict::Removed ? 1 : 0;
        }
        QVERIFY(removed >= 2);

        // The headline: verified next to the (now labelled) unverified potential.
        QVERIFY(m_result->finalBytes < m_result->baselineBytes);
        QCOMPARE(panel.slimPanel()->headlineText(),
            SlimVerifyPanel::tr("Verified: %1 -> %2 (%3)")
                .arg(SizeFormat::format(m_result->baselineBytes), SizeFormat::format(m_result->finalBytes),
                    SizeFormat::percent(-double(m_result->verifiedSaving) / double(m_result->baselineBytes))));
        QVERIFY2(panel.headlineText().startsWith(QLatin1String("Potential (unverified): ")),
            qPrintable(panel.headlineText()));

        // The candidate's details and the details pane of its file show the evidence.
        panel.view()->setCurrentIndex(plugin);
        QVERIFY2(panel.detailsText().contains(SlimVerdictStyle::label(SlimVerdict::Breaks)),
            qPrintable(panel.detailsText()));
        DetailsPane details;
        details.setContext(m_analysed.scan.tree, m_analysed.scan.dependencies);
        details.setSlimResult(m_result);
        details.setNode(m_analysed.scan.tree->findPath(u"_internal/libplugin.so"));
        QVERIFY2(details.text().contains(QLatin1String("libplugin.so")), qPrintable(details.text()));
        QVERIFY2(details.text().contains(SlimVerdictStyle::label(SlimVerdict::Breaks)), qPrintable(details.text()));
        details.setNode(m_analysed.scan.tree->findPath(u"_internal/libunused.so"));
        QVERIFY(details.text().contains(SlimVerdictStyle::label(SlimVerdict::Removed)));
        details.setSlimResult(nullptr);
        QVERIFY(!details.text().contains(SlimVerdictStyle::label(SlimVerdict::Removed)));
    }

    void cancelStopsTheAppAndRemovesTheCopy()
    {
        CandidatesPanel panel;
        setUp(panel, m_analysed);
        const QString pidFile = m_dir.filePath(QStringLiteral("pid"));
        QFile::remove(pidFile);
        const SlimResultPtr before = panel.slimResult(); // remembered from verifiesEveryCandidate
        QVERIFY(before);
        // The baseline run records its shell's pid, then waits: cancel arrives while it runs.
        panel.slimPanel()->start(
            job(QStringLiteral("echo $$ > '%1'.tmp && mv '%1'.tmp '%1' && sleep 60").arg(pidFile)));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(pidFile), 20000);
        const qint64 pid = Test::readFile(pidFile).trimmed().toLongLong();
        QVERIFY(processExists(pid));
        QSignalSpy stopped(panel.slimPanel(), &SlimVerifyPanel::runningChanged);
        QElapsedTimer timer;
        timer.start();
        panel.slimPanel()->cancelButton()->click();
        QVERIFY(stopped.wait(5000));
        QVERIFY2(timer.elapsed() < 1000, "cancel took longer than 1 s");
        QVERIFY(!processExists(pid));
        QVERIFY2(panel.slimPanel()->statusText().contains(QLatin1String("cancelled")),
            qPrintable(panel.slimPanel()->statusText()));
        QCOMPARE(panel.slimResult(), before); // nothing new was verified: the last verification stays
        QVERIFY(panel.slimPanel()->verifyAction()->isEnabled());
    }

    void failingBaselineSaysSo()
    {
        CandidatesPanel panel;
        setUp(panel, m_analysed);
        const SlimResultPtr before = panel.slimResult();
        QSignalSpy stopped(panel.slimPanel(), &SlimVerifyPanel::runningChanged);
        panel.slimPanel()->start(job(QStringLiteral("./app --fail")));
        QVERIFY(stopped.wait(30000));
        QVERIFY2(panel.slimPanel()->statusText().contains(QLatin1String("does not pass")),
            qPrintable(panel.slimPanel()->statusText()));
        QCOMPARE(panel.slimResult(), before);
    }

    void exportLeavesOutExactlyTheVerifiedFiles()
    {
        QVERIFY(m_result);
        QTemporaryDir out;
        ExportDialog dialog(m_analysed.scan.tree, m_analysed.scan.reader);
        dialog.setDestinationFolder(out.path());
        auto* verifiedOnly = dialog.findChild<QCheckBox*>(QStringLiteral("verifiedOnly"));
        QVERIFY(verifiedOnly && verifiedOnly->isHidden());
        dialog.setCheckedCandidates(m_analysed.analysis->candidates, { s_plugin, s_unused });
        dialog.setSlimResult(m_result);
        QVERIFY(!verifiedOnly->isHidden());
        QVERIFY(verifiedOnly->isChecked());
        QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("leaveOut"))->isChecked());

        // Expected: every file on disk but the verified removals (duplicates stay: they were verified as links).
        QStringList expected;
        const QString top = QFileInfo(m_bundle).fileName() + u'/';
        const QStringList removed = ExportDialog::verifiedRemovalPaths(*m_result);
        QVERIFY(!removed.isEmpty());
        QVERIFY(!removed.contains(QStringLiteral("_internal/libplugin.so")));
        for (const QString& file : Test::relativeFiles(m_bundle)) {
            if (!removed.contains(file))
                expected.append(top + file);
        }
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.findChild<QPushButton*>(QStringLiteral("export"))->click();
        QVERIFY(finished.wait(30000));
        KTar tar(finished.first().at(0).toString());
        QVERIFY(tar.open(QIODevice::ReadOnly));
        QStringList files;
        listFiles(tar.directory(), QString(), files);
        files.sort();
        expected.sort();
        QCOMPARE(files, expected);
    }

    void dialogRemembersTheCommandPerBundle()
    {
        const BundleTree& tree = *m_analysed.scan.tree;
        QCOMPARE(SlimVerifyDialog::defaultCommand(tree), QStringLiteral("./app"));
        {
            SlimVerifyDialog dialog(tree, 3);
            QCOMPARE(dialog.command(), QStringLiteral("./app"));
            dialog.setCommand(QStringLiteral("./app --selftest"));
            dialog.setExpect(QStringLiteral("app ok"));
            dialog.setTimeoutSeconds(30);
            dialog.remember();
        }
        SlimVerifyDialog again(tree, 3);
        QCOMPARE(again.command(), QStringLiteral("./app --selftest"));
        QCOMPARE(again.expect(), QStringLiteral("app ok"));
        QCOMPARE(again.timeoutSeconds(), 30);
    }

    void oneFileCannotBeVerified()
    {
        const QString path = m_dir.filePath(QStringLiteral("onefile"));
        QVERIFY(SlimFixture::writeOneFile(path));
        const Analysed oneFile = scanAndAnalyse(path);
        QVERIFY(oneFile.scan.tree);
        QCOMPARE(oneFile.scan.tree->sourceKind(), BundleTree::SourceKind::OneFileExecutable);
        CandidatesPanel panel;
        panel.setResult(oneFile.analysis, oneFile.scan.tree);
        QAction* verify = panel.slimPanel()->verifyAction();
        QVERIFY(!verify->isEnabled());
        QVERIFY2(verify->toolTip().contains(QLatin1String("one-folder")), qPrintable(verify->toolTip()));
    }

    // Last: it changes the bundle.
    void resultIsRememberedUntilTheBundleChanges()
    {
        QVERIFY(m_result);
        {
            CandidatesPanel reopened;
            QSignalSpy loaded(&reopened, &CandidatesPanel::slimResultChanged);
            setUp(reopened, scanAndAnalyse(m_bundle));
            const SlimResultPtr remembered = reopened.slimResult();
            QVERIFY(remembered);
            QCOMPARE(remembered->verifiedSaving, m_result->verifiedSaving);
            QCOMPARE(remembered->items.size(), m_result->items.size());
            QCOMPARE(findCandidate(*reopened.view()->model(), s_plugin).data(SlimVerdictProxyModel::VerdictRole),
                QVariant(QStringLiteral("breaks")));
            QCOMPARE(reopened.slimPanel()->headlineText().isEmpty(), false);
            ExportDialog dialog(m_analysed.scan.tree, m_analysed.scan.reader);
            dialog.setSlimResult(remembered);
            QCOMPARE(ExportDialog::verifiedRemovalPaths(*remembered), ExportDialog::verifiedRemovalPaths(*m_result));
        }
        QVERIFY(Test::writeFile(m_bundle + QStringLiteral("/_internal/filler/f1.bin"), "changed"));
        CandidatesPanel changed;
        setUp(changed, scanAndAnalyse(m_bundle));
        QVERIFY(!changed.slimResult());
        QVERIFY(changed.slimPanel()->headlineText().isEmpty());
        QVERIFY(!findCandidate(*changed.view()->model(), s_plugin).data(SlimVerdictProxyModel::VerdictRole).isValid());
    }

private:
    // A panel on `analysed` with every candidate checked, results kept in the test's store, copies in m_temp.
    void setUp(CandidatesPanel& panel, const Analysed& analysed)
    {
        panel.slimPanel()->setStoreFolder(m_store);
        panel.slimPanel()->setTemporaryRoot(m_temp.path());
        panel.setResult(analysed.analysis, analysed.scan.tree);
        QSet<QString> all;
        for (const Candidate& candidate : analysed.analysis->candidates)
            all.insert(candidate.id);
        panel.model()->setCheckedIds(all);
    }
    SlimJob job(const QString& command) const
    {
        SlimJob job;
        job.command = command;
        job.expect = command == u"./app" ? QStringLiteral("app ok") : QString();
        job.timeoutSeconds = 60;
        return job; // the panel fills in the checked candidates and the temporary root
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_temp;
    QString m_bundle;
    QString m_store;
    Analysed m_analysed;
    SlimResultPtr m_result;
};

QTEST_MAIN(TestSlimVerification)
#include "tst_slimverification.moc"
