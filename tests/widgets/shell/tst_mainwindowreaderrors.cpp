// SPDX-License-Identifier: GPL-3.0-or-later
// What the main window shows when the analysis or the estimate cannot read an entry (issue 16.1), offscreen: the
// Candidates dock's banner (the list is incomplete, which files, why), the status bar's "N files could not be read"
// with each file's step and reason, the history snapshot that keeps them, and a reopened snapshot that shows them
// again (and no false errors for its missing contents). The entries are members of a zip whose compressed data is
// damaged (Test::writeDamagedZip): listed by the scan, unreadable after it.
#include "candidates/candidatespanel.h"
#include "candidates/readerrorsbanner.h"
#include "common/translationloader.h"
#include "damagedzip.h"
#include "history/historyrecorder.h"
#include "mainwindowtesting.h"
#include "shell/mainwindow.h"
#include "shell/readerrorsindicator.h"
#include "snapshot/historystore.h"
#include "snapshot/snapshotreader.h"
#include "testsupport.h"
#include "weightsfiles.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace BundleScope;

namespace {

const QString s_model = QStringLiteral("app/_internal/models/model.safetensors"); // the analysis and the estimate
const QString s_data = QStringLiteral("app/_internal/licenses/notes.txt"); // only the estimate reads it

bool writeZip(const QString& path, const QStringList& damaged)
{
    const QList<Test::WeightsTensor> tensors { Test::WeightsFiles::tensor("encoder.weight", { 512, 512 }, 3) };
    const QMap<QString, QByteArray> members {
        { QStringLiteral("app/app"),
            QByteArray("\x7f"
                       "ELF launcher stub") },
        { s_model, Test::WeightsFiles::safetensors(tensors) },
        { s_data, QByteArray(200000, 'd') },
    };
    return Test::writeDamagedZip(path, members, damaged);
}

// Opens `path` and waits for the analysis and, unless it is a snapshot, the estimate.
bool openAndWait(MainWindow& window, const QString& path, bool estimate = true)
{
    QSignalSpy analysed(&window, &MainWindow::analysisFinished);
    QSignalSpy estimated(&window, &MainWindow::estimatesShown);
    window.openPath(path);
    return analysed.wait(30000) && (!estimate || !estimated.isEmpty() || estimated.wait(30000));
}

} // namespace

class TestMainWindowReadErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Test::isolateMainWindowSettings(m_dir, QStringLiteral("tst_mainwindowreaderrors"));
        QCOMPARE(TranslationLoader::install(QLocale(QStringLiteral("en"))), QStringLiteral("en")); // plural forms
        m_damaged = m_dir.filePath(QStringLiteral("damaged.zip"));
        m_intact = m_dir.filePath(QStringLiteral("intact.zip"));
        QVERIFY(writeZip(m_damaged, { s_model, s_data }));
        QVERIFY(writeZip(m_intact, {}));
    }

    void init() { Test::startMainWindowTest(); }

    void damagedBundle()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_damaged));

        // The dock: the list is incomplete, and which file is missing from it and why.
        const ReadErrorsBanner* banner = window.candidatesPanel()->readErrorsBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("1 file could not be read")), qPrintable(banner->text()));
        QCOMPARE(banner->list()->topLevelItemCount(), 1);
        const QTreeWidgetItem* row = banner->list()->topLevelItem(0);
        QCOMPARE(row->text(0), s_model);
        QVERIFY(!row->text(1).isEmpty());
        QVERIFY(row->toolTip(0).contains(row->text(1)));
        // No figure from the unread model: the precision candidates it would give are absent.
        for (const Candidate& candidate : window.analysis()->candidates)
            QVERIFY2(candidate.kind != Candidate::Kind::ModelPrecision, qPrintable(candidate.id));

        // The status bar: both files, each with its step.
        const ReadErrorsIndicator* indicator = window.readErrorsIndicator();
        QVERIFY(indicator->isVisible());
        QCOMPARE(indicator->fileCount(), 2);
        QCOMPARE(indicator->text(), QStringLiteral("2 files could not be read"));
        QVERIFY2(
            indicator->toolTip().contains(QStringLiteral("Analysis: ") + s_model), qPrintable(indicator->toolTip()));
        QVERIFY2(
            indicator->toolTip().contains(QStringLiteral("Estimate: ") + s_data), qPrintable(indicator->toolTip()));
        QVERIFY2(
            indicator->toolTip().contains(QStringLiteral("Estimate: ") + s_model), qPrintable(indicator->toolTip()));

        // The next bundle starts clean.
        QVERIFY(openAndWait(window, m_intact));
        QVERIFY(!banner->isVisible());
        QVERIFY(!indicator->isVisible());
        QCOMPARE(indicator->fileCount(), 0);
        bool precision = false;
        for (const Candidate& candidate : window.analysis()->candidates)
            precision = precision || candidate.kind == Candidate::Kind::ModelPrecision;
        QVERIFY(precision); // the control: read, the model gives its figure
    }

    // The size history keeps the read errors with the candidates and estimates they qualify; reopened, that snapshot
    // shows them again, and its own missing contents are no read errors (no estimate runs for it).
    void historySnapshotKeepsThem()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.recordHistoryAction()->isChecked());
        QVERIFY(openAndWait(window, m_damaged));
        window.historyRecorder()->waitForDone();
        const HistoryStore store(HistoryRecorder::directory());
        const QString name = HistoryStore::bundleName(*window.bundleView()->tree());
        QString saved;
        const auto recordsBoth = [&store, &name, &saved] {
            const std::vector<HistoryStore::Entry> entries = store.entries(name);
            if (entries.empty())
                return false;
            saved = entries.back().path;
            const Result<Snapshot> snapshot = SnapshotReader::load(saved);
            return snapshot && snapshot->analysisErrors.size() == 1 && snapshot->estimateErrors.size() == 2;
        };
        QTRY_VERIFY_WITH_TIMEOUT(recordsBoth(), 20000);

        QVERIFY(openAndWait(window, saved, false));
        const ReadErrorsBanner* banner = window.candidatesPanel()->readErrorsBanner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->list()->topLevelItem(0)->text(0), s_model);
        QCOMPARE(window.readErrorsIndicator()->fileCount(), 2);
        QTest::qWait(200); // an estimate, were one started, would report every file of the snapshot
        QCOMPARE(window.readErrorsIndicator()->fileCount(), 2);
    }

private:
    QTemporaryDir m_dir;
    QString m_damaged;
    QString m_intact;
};

QTEST_MAIN(TestMainWindowReadErrors)
#include "tst_mainwindowreaderrors.moc"
