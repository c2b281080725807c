// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicate copies of native libraries as real PyInstaller bundles have them, and which copy the advice keeps: the
// one the app loads by name. --exclude-candidates deletes the other copies, so keeping the wrong one breaks the app.
//  - Debian's torch/lib/libc10.so is a symlink to /usr/lib/…/libc10.so.1.13; PyInstaller copies both as files.
//  - A Debian build can collect libpython3.11.so beside libpython3.11.so.1.0; the bootloader dlopen()s the one its
//    PKG cookie names (a real export without it failed: "Failed to load Python shared library").
//  - A wheel's vendored copy that nothing needs (numpy.libs/…) beside the copy an extension module's RUNPATH finds.
#include "analysis/duplicatesanalyzer.h"
#include "demo/pyinstallerarchivewriter.h"
#include "export/candidateexclusions.h"
#include "scanfolder.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {

// A launcher "app" whose PKG cookie names `pythonLibrary`, as PyInstaller 6 writes it.
QByteArray launcher(const QByteArray& pythonLibrary)
{
    CArchiveWriter pkg;
    pkg.add("app", 's', QByteArray(64, 'c'), true);
    return QByteArray(8192, '\x01') + pkg.finish(311, pythonLibrary);
}

} // namespace

class TestDuplicateCopies : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void keepsWhatTheAppLoads_data();
    void keepsWhatTheAppLoads();
};

void TestDuplicateCopies::keepsWhatTheAppLoads_data()
{
    QTest::addColumn<QByteArray>("pythonLibrary"); // named in the launcher's cookie
    QTest::addColumn<QStringList>("files"); // "fixture=path below the bundle root"
    QTest::addColumn<QString>("kept");
    QTest::addColumn<QStringList>("removed");
    const QString module
        = QStringLiteral("fxmod.cpython-311-x86_64-linux-gnu.so=_internal/fxpkg/fxmod.cpython-311-x86_64-linux-gnu.so");
    QTest::addRow("libpython: the launcher loads .so.1.0")
        << QByteArray("libpython3.11.so.1.0")
        << QStringList { QStringLiteral("libfxb.so=_internal/libpython3.11.so"),
               QStringLiteral("libfxb.so=_internal/libpython3.11.so.1.0") }
        << QStringLiteral("_internal/libpython3.11.so.1.0")
        << QStringList { QStringLiteral("_internal/libpython3.11.so") };
    QTest::addRow("libpython: the launcher loads .so")
        << QByteArray("libpython3.11.so")
        << QStringList { QStringLiteral("libfxb.so=_internal/libpython3.11.so"),
               QStringLiteral("libfxb.so=_internal/libpython3.11.so.1.0") }
        << QStringLiteral("_internal/libpython3.11.so")
        << QStringList { QStringLiteral("_internal/libpython3.11.so.1.0") };
    QTest::addRow("Debian torch/lib copy of a versioned library")
        << QByteArray("libpython3.11.so.1.0")
        << QStringList { module, QStringLiteral("libfxa.so=_internal/libfxa.so.1"),
               QStringLiteral("libfxa.so=_internal/fxpkg/lib/libfxa.so"),
               QStringLiteral("libfxb.so=_internal/libfxb.so") }
        << QStringLiteral("_internal/libfxa.so.1") << QStringList { QStringLiteral("_internal/fxpkg/lib/libfxa.so") };
    QTest::addRow("vendored copy nobody needs sorts first")
        << QByteArray("libpython3.11.so.1.0")
        << QStringList { module, QStringLiteral("libfxa.so=_internal/afx.libs/libfxa.so.1"),
               QStringLiteral("libfxa.so=_internal/fxpkg/lib/libfxa.so.1"),
               QStringLiteral("libfxb.so=_internal/fxpkg/lib/libfxb.so") }
        << QStringLiteral("_internal/fxpkg/lib/libfxa.so.1")
        << QStringList { QStringLiteral("_internal/afx.libs/libfxa.so.1") };
}

void TestDuplicateCopies::keepsWhatTheAppLoads()
{
    QFETCH(QByteArray, pythonLibrary);
    QFETCH(QStringList, files);
    QFETCH(QString, kept);
    QFETCH(QStringList, removed);
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/app");
    QVERIFY(Test::writeFile(root + QStringLiteral("/app"), launcher(pythonLibrary)));
    QVERIFY(
        QFile::setPermissions(root + QStringLiteral("/app"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    for (const QString& file : std::as_const(files)) {
        const QStringList parts = file.split(u'=');
        const QByteArray bytes = Test::readFile(Test::elfFixture(parts.at(0)));
        QVERIFY(!bytes.isEmpty());
        QVERIFY(Test::writeFile(root + u'/' + parts.at(1), bytes));
    }
    const ScanResult scanned = Test::scanFolderWithDependencies(root);
    QVERIFY(scanned.dependencies);
    const BundleTree& tree = *scanned.tree;
    AnalysisContext context { tree, *scanned.reader, CancellationToken() };
    context.dependencies = scanned.dependencies;
    const std::vector<Candidate> candidates = DuplicatesAnalyzer().analyze(context);
    QCOMPARE(candidates.size(), std::size_t(1));
    const Candidate& candidate = candidates.front();
    QCOMPARE(tree.path(candidate.keep), kept);
    QVERIFY(candidate.advised);
    QCOMPARE(candidate.confidence, Candidate::Confidence::High);
    QStringList removedPaths;
    for (const Candidate::FileSaving& file : candidate.files)
        removedPaths.append(tree.path(file.node));
    QCOMPARE(removedPaths, removed);
    QVERIFY2(candidate.action.contains(tree.name(candidate.keep)), qPrintable(candidate.action));
    // What an export with --exclude-candidates leaves out: never the copy that is loaded.
    const ArchiveExclusions exclusions = CandidateExclusions::fromCandidates(candidates);
    QVERIFY(!exclusions.nodes.contains(candidate.keep));
    QCOMPARE(exclusions.nodes.size(), removed.size());
}

QTEST_GUILESS_MAIN(TestDuplicateCopies)
#include "tst_duplicatecopies.moc"
