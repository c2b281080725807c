// SPDX-License-Identifier: GPL-3.0-or-later
// Round trips of exported archives through the tools users have (GNU tar, bsdtar, unzip, Python's zipfile),
// reproducibility, and the metadata that must survive: modes, symlinks, long and non-ASCII names.
#include "export/archiveexporter.h"
#include "export/archivelimits.h"
#include "mixedbundle.h"

#include <karchive_version.h>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {
// Runs a tool; empty optional when it is not installed (the caller fails with what to install).
std::optional<QByteArray> runTool(const QString& program, const QStringList& arguments, int& exitCode)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(path, arguments);
    process.waitForFinished(60000);
    exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput() + process.readAllStandardError();
}

QByteArray digest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// path relative to root -> "f <sha> <exec>" / "l <target>" / "d"
QMap<QString, QString> describe(const QString& root)
{
    QMap<QString, QString> out;
    QDirIterator it(
        root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = QDir(root).relativeFilePath(info.filePath());
        if (info.isSymLink())
            out.insert(relative, QStringLiteral("l ") + info.symLinkTarget().section(u'/', -1));
        else if (info.isDir())
            out.insert(relative, QStringLiteral("d"));
        else
            out.insert(relative,
                QStringLiteral("f %1 %2")
                    .arg(QString::fromLatin1(digest(info.filePath())))
                    .arg(bool(info.permissions() & QFileDevice::ExeOwner)));
    }
    return out;
}
} // namespace

class TestArchiveWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void roundTrip_data();
    void roundTrip();
    void pythonZipfile();
    void reproducible();
    void ownerNormalized();
    void verifyReadsBack();
    void runtimeVersion();

private:
    QString exportTo(ArchiveFormat format, const QString& name, bool verify = false);

    QTemporaryDir m_dir;
    QString m_bundle;
    ScanResult m_scan;
};

void TestArchiveWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bundle = m_dir.filePath(QStringLiteral("myapp"));
    QVERIFY(Test::MixedBundle::write(m_bundle, 1024 * 1024));
    m_scan = Test::MixedBundle::scan(m_bundle);
    QVERIFY(m_scan.tree);
}

QString TestArchiveWriter::exportTo(ArchiveFormat format, const QString& name, bool verify)
{
    ArchivePlanOptions planOptions;
    planOptions.format = format;
    Result<ArchivePlan> plan = ArchivePlan::build(DiskEntries(*m_scan.tree, *m_scan.reader), {}, planOptions);
    if (!plan)
        return {};
    ExportOptions options;
    options.destination = m_dir.filePath(name);
    options.force = true;
    options.verify = verify;
    Result<ExportResult> result
        = ArchiveExporter::exportArchive(*plan, DiskEntries(*m_scan.tree, *m_scan.reader), options);
    if (!result) {
        qWarning("export failed: %s", qPrintable(result.error().toString()));
        return {};
    }
    return result->path;
}

void TestArchiveWriter::roundTrip_data()
{
    QTest::addColumn<ArchiveFormat>("format");
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("package");
    QTest::addColumn<QStringList>("arguments"); // %A archive, %D destination
    const QStringList tarArgs { QStringLiteral("-xf"), QStringLiteral("%A"), QStringLiteral("-C"),
        QStringLiteral("%D") };
    QTest::addRow("tar.gz GNU tar") << ArchiveFormat::TarGz << QStringLiteral("tar") << QStringLiteral("tar")
                                    << tarArgs;
    QTest::addRow("tar.gz bsdtar") << ArchiveFormat::TarGz << QStringLiteral("bsdtar")
                                   << QStringLiteral("libarchive-tools") << tarArgs;
    QTest::addRow("tar.xz GNU tar") << ArchiveFormat::TarXz << QStringLiteral("tar") << QStringLiteral("tar, xz-utils")
                                    << tarArgs;
    QTest::addRow("tar.zst GNU tar") << ArchiveFormat::TarZst << QStringLiteral("tar") << QStringLiteral("tar, zstd")
                                     << tarArgs;
    QTest::addRow("tar.zst bsdtar") << ArchiveFormat::TarZst << QStringLiteral("bsdtar")
                                    << QStringLiteral("libarchive-tools") << tarArgs;
    QTest::addRow("zip unzip") << ArchiveFormat::Zip << QStringLiteral("unzip") << QStringLiteral("unzip")
                               << QStringList { QStringLiteral("-q"), QStringLiteral("%A"), QStringLiteral("-d"),
                                      QStringLiteral("%D") };
    QTest::addRow("zip bsdtar") << ArchiveFormat::Zip << QStringLiteral("bsdtar") << QStringLiteral("libarchive-tools")
                                << tarArgs;
}

void TestArchiveWriter::roundTrip()
{
    QFETCH(ArchiveFormat, format);
    QFETCH(QString, tool);
    QFETCH(QString, package);
    QFETCH(QStringList, arguments);
    const QString archive = exportTo(format, QStringLiteral("out") + ArchiveFormats::extension(format));
    QVERIFY(!archive.isEmpty());
    QTemporaryDir extracted;
    for (QString& argument : arguments)
        argument.replace(QStringLiteral("%A"), archive).replace(QStringLiteral("%D"), extracted.path());
    int exitCode = 0;
    const auto output = runTool(tool, arguments, exitCode);
    if (!output)
        QFAIL(qPrintable(QStringLiteral("%1 is missing: install %2 (packaging/install-deps.sh)").arg(tool, package)));
    QVERIFY2(exitCode == 0, output->constData());
    QCOMPARE(QDir(extracted.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
        QStringList { QStringLiteral("myapp") });
    const auto expected = describe(m_bundle);
    const auto actual = describe(extracted.filePath(QStringLiteral("myapp")));
    QCOMPARE(actual.keys(), expected.keys());
    QCOMPARE(actual, expected);
    QVERIFY(actual.value(QStringLiteral("app")).endsWith(u'1')); // executable bit kept
    QCOMPARE(actual.value(QStringLiteral("_internal/lib0.so")), QStringLiteral("l lib0.so.1"));
    QVERIFY(actual.contains(QStringLiteral("_internal/données/übersicht_模型.txt")));
}

void TestArchiveWriter::pythonZipfile()
{
    const QString archive = exportTo(ArchiveFormat::Zip, QStringLiteral("py.zip"));
    QVERIFY(!archive.isEmpty());
    const QString script = QStringLiteral(
        "import sys, zipfile\n"
        "z = zipfile.ZipFile(sys.argv[1])\n"
        "assert z.testzip() is None\n"
        "for i in z.infolist():\n"
        "    sys.stdout.buffer.write(('%s %o\\n' % (i.filename, i.external_attr >> 16)).encode('utf-8'))\n");
    int exitCode = 0;
    const auto output = runTool(QStringLiteral("python3"), { QStringLiteral("-c"), script, archive }, exitCode);
    if (!output)
        QFAIL("python3 is missing: install python3");
    QVERIFY2(exitCode == 0, output->constData());
    const QString listing = QString::fromUtf8(*output);
    QVERIFY2(
        listing.contains(QStringLiteral("myapp/_internal/données/übersicht_模型.txt 100644")), qPrintable(listing));
    QVERIFY(listing.contains(QStringLiteral("myapp/app 100755")));
    QVERIFY(listing.contains(QStringLiteral("myapp/_internal/lib0.so 120777")));
    QVERIFY(listing.contains(QStringLiteral("myapp/_internal/empty_dir/ 40755")));
    QVERIFY(listing.contains(QStringLiteral("past_one_hundred_bytes.py 100644")));
}

void TestArchiveWriter::reproducible()
{
    // Two rounds one second apart: any wall-clock time in a header (gzip MTIME, GNU long-name headers) would differ.
    QMap<ArchiveFormat, QByteArray> first;
    for (ArchiveFormat format : ArchiveFormats::all())
        first.insert(format, digest(exportTo(format, QStringLiteral("a") + ArchiveFormats::extension(format))));
    QTest::qSleep(1100);
    for (ArchiveFormat format : ArchiveFormats::all()) {
        const QByteArray second = digest(exportTo(format, QStringLiteral("b") + ArchiveFormats::extension(format)));
        QVERIFY(!second.isEmpty());
        QCOMPARE(second, first.value(format));
    }
}

void TestArchiveWriter::ownerNormalized()
{
    const QString archive = exportTo(ArchiveFormat::TarGz, QStringLiteral("owner.tar.gz"));
    int exitCode = 0;
    const auto output = runTool(
        QStringLiteral("tar"), { QStringLiteral("--numeric-owner"), QStringLiteral("-tvzf"), archive }, exitCode);
    if (!output)
        QFAIL("tar is missing: install tar");
    QCOMPARE(exitCode, 0);
    const QList<QByteArray> lines = output->trimmed().split('\n');
    QVERIFY(lines.size() > 20);
    for (const QByteArray& line : lines)
        QVERIFY2(line.contains(" 0/0 "), line.constData());
    QVERIFY(output->contains("myapp/_internal/a_rather_long_package_name_for_testing/with_a_nested_subpackage/"
                             "and_a_module_name_that_pushes_the_path_past_one_hundred_bytes.py"));
}

void TestArchiveWriter::verifyReadsBack()
{
    for (ArchiveFormat format : ArchiveFormats::all()) {
        ArchivePlanOptions planOptions;
        planOptions.format = format;
        Result<ArchivePlan> plan = ArchivePlan::build(DiskEntries(*m_scan.tree, *m_scan.reader), {}, planOptions);
        QVERIFY(plan);
        ExportOptions options;
        options.destination = m_dir.filePath(QStringLiteral("verified") + ArchiveFormats::extension(format));
        options.verify = true;
        Result<ExportResult> result
            = ArchiveExporter::exportArchive(*plan, DiskEntries(*m_scan.tree, *m_scan.reader), options);
        QVERIFY2(result, qPrintable(result.error().toString()));
        QVERIFY(result->verified);
        QCOMPARE(result->verified->files, plan->fileCount());
        QCOMPARE(result->verified->bytes, plan->totalFileBytes());
        QCOMPARE(result->entries, quint64(plan->entries().size()));
    }
}

void TestArchiveWriter::runtimeVersion()
{
    // The library this test runs against is the one the headers describe (KArchive 6.13 here): no Zip64.
    QCOMPARE(ArchiveLimits::runtimeKArchiveVersion(), KARCHIVE_VERSION);
    QCOMPARE(ArchiveLimits::kzipWritesZip64(), KARCHIVE_VERSION >= ((6 << 16) | (29 << 8)));
}

QTEST_GUILESS_MAIN(TestArchiveWriter)
#include "tst_archivewriter.moc"
