// SPDX-License-Identifier: GPL-3.0-or-later
// Launcher trials on real PyInstaller 6.11 bundles (label `corpus`; skipped unless $BUNDLESCOPE_CORPUS is set): the
// trial launcher without modules the app never imports still passes its smoke command, without a package it imports
// it fails with Python's own ImportError as the evidence, each trial's overhead stays under a second, the original
// launcher is untouched, and the slimmed copy (--out DIR) runs.
#include "corpusbundles.h"
#include "slim/slimcandidates.h"
#include "slim/slimengine.h"
#include "slim/slimoutput.h"
#include "slim/slimscan.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;
using namespace BundleScope::Test;

namespace {
QByteArray sha1(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha1);
}
} // namespace

class TestSlimCorpus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (Corpus::folder().isEmpty())
            QSKIP("BUNDLESCOPE_CORPUS is not set: build real bundles with tests/corpus/build-corpus.sh");
        QString error;
        m_bundles = Corpus::bundles(&error);
        QVERIFY2(!m_bundles.empty(), qPrintable(error));
    }

    void launcherTrials_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("unused"); // top-level modules the app never imports
        // A module it imports that exists only in the PYZ. Not torch: PyInstaller collects torch's .py sources too
        // ('pyz+py'), and Python falls back to them when the PYZ lacks torch, so that trial passes.
        QTest::addColumn<QString>("needed");
        QTest::addColumn<bool>("writeOut"); // also write and run the --out DIR copy (the smaller bundle only)
        QTest::addRow("numsci") << QStringLiteral("numsci")
                                << QStringList { QStringLiteral("pydoc_data"), QStringLiteral("curses"),
                                       QStringLiteral("xmlrpc") }
                                << QStringLiteral("numpy") << true;
        QTest::addRow("inference (torch)")
            << QStringLiteral("inference")
            << QStringList { QStringLiteral("setuptools"), QStringLiteral("pkg_resources"),
                   QStringLiteral("_distutils_hack"), QStringLiteral("distutils") }
            << QStringLiteral("pickle") << false;
    }
    void launcherTrials()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, unused);
        QFETCH(QString, needed);
        QFETCH(bool, writeOut);
        const auto bundle = std::find_if(
            m_bundles.cbegin(), m_bundles.cend(), [&name](const CorpusBundle& b) { return b.name == name; });
        if (bundle == m_bundles.cend())
            QSKIP(qPrintable(QStringLiteral("%1 is not in this corpus").arg(name)));
        const QString launcher = bundle->path + u'/' + name;
        const QByteArray before = sha1(launcher);
        const Result<SlimScan> scan = SlimScan::run(bundle->path);
        QVERIFY2(scan, qPrintable(scan.error().toString()));
        const BundleTree& tree = *scan->scan.tree;

        SlimItem unusedItem;
        unusedItem.id = QStringLiteral("unused");
        unusedItem.actions = SlimCandidates::pyzModuleActions(tree, unused);
        SlimItem neededItem;
        neededItem.id = QStringLiteral("needed");
        neededItem.actions = SlimCandidates::pyzModuleActions(tree, { needed });
        QVERIFY(!unusedItem.actions.empty() && !neededItem.actions.empty());
        for (SlimItem* item : { &unusedItem, &neededItem }) {
            item->kind = QStringLiteral("exclude_package");
            item->title = item->id;
            for (const SlimAction& action : item->actions) {
                QVERIFY(action.isLauncherMember());
                QCOMPARE(action.path, name);
                item->saving += action.bytes;
            }
        }

        QTemporaryDir temp;
        SlimRequest request;
        request.bundleFolder = bundle->path;
        request.command = bundle->smokeCommand;
        request.expect = bundle->expectedOutput;
        request.timeoutSeconds = 300;
        request.temporaryRoot = temp.path();
        const Result<SlimResult> result = SlimEngine::run(request, tree, scan->candidates, { unusedItem, neededItem },
            {}, [](const QString& line) { qInfo().noquote() << line; });
        QVERIFY2(result, qPrintable(result.error().toString()));
        QVERIFY(result->baselinePassed);
        QCOMPARE(result->items.at(0).verdict, SlimVerdict::Removed);
        QCOMPARE(result->items.at(1).verdict, SlimVerdict::Breaks);
        const QString evidence = result->items.at(1).evidence;
        // "ModuleNotFoundError: No module named 'pickle'", or for a package whose folder stays on disk (numpy's
        // extension modules) "ImportError: cannot import name 'show_config' from 'numpy' (unknown location)".
        const QRegularExpression importError(
            QStringLiteral("(ModuleNotFoundError|ImportError): .*'%1'").arg(QRegularExpression::escape(needed)));
        QVERIFY2(evidence.contains(importError), qPrintable(evidence));
        for (const SlimTrial& trial : result->trials)
            QVERIFY2(trial.overheadSeconds < 1.0, qPrintable(QString::number(trial.overheadSeconds)));
        QCOMPARE(sha1(launcher), before);
        QVERIFY2(QDir(temp.path()).isEmpty(), "the working copy was left behind");

        if (!writeOut)
            return;
        const QString out = temp.filePath(QStringLiteral("slimmed"));
        const Result<SlimOutput::Written> written
            = SlimOutput::write(bundle->path, result->items.at(0).actions, out, temp.path());
        QVERIFY2(written, qPrintable(written.error().toString()));
        QVERIFY(written->note.contains(QLatin1String("launcher rewritten")));
        QVERIFY(QFileInfo(out + u'/' + name).size() < QFileInfo(launcher).size());
        const QString failure = Corpus::smokeFailure(*bundle, out);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

private:
    std::vector<CorpusBundle> m_bundles;
};

QTEST_GUILESS_MAIN(TestSlimCorpus)
#include "tst_slimcorpus.moc"
