// SPDX-License-Identifier: GPL-3.0-or-later
// BundleReport and its writers: totals, sums per category/package, ordering, largest N, JSON shape against
// SCHEMA.md, extra sections, text and Markdown layout.
#include "fakebundle.h"
#include "model/bundletreebuilder.h"
#include "report/bundlereport.h"
#include "report/jsonreportwriter.h"
#include "report/markdownreportwriter.h"
#include "report/textreportwriter.h"
#include "report/texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace BundleScope;
using BundleScope::Test::FakeFile;

namespace {

QList<FakeFile> sampleFiles()
{
    const quint8 exe = ExecutableBit;
    return {
        { QStringLiteral("app"), 1000, Category::Executable, exe, {} },
        { QStringLiteral("_internal/torch/lib/libtorch_cpu.so"), 9000, Category::NativeLibrary, NoFlags, {} },
        { QStringLiteral("_internal/torch/lib/libtorch_hl.so"), 9000, Category::NativeLibrary, HardLinkDuplicate, {} },
        { QStringLiteral("_internal/torch/__init__.py"), 0, Category::PythonSource, NoFlags, {} },
        { QStringLiteral("_internal/torch/tests/test_a.py"), 300, Category::PythonSource, NoFlags, {} },
        { QStringLiteral("_internal/numpy/b.so"), 500, Category::NativeLibrary, NoFlags, {} },
        { QStringLiteral("_internal/numpy/a.so"), 500, Category::NativeLibrary, NoFlags, {} },
        { QStringLiteral("_internal/base_library.zip"), 700, Category::PythonBytecode, NoFlags, {} },
        { QStringLiteral("_internal/model.safetensors"), 4000, Category::ModelWeights, NoFlags, {} },
        { QStringLiteral("_internal/x|y_z.txt"), 40, Category::Docs, NoFlags, {} },
    };
}

// 1000 + 9000 + 300 + 500 + 500 + 700 + 4000 + 40 (the hard-link duplicate adds nothing)
constexpr quint64 SampleBytes = 16040;

} // namespace

class TestReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void initTestCase() { m_tree = Test::buildFakeTree(sampleFiles()); }
    void totals();
    void categoriesSumAndOrder();
    void packagesSumAndOrder();
    void largest_data();
    void largest();
    void symlinksAndErrors();
    void jsonShape();
    void jsonDeterministic();
    void extraSections();
    void textTable();
    void textReport();
    void markdownReport();
    void markdownEscape_data();
    void markdownEscape();

private:
    std::shared_ptr<BundleTree> m_tree;
};

void TestReport::totals()
{
    const BundleReport report = BundleReport::fromTree(*m_tree);
    QCOMPARE(report.totals.bytes, SampleBytes);
    QCOMPARE(report.totals.files, quint32(sampleFiles().size()));
    QCOMPARE(report.totals.dirs, 5u); // _internal, torch, lib, tests, numpy
    QCOMPARE(report.totals.symlinks, 0u);
    QCOMPARE(report.totals.errors, 0u);
    QVERIFY(report.totals.allocatedBytes >= report.totals.bytes);
    QCOMPARE(report.layout, BundleLayout::PyInstallerOnedir6);
    QCOMPARE(report.contentsPath, QStringLiteral("_internal"));
    QCOMPARE(report.source, QStringLiteral("folder"));
    QCOMPARE(report.root, QStringLiteral("/fake/app"));
}

void TestReport::categoriesSumAndOrder()
{
    const BundleReport report = BundleReport::fromTree(*m_tree);
    quint64 sum = 0;
    quint32 files = 0;
    for (std::size_t i = 0; i < report.categories.size(); ++i) {
        sum += report.categories[i].bytes;
        files += report.categories[i].files;
        if (i > 0)
            QVERIFY(report.categories[i - 1].bytes >= report.categories[i].bytes);
    }
    QCOMPARE(sum, SampleBytes);
    QCOMPARE(files, quint32(sampleFiles().size()));
    QCOMPARE(report.categories.front().category, Category::NativeLibrary); // 9000 + 500 + 500
    QCOMPARE(report.categories.front().bytes, 10000u);
    QCOMPARE(report.categories.front().files, 4u); // the duplicate name counts as a file, not as bytes
    const auto tests = std::find_if(report.categories.begin(), report.categories.end(),
        [](const auto& e) { return e.category == Category::Tests; });
    QVERIFY(tests != report.categories.end());
    QCOMPARE(tests->bytes, 300u);
}

void TestReport::packagesSumAndOrder()
{
    const BundleReport report = BundleReport::fromTree(*m_tree);
    QStringList names;
    quint64 sum = 0;
    for (const auto& entry : report.packages) {
        names.append(entry.name);
        sum += entry.bytes;
    }
    QCOMPARE(sum, SampleBytes);
    // torch 9300, model.safetensors is (other) 4000 + x|y_z.txt 40, runtime 1000 + 700, numpy 1000 (ties: by name)
    const QStringList expected { QStringLiteral("torch"), QStringLiteral("(other)"), QStringLiteral("Python runtime"),
        QStringLiteral("numpy") };
    QCOMPARE(names, expected);
    QCOMPARE(report.packages[0].bytes, 9300u);
    QCOMPARE(report.packages[0].files, 4u);
}

void TestReport::largest_data()
{
    QTest::addColumn<int>("top");
    QTest::addColumn<QStringList>("paths");
    QTest::addRow("top 1") << 1 << QStringList { QStringLiteral("_internal/torch/lib/libtorch_cpu.so") };
    QTest::addRow("ties broken by path") << 4
                                         << QStringList { QStringLiteral("_internal/torch/lib/libtorch_cpu.so"),
                                                QStringLiteral("_internal/model.safetensors"), QStringLiteral("app"),
                                                QStringLiteral("_internal/base_library.zip") };
    QTest::addRow("tie at the cut") << 6
                                    << QStringList { QStringLiteral("_internal/torch/lib/libtorch_cpu.so"),
                                           QStringLiteral("_internal/model.safetensors"), QStringLiteral("app"),
                                           QStringLiteral("_internal/base_library.zip"),
                                           QStringLiteral("_internal/numpy/a.so"),
                                           QStringLiteral("_internal/numpy/b.so") };
    QTest::addRow("more than there are") << 100 << QStringList {};
}

void TestReport::largest()
{
    QFETCH(int, top);
    QFETCH(QStringList, paths);
    const BundleReport report = BundleReport::fromTree(*m_tree, top);
    QStringList actual;
    for (const auto& entry : report.largest)
        actual.append(entry.path);
    if (paths.isEmpty()) {
        QCOMPARE(actual.size(), sampleFiles().size() - 1); // every file but the hard-link duplicate
        QVERIFY(!actual.contains(QStringLiteral("_internal/torch/lib/libtorch_hl.so")));
        return;
    }
    QCOMPARE(actual, paths);
    QCOMPARE(report.largest.front().package, QStringLiteral("torch"));
    QCOMPARE(report.largest.front().category, Category::NativeLibrary);
}

void TestReport::symlinksAndErrors()
{
    BundleTreeBuilder builder(QStringLiteral("/x/plain"), BundleTree::SourceKind::Folder);
    std::vector<BundleTreeBuilder::Entry> top(3);
    top[0] = { "a.bin", NodeKind::File, 100, 4096, 0, NoFlags, Category::Data };
    top[1] = { "d", NodeKind::Directory, 0, 4096, 0, NoFlags, Category::None };
    top[2] = { "link", NodeKind::Symlink, 5, 0, 0, NoFlags, Category::None };
    const NodeId first = builder.addChildren(builder.root(), top);
    builder.setSymlinkTarget(first + 2, "a.bin");
    builder.setError(first + 1, QStringLiteral("Permission denied"));
    builder.setError(first, QStringLiteral("Vanished"));
    const auto tree = builder.finish();
    const BundleReport report = BundleReport::fromTree(*tree);
    QCOMPARE(report.totals.bytes, 105u);
    QCOMPARE(report.totals.symlinks, 1u);
    QCOMPARE(report.totals.errors, 2u);
    QCOMPARE(report.layout, BundleLayout::PlainFolder);
    QCOMPARE(report.categories.size(), 2u);
    QCOMPARE(report.categories[1].category, Category::None);
    QCOMPARE(report.categories[1].bytes, 5u);
    QCOMPARE(report.errors.size(), 2u);
    QCOMPARE(report.errors[0].path, QStringLiteral("a.bin"));
    QCOMPARE(report.errors[1].message, QStringLiteral("Permission denied"));
    QCOMPARE(report.largest.size(), 1u); // symlinks are not files
    const QByteArray markdown = MarkdownReportWriter().write(report);
    QVERIFY(markdown.contains("<details><summary>"));
    QVERIFY(markdown.contains("Permission denied"));
}

void TestReport::jsonShape()
{
    const QJsonObject json = JsonReportWriter().toJson(BundleReport::fromTree(*m_tree, 3));
    QStringList keys = json.keys();
    QStringList reserved = JsonReportWriter::reservedKeys();
    reserved.removeAll(QStringLiteral("pyinstaller")); // optional: the fake tree has no PyInstaller archive
    keys.sort();
    reserved.sort();
    QCOMPARE(keys, reserved);
    QCOMPARE(json.value(u"schema").toString(), QStringLiteral("bundlescope.report/1"));
    QCOMPARE(json.value(u"generator").toObject().value(u"name").toString(), QStringLiteral("bundlescope"));
    QCOMPARE(json.value(u"generator").toObject().value(u"version").toString(), QStringLiteral(BUNDLESCOPE_VERSION));
    QCOMPARE(json.value(u"layout").toString(), QStringLiteral("pyinstaller-onedir-6"));
    QCOMPARE(json.value(u"contents").toString(), QStringLiteral("_internal"));
    const QJsonObject totals = json.value(u"totals").toObject();
    for (const char* key : { "bytes", "allocated_bytes", "files", "dirs", "symlinks", "errors" })
        QVERIFY2(totals.value(QLatin1String(key)).isDouble(), key);
    QCOMPARE(totals.value(u"bytes").toInteger(), qint64(SampleBytes));
    auto checkArray = [&json](const char* name, QStringList keys) {
        const QJsonArray array = json.value(QLatin1String(name)).toArray();
        for (const QJsonValue& value : array) {
            QStringList actual = value.toObject().keys();
            actual.sort();
            keys.sort();
            if (actual != keys)
                return false;
        }
        return true;
    };
    QVERIFY(checkArray("categories",
        { QStringLiteral("name"), QStringLiteral("label"), QStringLiteral("bytes"), QStringLiteral("files") }));
    QVERIFY(checkArray("packages",
        { QStringLiteral("name"), QStringLiteral("bytes"), QStringLiteral("files"),
            QStringLiteral("exclusive_bytes") }));
    QVERIFY(checkArray("largest",
        { QStringLiteral("path"), QStringLiteral("bytes"), QStringLiteral("category"), QStringLiteral("package") }));
    QCOMPARE(json.value(u"largest").toArray().size(), 3);
    QCOMPARE(json.value(u"largest").toArray().first().toObject().value(u"category").toString(),
        QStringLiteral("native_library"));
    QCOMPARE(json.value(u"errors").toArray().size(), 0);
}

void TestReport::jsonDeterministic()
{
    const QByteArray first = JsonReportWriter().write(BundleReport::fromTree(*m_tree));
    const QByteArray second = JsonReportWriter().write(BundleReport::fromTree(*Test::buildFakeTree(sampleFiles())));
    QCOMPARE(first, second);
    QVERIFY(QJsonDocument::fromJson(first).isObject());
    // Sizes beyond 2^53 bytes stay exact integers.
    BundleReport big;
    big.totals.bytes = (quint64(1) << 53) + 1;
    const QJsonObject json = QJsonDocument::fromJson(JsonReportWriter().write(big)).object();
    QCOMPARE(json.value(u"totals").toObject().value(u"bytes").toInteger(), qint64((quint64(1) << 53) + 1));
}

void TestReport::extraSections()
{
    BundleReport report = BundleReport::fromTree(*m_tree);
    ReportSection candidates;
    candidates.key = QStringLiteral("candidates");
    candidates.json = QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("dev_files:tests") } } };
    candidates.title = QStringLiteral("Candidates");
    candidates.columns = { QStringLiteral("Id"), QStringLiteral("Saving") };
    candidates.rightAligned = { false, true };
    candidates.rows = { { QStringLiteral("dev_files:tests"), QStringLiteral("300 B") } };
    ReportSection clash;
    clash.key = QStringLiteral("totals");
    clash.json = 42;
    report.extraSections = { candidates, clash };
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("report section key ignored.*totals")));
    const QJsonObject json = JsonReportWriter().toJson(report);
    QCOMPARE(json.value(u"candidates").toArray().size(), 1);
    QVERIFY(json.value(u"totals").isObject());
    const QString text = QString::fromUtf8(TextReportWriter().write(report));
    QVERIFY(text.contains(QStringLiteral("\nCandidates\n")));
    QVERIFY(text.contains(QStringLiteral("dev_files:tests")));
    QVERIFY(MarkdownReportWriter().write(report).contains("#### Candidates"));
}

void TestReport::textTable()
{
    TextTable table({ QStringLiteral("Name"), QStringLiteral("Size"), QStringLiteral("Path") }, { false, true, false });
    table.addRow({ QStringLiteral("a"), QStringLiteral("1 KiB"), QStringLiteral("x/y") });
    table.addRow({ QStringLiteral("longer"), QStringLiteral("12 B"), QStringLiteral("z") });
    const QString expected = QStringLiteral("  Name     Size  Path\n"
                                            "  ------  -----  ----\n"
                                            "  a       1 KiB  x/y\n"
                                            "  longer   12 B  z\n");
    QCOMPARE(table.render(), expected);
}

void TestReport::textReport()
{
    const QString text = QString::fromUtf8(TextReportWriter().write(BundleReport::fromTree(*m_tree, 2)));
    QVERIFY(text.startsWith(QStringLiteral("BundleScope report for /fake/app\n")));
    QVERIFY(text.contains(QStringLiteral("(16040 bytes)")));
    QVERIFY(text.contains(QStringLiteral("\nCategories\n")));
    QVERIFY(text.contains(QStringLiteral("Packages (largest 2 of 4)")));
    QVERIFY(text.contains(QStringLiteral("_internal/torch/lib/libtorch_cpu.so\n")));
    QVERIFY(!text.contains(QStringLiteral("base_library.zip"))); // third largest, beyond --top 2
}

void TestReport::markdownReport()
{
    const QString markdown = QString::fromUtf8(MarkdownReportWriter().write(BundleReport::fromTree(*m_tree)));
    QVERIFY(markdown.startsWith(QStringLiteral("### ")));
    QVERIFY(markdown.contains(QStringLiteral("| Category | Size | Share | Files |\n| --- | --: | --: | --: |\n")));
    QVERIFY(markdown.contains(QStringLiteral("\\_internal/x\\|y\\_z.txt")));
    QVERIFY(!markdown.contains(QStringLiteral("<details>"))); // no errors
    QVERIFY(markdown.size() < 65536);
    // Every table line has the same number of unescaped cell separators as its header.
    for (const QString& line : markdown.split(u'\n')) {
        if (line.startsWith(QStringLiteral("| Size ")))
            QCOMPARE(line.count(QRegularExpression(QStringLiteral("(?<!\\\\)\\|"))), 5);
    }
}

void TestReport::markdownEscape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::addRow("plain") << QStringLiteral("torch") << QStringLiteral("torch");
    QTest::addRow("dunder") << QStringLiteral("__init__.py") << QStringLiteral("\\_\\_init\\_\\_.py");
    QTest::addRow("pipe") << QStringLiteral("a|b") << QStringLiteral("a\\|b");
    QTest::addRow("html") << QStringLiteral("<b>") << QStringLiteral("\\<b\\>");
    QTest::addRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a b");
}

void TestReport::markdownEscape()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(MarkdownReportWriter::escape(text), escaped);
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
