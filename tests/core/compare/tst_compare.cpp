// SPDX-License-Identifier: GPL-3.0-or-later
// BundleComparison on two in-memory bundles with known differences: a PyInstaller 5 top-level layout before and a
// PyInstaller 6 `_internal/` layout after (files must pair up, not show as removed + added), one file shrunk, one
// grown, one added, one removed. Then the writers (JSON schema, Markdown table) and CompareModel under
// QAbstractItemModelTester.
#include "fakebundle.h"

#include "compare/bundlecomparison.h"
#include "compare/comparemodel.h"
#include "compare/comparewriter.h"
#include "demo/demobundlegenerator.h"
#include "model/layoutdetector.h"
#include "report/bundlereport.h"
#include "report/htmlreportwriter.h"
#include "scan/sourcefactory.h"
#include "testsupport.h"

#include <KArchive>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;
using Change = BundleComparison::Change;

namespace {

QList<Test::FakeFile> pyinstaller5()
{
    return {
        { QStringLiteral("app"), 1000, Category::Executable, ExecutableBit, {} },
        { QStringLiteral("base_library.zip"), 5000, Category::PythonBytecode, NoFlags, {} },
        { QStringLiteral("libpython3.11.so.1.0"), 20000, Category::NativeLibrary, NoFlags, {} },
        { QStringLiteral("torch/lib/libtorch.so"), 100000, Category::NativeLibrary, NoFlags, {} },
        { QStringLiteral("torch/__init__.py"), 300, Category::PythonSource, NoFlags, {} },
        { QStringLiteral("numpy/core.so"), 4000, Category::NativeLibrary, NoFlags, {} },
        { QStringLiteral("docs/readme.txt"), 50, Category::Docs, NoFlags, {} },
    };
}

QList<Test::FakeFile> pyinstaller6()
{
    return {
        { QStringLiteral("app"), 1000, Category::Executable, ExecutableBit, {} },
        { QStringLiteral("_internal/base_library.zip"), 5000, Category::PythonBytecode, NoFlags, {} },
        { QStringLiteral("_internal/libpython3.11.so.1.0"), 20000, Category::NativeLibrary, NoFlags, {} },
        { QStringLiteral("_internal/torch/lib/libtorch.so"), 60000, Category::NativeLibrary, NoFlags, {} },
        { QStringLiteral("_internal/torch/__init__.py"), 350, Category::PythonSource, NoFlags, {} },
        { QStringLiteral("_internal/numpy/core.so"), 4000, Category::NativeLibrary, NoFlags, {} },
        { QStringLiteral("_internal/new.dat"), 700, Category::Data, NoFlags, {} },
    };
}

const BundleComparison::Entry* find(const std::vector<BundleComparison::Entry>& entries, const QString& name)
{
    for (const auto& entry : entries)
        if (entry.name == name)
            return &entry;
    return nullptr;
}

} // namespace

class TestCompare : public QObject {
    Q_OBJECT

    std::shared_ptr<BundleTree> m_before;
    std::shared_ptr<BundleTree> m_after;
    BundleComparison m_comparison;

private Q_SLOTS:
    void initTestCase()
    {
        m_before = Test::buildFakeTree(pyinstaller5());
        m_after = Test::buildFakeTree(pyinstaller6());
        // The fixture is only meaningful when the layouts are detected as intended.
        QCOMPARE(m_before->contentsRoot(), m_before->root());
        QCOMPARE(m_after->path(m_after->contentsRoot()), QStringLiteral("_internal"));
        m_comparison = BundleComparison::compare(*m_before, *m_after);
    }
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void totals()
    {
        QCOMPARE(m_comparison.before.bytes, quint64(130350));
        QCOMPARE(m_comparison.after.bytes, quint64(91050));
        QCOMPARE(m_comparison.delta(), qint64(-39300));
        QVERIFY(qAbs(*m_comparison.fraction() - (-39300.0 / 130350.0)) < 1e-12);
        QCOMPARE(m_comparison.movedFiles, quint32(5));
    }

    void files_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Change>("change");
        QTest::addColumn<qint64>("delta");
        QTest::addColumn<int>("rank");
        QTest::addRow("shrunk and moved")
            << QStringLiteral("torch/lib/libtorch.so") << Change::Shrunk << qint64(-40000) << 0;
        QTest::addRow("added") << QStringLiteral("new.dat") << Change::Added << qint64(700) << 1;
        QTest::addRow("grown, ties by after size")
            << QStringLiteral("torch/__init__.py") << Change::Grown << qint64(50) << 2;
        QTest::addRow("removed") << QStringLiteral("docs/readme.txt") << Change::Removed << qint64(-50) << 3;
        QTest::addRow("moved unchanged") << QStringLiteral("libpython3.11.so.1.0") << Change::Unchanged << qint64(0)
                                         << -1;
        QTest::addRow("launcher stays") << QStringLiteral("app") << Change::Unchanged << qint64(0) << -1;
    }
    void files()
    {
        QFETCH(QString, name);
        QFETCH(Change, change);
        QFETCH(qint64, delta);
        QFETCH(int, rank);
        const BundleComparison::Entry* entry = find(m_comparison.files, name);
        QVERIFY(entry);
        QCOMPARE(entry->change, change);
        QCOMPARE(entry->delta(), delta);
        if (rank >= 0)
            QCOMPARE(m_comparison.files[std::size_t(rank)].name, name);
        QVERIFY(!find(m_comparison.files, QStringLiteral("_internal/") + name));
    }

    void counts()
    {
        QCOMPARE(m_comparison.files.size(), std::size_t(8));
        QCOMPARE(m_comparison.count(Change::Added), 1);
        QCOMPARE(m_comparison.count(Change::Removed), 1);
        QCOMPARE(m_comparison.count(Change::Grown), 1);
        QCOMPARE(m_comparison.count(Change::Shrunk), 1);
        QCOMPARE(m_comparison.count(Change::Unchanged), 4);
    }

    void packagesAndCategoriesAddUp()
    {
        for (const auto* list : { &m_comparison.packages, &m_comparison.categories }) {
            quint64 before = 0, after = 0;
            for (const auto& entry : *list) {
                before += entry.before;
                after += entry.after;
            }
            QCOMPARE(before, m_comparison.before.bytes);
            QCOMPARE(after, m_comparison.after.bytes);
            QVERIFY(std::abs(list->front().delta()) >= std::abs(list->back().delta()));
        }
        const auto* native = find(m_comparison.categories, CategoryInfo::id(Category::NativeLibrary));
        QVERIFY(native);
        QCOMPARE(native->delta(), qint64(-40000));
        QCOMPARE(m_comparison.categories.front().name, CategoryInfo::id(Category::NativeLibrary));
        const auto* docs = find(m_comparison.categories, CategoryInfo::id(Category::Docs));
        QVERIFY(docs);
        QCOMPARE(docs->change, Change::Removed);
        const auto* torch = find(m_comparison.packages,
            m_after->packageName(m_after->package(m_after->findPath(u"_internal/torch/lib/libtorch.so"))));
        QVERIFY(torch);
        QCOMPARE(torch->delta(), qint64(-39950));
    }

    void identicalTreesAreUnchanged()
    {
        const BundleComparison same = BundleComparison::compare(*m_after, *m_after);
        QCOMPARE(same.delta(), qint64(0));
        QCOMPARE(same.count(Change::Unchanged), int(m_after->totalFiles()));
        QCOMPARE(same.movedFiles, quint32(0));
        const QString text = QString::fromUtf8(CompareWriter::write(same, CompareWriter::Format::Text, 5));
        QCOMPARE(text.count(QLatin1String("(no changes)")), 3); // packages, categories, files
    }

    // A release archive holds the dist folder under a wrapper ("app/" in a tar.gz, "dist/app/" in a zip): compared
    // with the folder it was made from, every file matches and none counts as moved.
    void archiveWrapperMatchesFolder_data()
    {
        QTest::addColumn<QString>("archiveName");
        QTest::addColumn<QString>("wrapper");
        QTest::addRow("tar.gz, app/") << QStringLiteral("app-1.0.tar.gz") << QStringLiteral("app/");
        QTest::addRow("zip, dist/app/") << QStringLiteral("app-1.0.zip") << QStringLiteral("dist/app/");
    }
    void archiveWrapperMatchesFolder()
    {
        QFETCH(QString, archiveName);
        QFETCH(QString, wrapper);
        QTemporaryDir dir;
        const QList<QPair<QString, int>> files
            = { { QStringLiteral("app"), 1000 }, { QStringLiteral("_internal/torch/lib/libtorch.so"), 40000 },
                  { QStringLiteral("_internal/data.bin"), 900 }, { QStringLiteral("readme.txt"), 50 } };
        const QString folder = dir.filePath(QStringLiteral("dist/app"));
        const QString archivePath = dir.filePath(archiveName);
        const std::unique_ptr<KArchive> archive = Test::archiveWriter(archivePath);
        QVERIFY(archive->open(QIODevice::WriteOnly));
        for (const auto& [path, size] : files) {
            const QByteArray content(size, 'b');
            QVERIFY(Test::writeFile(folder + u'/' + path, content));
            QVERIFY(archive->writeFile(wrapper + path, content));
        }
        QVERIFY(archive->close());
        const Result<ScanResult> before = SourceFactory::scan(folder);
        const Result<ScanResult> after = SourceFactory::scan(archivePath);
        QVERIFY2(before && after, qPrintable((before ? after.error() : before.error()).toString()));
        const BundleComparison comparison = BundleComparison::compare(*before->tree, *after->tree);
        QCOMPARE(comparison.count(Change::Unchanged), int(files.size()));
        QCOMPARE(comparison.count(Change::Added), 0);
        QCOMPARE(comparison.count(Change::Removed), 0);
        QCOMPARE(comparison.movedFiles, quint32(0));
        QCOMPARE(comparison.delta(), qint64(0));
    }

    // Two one-folder builds of one program under other names (dist/cext and dist/cext-strip): the launcher is named
    // after the app and its PKG is listed below it, so "cext/PYZ-00.pyz/typing.pyc" and
    // "cext-strip/PYZ-00.pyz/typing.pyc" are one file. Before the fix every PKG member showed as removed + added.
    void renamedLauncherKeepsItsMembersPaired()
    {
        QTemporaryDir beforeDir, afterDir;
        DemoBundleGenerator::Options options;
        options.withCuda = false;
        const QString beforePath = Test::makeDemoBundle(beforeDir, options);
        options.appName = QStringLiteral("inference-strip");
        const QString afterPath = Test::makeDemoBundle(afterDir, options);
        QVERIFY(!beforePath.isEmpty() && !afterPath.isEmpty());
        const Result<ScanResult> before = SourceFactory::scan(beforePath);
        const Result<ScanResult> after = SourceFactory::scan(afterPath);
        QVERIFY(before && after);
        // The fixture matters only with a launcher that holds members named after the app.
        const NodeId launcher = LayoutDetector::detect(*after->tree).launcher;
        QVERIFY(launcher != InvalidNode);
        QCOMPARE(after->tree->name(launcher), QStringLiteral("inference-strip"));
        QVERIFY(after->tree->childCount(launcher) > 0);
        const BundleComparison comparison
            = BundleComparison::compare(*before->tree, *after->tree, before->reader.get(), after->reader.get());
        // What really differs: the demo names its entry script after the app, which lengthens the PKG's table of
        // contents (and the launcher's bytes before it); every other member is the same file.
        const QStringList differs
            = { QStringLiteral("inference/inference"), QStringLiteral("inference-strip/inference-strip"),
                  QStringLiteral("inference-strip/(archive index)"), QStringLiteral("inference-strip/(bootloader)") };
        QStringList unexpected;
        for (const BundleComparison::Entry& entry : comparison.files) {
            if (entry.change != Change::Unchanged && !differs.contains(entry.name))
                unexpected.append(entry.name + u' ' + BundleComparison::changeId(entry.change));
        }
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u", ")));
        QVERIFY(comparison.count(Change::Unchanged) >= int(after->tree->totalFiles()) - 3);
        QCOMPARE(comparison.movedFiles, quint32(0));
        // Members are named by the after side's path.
        const auto member = std::find_if(comparison.files.begin(), comparison.files.end(),
            [](const BundleComparison::Entry& e) { return e.name.startsWith(QLatin1String("inference-strip/")); });
        QVERIFY(member != comparison.files.end());
    }

    void renamesPairSameBytes_data()
    {
        QTest::addColumn<bool>("withContent");
        QTest::addRow("both sides readable") << true;
        QTest::addRow("no content (snapshots)") << false;
    }

    void renamesPairSameBytes()
    {
        // Debian's libpython3.11.so copied by one build, libpython3.11.so.1.0 by the next: same bytes, other name.
        // A file of the same size with other bytes is no rename, nor is an empty file.
        QFETCH(bool, withContent);
        QTemporaryDir dir;
        const QByteArray runtime = QByteArray(5000, 'p') + "runtime";
        const QByteArray other = QByteArray(5000, 'q') + "another";
        QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("a/app/_internal/libpython3.11.so")), runtime));
        QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("a/app/_internal/old.dat")), other));
        QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("a/app/_internal/empty-before")), {}));
        QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("b/app/_internal/libpython3.11.so.1.0")), runtime));
        QVERIFY(Test::writeFile(
            dir.filePath(QStringLiteral("b/app/_internal/new.dat")), QByteArray(other).replace('q', 'r')));
        QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("b/app/_internal/empty-after")), {}));
        const Result<ScanResult> before = SourceFactory::scan(dir.filePath(QStringLiteral("a/app")));
        const Result<ScanResult> after = SourceFactory::scan(dir.filePath(QStringLiteral("b/app")));
        QVERIFY(before && after);
        const BundleComparison comparison = withContent
            ? BundleComparison::compare(*before->tree, *after->tree, before->reader.get(), after->reader.get())
            : BundleComparison::compare(*before->tree, *after->tree);
        QCOMPARE(comparison.count(Change::Renamed), withContent ? 1 : 0);
        QCOMPARE(comparison.count(Change::Removed), withContent ? 2 : 3);
        QCOMPARE(comparison.count(Change::Added), withContent ? 2 : 3);
        if (!withContent)
            return;
        const auto renamed = std::find_if(comparison.files.begin(), comparison.files.end(),
            [](const BundleComparison::Entry& e) { return e.change == Change::Renamed; });
        QCOMPARE(renamed->name, QStringLiteral("libpython3.11.so.1.0"));
        QCOMPARE(renamed->previousName, QStringLiteral("libpython3.11.so"));
        QCOMPARE(renamed->delta(), qint64(0));
        // Listed before unchanged rows, in every output.
        const QJsonObject json
            = QJsonDocument::fromJson(CompareWriter::write(comparison, CompareWriter::Format::Json, 50)).object();
        QCOMPARE(json.value(QLatin1String("file_changes"))[QLatin1String("renamed")].toInt(), 1);
        bool found = false;
        for (const QJsonValue file : json.value(QLatin1String("files")).toArray()) {
            if (file[QLatin1String("change")].toString() == u"renamed") {
                QCOMPARE(file[QLatin1String("renamed_from")].toString(), QStringLiteral("libpython3.11.so"));
                found = true;
            }
        }
        QVERIFY(found);
        const QString text = QString::fromUtf8(CompareWriter::write(comparison, CompareWriter::Format::Text, 50));
        QVERIFY2(text.contains(QStringLiteral("libpython3.11.so → libpython3.11.so.1.0")), qPrintable(text));
        CompareModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(std::make_shared<const BundleComparison>(comparison));
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names.append(model.index(row, CompareModel::NameColumn).data().toString());
        QVERIFY2(
            names.contains(QStringLiteral("libpython3.11.so → libpython3.11.so.1.0")), qPrintable(names.join(u", ")));
    }

    void jsonWriter()
    {
        const QJsonObject json
            = QJsonDocument::fromJson(CompareWriter::write(m_comparison, CompareWriter::Format::Json, 2)).object();
        QCOMPARE(json.value(QLatin1String("schema")).toString(), QStringLiteral("bundlescope.compare/2"));
        QCOMPARE(json.value(QLatin1String("delta_bytes")).toInteger(), qint64(-39300));
        QCOMPARE(json.value(QLatin1String("moved_files")).toInteger(), qint64(5));
        const QJsonArray files = json.value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0)[QLatin1String("name")].toString(), QStringLiteral("torch/lib/libtorch.so"));
        QCOMPARE(files.at(0)[QLatin1String("change")].toString(), QStringLiteral("shrunk"));
        QVERIFY(files.at(1)[QLatin1String("fraction")].isNull()); // added: no baseline
        QCOMPARE(json.value(QLatin1String("file_changes"))[QLatin1String("removed")].toInt(), 1);
    }

    void markdownWriter()
    {
        const QString markdown
            = QString::fromUtf8(CompareWriter::write(m_comparison, CompareWriter::Format::Markdown, 10));
        QVERIFY(markdown.startsWith(QLatin1String("### ")));
        QVERIFY(markdown.contains(QLatin1String("|---|")));
        QVERIFY(markdown.contains(QLatin1String("| `torch/lib/libtorch.so` |")));
        QVERIFY(!markdown.contains(QLatin1String("`app`"))); // unchanged rows are left out
    }

    void htmlReport()
    {
        const QString html = QString::fromUtf8(HtmlReportWriter(m_after).write(BundleReport::fromTree(*m_after)));
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("<svg")));
        // One rect per leaf tile: every file of the fixture is large enough to get its own.
        QCOMPARE(html.count(QLatin1String("<rect ")), int(m_after->totalFiles()));
        QVERIFY(html.contains(QLatin1String("_internal/torch/lib/libtorch.so")));
        QVERIFY(!html.contains(QLatin1String("http://")));
        QVERIFY(!html.contains(QLatin1String("https://")));
        QVERIFY(!html.contains(QLatin1String("<script")));
        QVERIFY(!html.contains(QLatin1String("src=")));
    }

    void model()
    {
        CompareModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setComparison(std::make_shared<BundleComparison>(m_comparison));
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.columnCount(), int(CompareModel::ColumnCount));
        const QModelIndex delta = model.index(0, CompareModel::DeltaColumn);
        QCOMPARE(model.data(delta, CompareModel::RawValueRole).toLongLong(), qint64(-40000));
        QVERIFY(model.data(delta).toString().startsWith(u'-'));
        QCOMPARE(
            model.data(model.index(0, CompareModel::NameColumn)).toString(), QStringLiteral("torch/lib/libtorch.so"));
        QCOMPARE(model.data(model.index(0, 0), CompareModel::ChangeRole).toInt(), int(Change::Shrunk));
        model.setLevel(CompareModel::Level::Categories);
        QCOMPARE(model.rowCount(), int(m_comparison.categories.size()));
        QCOMPARE(model.data(model.index(0, CompareModel::NameColumn)).toString(),
            CategoryInfo::displayName(Category::NativeLibrary));
        model.setLevel(CompareModel::Level::Packages);
        QCOMPARE(model.rowCount(), int(m_comparison.packages.size()));
        QVERIFY(!model.index(0, 0).parent().isValid());
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
