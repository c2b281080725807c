// SPDX-License-Identifier: GPL-3.0-or-later
// Exports that must fail cleanly: cancel, unwritable or full destinations, existing files, format limits (tested
// with sparse files, nothing of 4 GiB is written), symlinks leaving the bundle, exclusions.
#include "export/archiveexporter.h"
#include "export/archivelimits.h"
#include "mixedbundle.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {
// Forwards to the real file until `quota` bytes were written, then fails like a full disk (ENOSPC).
class QuotaDevice : public QIODevice {
public:
    QuotaDevice(QIODevice& target, qint64 quota)
        : m_target(target)
        , m_quota(quota)
    {
        QIODevice::open(ReadWrite | Unbuffered);
    }
    bool isSequential() const override { return false; }
    bool seek(qint64 position) override { return QIODevice::seek(position) && m_target.seek(position); }
    qint64 size() const override { return m_target.size(); }

protected:
    qint64 readData(char* data, qint64 length) override { return m_target.read(data, length); }
    qint64 writeData(const char* data, qint64 length) override
    {
        if (m_written + length > m_quota) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written += length;
        return m_target.write(data, length);
    }

private:
    QIODevice& m_target;
    qint64 m_quota;
    qint64 m_written = 0;
};

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

Result<ArchivePlan> planFor(const ScanResult& scan, ArchiveFormat format, const ArchiveExclusions& exclusions = {})
{
    ArchivePlanOptions options;
    options.format = format;
    return ArchivePlan::build(DiskEntries(*scan.tree, *scan.reader), exclusions, options);
}
} // namespace

class TestExportSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void cancelHalfWayLeavesNothing_data();
    void cancelHalfWayLeavesNothing();
    void writeFailureLeavesNothing_data();
    void writeFailureLeavesNothing();
    void unwritableDestination();
    void existingFileKeptUnlessForced();
    void limitsRefusedBeforeWriting_data();
    void limitsRefusedBeforeWriting();
    void symlinkOutsideSkipped();
    void exclusionsLeaveOut();
    void estimateComparisonText();

private:
    QTemporaryDir m_dir;
    QString m_out;
    ScanResult m_scan;
};

void TestExportSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Test::MixedBundle::write(m_dir.filePath(QStringLiteral("bundle")), 4 * 1024 * 1024));
    m_scan = Test::MixedBundle::scan(m_dir.filePath(QStringLiteral("bundle")));
    QVERIFY(m_scan.tree);
    m_out = m_dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(m_out));
}

void TestExportSafety::cancelHalfWayLeavesNothing_data()
{
    QTest::addColumn<ArchiveFormat>("format");
    for (ArchiveFormat format : ArchiveFormats::all())
        QTest::addRow("%s", qPrintable(ArchiveFormats::id(format))) << format;
}

void TestExportSafety::cancelHalfWayLeavesNothing()
{
    QFETCH(ArchiveFormat, format);
    Result<ArchivePlan> plan = planFor(m_scan, format);
    QVERIFY(plan);
    CancellationToken token;
    quint64 seenAtCancel = 0;
    ExportOptions options;
    options.destination = m_out + QStringLiteral("/cancel") + ArchiveFormats::extension(format);
    Result<ExportResult> result = ArchiveExporter::exportArchive(
        *plan, DiskEntries(*m_scan.tree, *m_scan.reader), options, token, [&](const ExportProgress& progress) {
            if (progress.bytesDone * 2 >= progress.bytesTotal && !token.isCancelled()) {
                seenAtCancel = progress.bytesDone;
                token.cancel();
            }
        });
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Cancelled);
    QVERIFY(seenAtCancel > 0);
    QCOMPARE(filesIn(m_out), QStringList());
}

void TestExportSafety::writeFailureLeavesNothing_data()
{
    cancelHalfWayLeavesNothing_data();
}

void TestExportSafety::writeFailureLeavesNothing()
{
    QFETCH(ArchiveFormat, format);
    Result<ArchivePlan> plan = planFor(m_scan, format);
    QVERIFY(plan);
    ExportOptions options;
    options.destination = m_out + QStringLiteral("/full") + ArchiveFormats::extension(format);
    options.wrapOutput = [](QIODevice& file) { return std::make_unique<QuotaDevice>(file, 256 * 1024); };
    Result<ExportResult> result
        = ArchiveExporter::exportArchive(*plan, DiskEntries(*m_scan.tree, *m_scan.reader), options);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Io);
    QVERIFY2(result.error().message.contains(QStringLiteral("No space left on device"))
            || result.error().message.contains(QStringLiteral("write")),
        qPrintable(result.error().message));
    QCOMPARE(filesIn(m_out), QStringList());
}

void TestExportSafety::unwritableDestination()
{
    Result<ArchivePlan> plan = planFor(m_scan, ArchiveFormat::TarGz);
    QVERIFY(plan);
    ExportOptions options;
    // /proc refuses new files even to root, unlike a chmod 0555 folder.
    options.destination = QStringLiteral("/proc/bundlescope-test.tar.gz");
    Result<ExportResult> result
        = ArchiveExporter::exportArchive(*plan, DiskEntries(*m_scan.tree, *m_scan.reader), options);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::PermissionDenied);
    options.destination = m_out + QStringLiteral("/no/such/folder/x.tar.gz");
    result = ArchiveExporter::exportArchive(*plan, DiskEntries(*m_scan.tree, *m_scan.reader), options);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::NotFound);
}

void TestExportSafety::existingFileKeptUnlessForced()
{
    Result<ArchivePlan> plan = planFor(m_scan, ArchiveFormat::TarZst);
    QVERIFY(plan);
    const QString target = m_out + QStringLiteral("/existing.tar.zst");
    QVERIFY(Test::writeFile(target, "precious"));
    ExportOptions options;
    options.destination = target;
    Result<ExportResult> result
        = ArchiveExporter::exportArchive(*plan, DiskEntries(*m_scan.tree, *m_scan.reader), options);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::AlreadyExists);
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("precious"));
    file.close();
    options.force = true;
    result = ArchiveExporter::exportArchive(*plan, DiskEntries(*m_scan.tree, *m_scan.reader), options);
    QVERIFY2(result, qPrintable(result.error().toString()));
    QVERIFY(QFileInfo(target).size() > 1000);
    QCOMPARE(filesIn(m_out), QStringList { QStringLiteral("existing.tar.zst") });
    QVERIFY(QFile::remove(target));
}

void TestExportSafety::limitsRefusedBeforeWriting_data()
{
    QTest::addColumn<ArchiveFormat>("format");
    QTest::addColumn<quint64>("size");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<QString>("advice");
    const quint64 gib = 1024ull * 1024 * 1024;
    QTest::addRow("zip 4.5 GiB member") << ArchiveFormat::Zip << 9 * gib / 2 << true << QStringLiteral("tar.gz");
    QTest::addRow("zip 3.9 GiB member, offsets past 4 GiB")
        << ArchiveFormat::Zip << 4 * gib - 512 * 1024 << true << QStringLiteral("tar.gz");
    QTest::addRow("tar.gz 8.5 GiB member") << ArchiveFormat::TarGz << 17 * gib / 2 << true << QStringLiteral("8 GiB");
    QTest::addRow("tar.xz 8 GiB exactly") << ArchiveFormat::TarXz << 8 * gib << true << QStringLiteral("8 GiB");
    QTest::addRow("tar.zst 7.9 GiB member fits") << ArchiveFormat::TarZst << 8 * gib - 100 << false << QString();
}

void TestExportSafety::limitsRefusedBeforeWriting()
{
    QFETCH(ArchiveFormat, format);
    QFETCH(quint64, size);
    QFETCH(bool, refused);
    QFETCH(QString, advice);
    QTemporaryDir sparse;
    const QString bundle = sparse.filePath(QStringLiteral("big"));
    QVERIFY(Test::writeFile(bundle + QStringLiteral("/_internal/small.py"), "print(1)\n"));
    QFile big(bundle + QStringLiteral("/_internal/model.bin"));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(qint64(size))); // sparse: no blocks allocated
    big.close();
    const ScanResult scan = Test::MixedBundle::scan(bundle);
    QVERIFY(scan.tree);
    Result<ArchivePlan> plan = planFor(scan, format);
    QVERIFY(plan);
    Result<void> limits = ArchiveLimits::check(*plan);
    QCOMPARE(!limits, refused);
    if (!refused)
        return; // writing 8 GiB through a compressor is not a unit test
    QCOMPARE(limits.error().code, Error::Code::TooLarge);
    QVERIFY2(limits.error().message.contains(advice), qPrintable(limits.error().message));
    ExportOptions options;
    options.destination = sparse.filePath(QStringLiteral("out") + ArchiveFormats::extension(format));
    Result<ExportResult> result = ArchiveExporter::exportArchive(*plan, DiskEntries(*scan.tree, *scan.reader), options);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::TooLarge);
    QCOMPARE(filesIn(sparse.path()), QStringList());
}

void TestExportSafety::symlinkOutsideSkipped()
{
    QTemporaryDir dir;
    const QString bundle = dir.filePath(QStringLiteral("links"));
    QVERIFY(Test::writeFile(bundle + QStringLiteral("/lib/real.so"), "ELF"));
    QVERIFY(QFile::link(QStringLiteral("real.so"), bundle + QStringLiteral("/lib/inside.so")));
    QVERIFY(QFile::link(QStringLiteral("../../../etc/passwd"), bundle + QStringLiteral("/lib/escape")));
    QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), bundle + QStringLiteral("/absolute")));
    QVERIFY(QFile::link(QStringLiteral("../lib/real.so"), bundle + QStringLiteral("/lib/updown.so")));
    const ScanResult scan = Test::MixedBundle::scan(bundle);
    QVERIFY(scan.tree);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skipping symlink leaving the bundle")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skipping symlink leaving the bundle")));
    Result<ArchivePlan> plan = planFor(scan, ArchiveFormat::TarGz);
    QVERIFY(plan);
    QCOMPARE(plan->warnings().size(), 2);
    QStringList paths;
    for (const ArchiveEntry& entry : plan->entries())
        paths.append(QString::fromUtf8(entry.path));
    QCOMPARE(paths,
        QString::fromLatin1("links links/lib links/lib/inside.so links/lib/real.so links/lib/updown.so").split(u' '));
}

void TestExportSafety::exclusionsLeaveOut()
{
    ArchiveExclusions exclusions;
    exclusions.paths = QStringList { QStringLiteral("_internal/models") };
    exclusions.nodes.insert(m_scan.tree->findPath(QStringLiteral("_internal/lib0.so.1")));
    Result<ArchivePlan> plan = planFor(m_scan, ArchiveFormat::TarGz, exclusions);
    QVERIFY(plan);
    const quint64 models = m_scan.tree->size(m_scan.tree->findPath(QStringLiteral("_internal/models")));
    const quint64 lib0 = m_scan.tree->size(m_scan.tree->findPath(QStringLiteral("_internal/lib0.so.1")));
    QCOMPARE(plan->excludedBytes(), models + lib0);
    for (const ArchiveEntry& entry : plan->entries())
        QVERIFY2(!entry.path.contains("models") && !entry.path.endsWith("lib0.so.1"), entry.path.constData());
}

void TestExportSafety::estimateComparisonText()
{
    QLocale::setDefault(QLocale::c());
    QCOMPARE(ArchiveExporter::estimateComparison(1010, 1000),
        QStringLiteral("Estimated 1010 bytes, actual 1000 bytes (error +1.0%)"));
}

QTEST_GUILESS_MAIN(TestExportSafety)
#include "tst_exportsafety.moc"
