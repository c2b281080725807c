// SPDX-License-Identifier: GPL-3.0-or-later
// Estimates of bundles whose files carry a PyInstaller PKG (issue 13): the estimate is of the bytes that will be
// archived, the launcher's or the one-file executable's raw bytes, not of the members the view shows inside them.
#include "estimate/compressionestimator.h"
#include "export/archiveexporter.h"
#include "mixedbundle.h"
#include "pyinstallerexecutables.h"
#include "scan/sourcefactory.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

class TestLauncherEstimate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void oneFileIsTheFile();
    void matchesExport_data();
    void matchesExport();

private:
    QTemporaryDir m_dir;
    ScanResult m_bundle;
    ScanResult m_oneFile;
};

void TestLauncherEstimate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString bundle = m_dir.filePath(QStringLiteral("app"));
    QVERIFY(Test::MixedBundle::write(bundle, 6 * 1024 * 1024, 11, Test::MixedBundle::Launcher::WithArchive));
    m_bundle = Test::MixedBundle::scan(bundle);
    QVERIFY(m_bundle.tree);
    QVERIFY(m_bundle.tree->hasFlag(m_bundle.tree->findPath(u"app"), Expandable));
    const QString oneFile = m_dir.filePath(QStringLiteral("tool"));
    QVERIFY(Test::writeFile(oneFile, Test::PyInstallerExecutables::oneFile("tool", 3 * 1024 * 1024, 13)));
    QVERIFY(QFile::setPermissions(oneFile, QFile::permissions(oneFile) | QFile::ExeOwner));
    auto source = SourceFactory::create(oneFile);
    QVERIFY(source);
    auto scanned = (*source)->scan(CancellationToken(), {});
    QVERIFY(scanned);
    m_oneFile = *scanned;
    QCOMPARE(m_oneFile.tree->sourceKind(), BundleTree::SourceKind::OneFileExecutable);
}

void TestLauncherEstimate::oneFileIsTheFile()
{
    const quint64 fileBytes = quint64(QFileInfo(m_dir.filePath(QStringLiteral("tool"))).size());
    QVERIFY(m_oneFile.tree->totalSize() > fileBytes); // the members, uncompressed, are more than the file
    EstimateOptions options;
    options.formats = { ArchiveFormat::TarGz, ArchiveFormat::Zip };
    options.useCache = false;
    const Result<EstimateResult> estimate = CompressionEstimator::estimate(*m_oneFile.tree, *m_oneFile.reader, options);
    QVERIFY(estimate);
    QCOMPARE(estimate->inputBytes, fileBytes);
    // One ustar header, the data padded to 512, two end blocks.
    QCOMPARE(estimate->tarStreamBytes, 512 + (fileBytes + 511) / 512 * 512 + 1024);
    // Mostly compressed already: the archive is about the file, never the members' uncompressed bytes.
    for (const FormatEstimate& format : estimate->formats) {
        QVERIFY2(format.totalBytes > fileBytes * 8 / 10 && format.totalBytes < fileBytes * 11 / 10,
            qPrintable(QString::number(format.totalBytes)));
        QCOMPARE(format.perNode[m_oneFile.tree->root()], format.totalBytes);
    }
}

void TestLauncherEstimate::matchesExport_data()
{
    QTest::addColumn<bool>("oneFile");
    QTest::addColumn<ArchiveFormat>("format");
    QTest::addColumn<double>("bound");
    QTest::addRow("launcher tar.gz") << false << ArchiveFormat::TarGz << 0.02;
    QTest::addRow("launcher zip") << false << ArchiveFormat::Zip << 0.02;
    QTest::addRow("launcher tar.zst") << false << ArchiveFormat::TarZst << 0.04;
    QTest::addRow("one-file tar.gz") << true << ArchiveFormat::TarGz << 0.02;
    QTest::addRow("one-file zip") << true << ArchiveFormat::Zip << 0.02;
}

void TestLauncherEstimate::matchesExport()
{
    QFETCH(bool, oneFile);
    QFETCH(ArchiveFormat, format);
    QFETCH(double, bound);
    const ScanResult& scan = oneFile ? m_oneFile : m_bundle;
    const DiskEntries disk(*scan.tree, *scan.reader);
    ArchivePlanOptions planOptions;
    planOptions.format = format;
    Result<ArchivePlan> plan = ArchivePlan::build(disk, {}, planOptions);
    QVERIFY(plan);
    ExportOptions exportOptions;
    exportOptions.destination
        = m_dir.filePath(QStringLiteral("out-%1%2").arg(oneFile).arg(ArchiveFormats::extension(format)));
    exportOptions.force = true;
    const Result<ExportResult> exported = ArchiveExporter::exportArchive(*plan, disk, exportOptions);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
    EstimateOptions options;
    options.formats = { format };
    options.useCache = false;
    const Result<EstimateResult> estimate = CompressionEstimator::estimate(*scan.tree, *scan.reader, options);
    QVERIFY(estimate);
    QCOMPARE(estimate->inputBytes, exported->inputBytes);
    const double error
        = (double(estimate->total(format)) - double(exported->archiveBytes)) / double(exported->archiveBytes);
    qInfo("%s: estimated %llu, actual %llu, error %+.2f%%", QTest::currentDataTag(), estimate->total(format),
        exported->archiveBytes, error * 100);
    QVERIFY2(std::abs(error) <= bound, qPrintable(QString::number(error * 100) + u'%'));
}

QTEST_GUILESS_MAIN(TestLauncherEstimate)
#include "tst_launcherestimate.moc"
