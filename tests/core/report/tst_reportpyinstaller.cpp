// SPDX-License-Identifier: GPL-3.0-or-later
// The PyInstaller facts (Python version, bootloader / PKG / PYZ bytes, one-file start-up note) and the `needed_by`
// chains in the text, Markdown and JSON reports: present for a one-file executable, absent for a plain folder.
#include "demo/pyinstallerarchivewriter.h"
#include "report/bundlereport.h"
#include "report/jsonreportwriter.h"
#include "report/markdownreportwriter.h"
#include "report/textreportwriter.h"
#include "scan/scanpipeline.h"
#include "scan/sourcefactory.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {

constexpr qint64 BootloaderBytes = 5004 + 2276; // ELF stub in front, trailing bytes after the cookie

QByteArray oneFileExecutable()
{
    PyzWriter pyz;
    pyz.addModule("json", PyzWriter::Type::Package, QByteArray(900, 'j'));
    pyz.addModule("json.decoder", PyzWriter::Type::Module, QByteArray(5000, 'd'));
    CArchiveWriter pkg;
    pkg.add("pyi-contents-directory _internal", 'o', {}, false);
    pkg.add("main", 's', QByteArray("print('hello')\n"), true);
    pkg.add("PYZ-00.pyz", 'z', pyz.finish(), false);
    pkg.add("libpython3.11.so.1.0", 'b', QByteArray(40000, 'L'), true);
    QByteArray boot("\x7f"
                    "ELF",
        4);
    boot.append(QByteArray(5000, '\x90'));
    return boot + pkg.finish(311) + QByteArray(2276, '\x01');
}

bool writeFixture(const QString& kind, const QString& dir, QString& path)
{
    if (kind == u"onefile") {
        path = dir + QStringLiteral("/inference");
        return Test::writeFile(path, oneFileExecutable());
    }
    path = dir + QStringLiteral("/plain");
    return Test::writeFile(path + QStringLiteral("/readme.txt"), QByteArray(300, 'r'))
        && Test::writeFile(path + QStringLiteral("/lib/libfoo.so"), QByteArray(4000, 'f'));
}

} // namespace

class TestReportPyInstaller : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void summaryLines_data();
    void summaryLines();
    void neededByTable();
    void noNeededByTableWithoutChains();
};

void TestReportPyInstaller::summaryLines_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("expected");
    QTest::addRow("one-file executable") << QStringLiteral("onefile") << true;
    QTest::addRow("plain folder") << QStringLiteral("plain") << false;
}

void TestReportPyInstaller::summaryLines()
{
    QFETCH(QString, kind);
    QFETCH(bool, expected);
    QTemporaryDir dir;
    QString path;
    QVERIFY(dir.isValid() && writeFixture(kind, dir.path(), path));
    auto source = SourceFactory::create(path);
    QVERIFY2(source, qPrintable(source ? QString() : source.error().toString()));
    Result<ScanResult> scanned = ScanPipeline::run(**source, {}, {});
    QVERIFY(scanned);
    const BundleReport report = BundleReport::fromTree(*scanned->tree, 20, scanned->dependencies.get());
    QCOMPARE(report.pyinstaller.isPresent(), expected);

    const QString text = QString::fromUtf8(TextReportWriter().write(report));
    const QString markdown = QString::fromUtf8(MarkdownReportWriter().write(report));
    const QJsonObject json = JsonReportWriter().toJson(report);
    QCOMPARE(text.contains(QLatin1String("\nPyInstaller: Python 3.11, bootloader ")), expected);
    QCOMPARE(text.contains(QLatin1String("\nStart-up:    one-file: unpacks to a temporary folder")), expected);
    QCOMPARE(markdown.contains(QLatin1String("\nPyInstaller: Python 3.11, bootloader ")), expected);
    QCOMPARE(markdown.contains(QLatin1String("\n> one-file: unpacks to a temporary folder")), expected);
    QCOMPARE(json.contains(u"pyinstaller"), expected);
    if (!expected)
        return;
    QVERIFY2(text.contains(QLatin1String(", PKG ")) && text.contains(QLatin1String(", PYZ ")), qPrintable(text));
    const QJsonObject facts = json.value(u"pyinstaller").toObject();
    QCOMPARE(facts.value(u"python_version").toString(), QStringLiteral("3.11"));
    QCOMPARE(facts.value(u"python_library").toString(), QStringLiteral("libpython3.11.so.1.0"));
    QCOMPARE(facts.value(u"bootloader_bytes").toInteger(), BootloaderBytes);
    QCOMPARE(facts.value(u"pkg_bytes").toInteger(), QFileInfo(path).size() - BootloaderBytes);
    QVERIFY(facts.value(u"pyz_bytes").toInteger() > 0);
    QCOMPARE(facts.value(u"onefile").toBool(), true);
}

void TestReportPyInstaller::neededByTable()
{
    BundleReport report;
    report.largest = {
        { QStringLiteral("_internal/libgomp.so.1"), 900, Category::NativeLibrary, QStringLiteral("torch"),
            { QStringLiteral("_internal/libgomp.so.1"), QStringLiteral("_internal/torch/lib/libtorch_cpu.so"),
                QStringLiteral("_internal/torch/_C.so") } },
        { QStringLiteral("_internal/torch/_C.so"), 800, Category::NativeLibrary, QStringLiteral("torch"),
            { QStringLiteral("_internal/torch/_C.so") } }, // a root: nothing to show
        { QStringLiteral("_internal/model.bin"), 700, Category::ModelWeights, QStringLiteral("(other)"), {} },
    };
    const QString chain = QStringLiteral("_internal/torch/lib/libtorch_cpu.so ") + QChar(0x2190)
        + QStringLiteral(" _internal/torch/_C.so");
    const QString text = QString::fromUtf8(TextReportWriter().write(report));
    QVERIFY2(text.contains(QLatin1String("\nWhat loads the largest native files\n")), qPrintable(text));
    const QStringList rows = text.split(u'\n').filter(QLatin1String("_internal/libgomp.so.1"));
    QCOMPARE(rows.size(), 2); // largest files, then the chain
    QVERIFY2(rows.last().endsWith(chain), qPrintable(rows.last()));
    QVERIFY(text.split(u'\n').filter(chain).size() == 1);
    const QString markdown = QString::fromUtf8(MarkdownReportWriter().write(report));
    QVERIFY(markdown.contains(QLatin1String("#### What loads the largest native files")));
    QVERIFY2(markdown.contains(QStringLiteral("| \\_internal/libgomp.so.1 | \\_internal/torch/lib/libtorch\\_cpu.so ")
                 + QChar(0x2190) + QStringLiteral(" \\_internal/torch/\\_C.so |")),
        qPrintable(markdown));
}

void TestReportPyInstaller::noNeededByTableWithoutChains()
{
    BundleReport report;
    report.largest = { { QStringLiteral("model.bin"), 700, Category::ModelWeights, QStringLiteral("(other)"), {} } };
    QVERIFY(!TextReportWriter().write(report).contains("What loads"));
    QVERIFY(!MarkdownReportWriter().write(report).contains("What loads"));
}

QTEST_GUILESS_MAIN(TestReportPyInstaller)
#include "tst_reportpyinstaller.moc"
