// SPDX-License-Identifier: GPL-3.0-or-later
// Export writes the files on disk, never the members the view shows inside them (issue 13, STYLE rule 14): a
// one-folder bundle's launcher (opened in place as an Expandable folder) is archived as the one file it is, a one-file
// executable is an archive of one entry, and exclusions that name a virtual member are refused with a warning.
#include "export/archiveexporter.h"
#include "mixedbundle.h"
#include "pyinstallerexecutables.h"
#include "scan/sourcefactory.h"
#include "testsupport.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KTar>
#include <KZip>

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {
struct ArchivedFile {
    QByteArray content;
    mode_t permissions = 0;
};

void collect(const KArchiveDirectory* dir, const QString& prefix, QHash<QString, ArchivedFile>& files)
{
    const QStringList names = dir->entries();
    for (const QString& name : names) {
        const KArchiveEntry* entry = dir->entry(name);
        const QString path = prefix.isEmpty() ? name : prefix + u'/' + name;
        if (entry->isDirectory())
            collect(static_cast<const KArchiveDirectory*>(entry), path, files);
        else if (entry->symLinkTarget().isEmpty())
            files.insert(path, { static_cast<const KArchiveFile*>(entry)->data(), entry->permissions() & 07777 });
    }
}

// Every regular file in the archive with its content and permission bits; empty (after a qWarning) on failure.
QHash<QString, ArchivedFile> readBack(const QString& path, ArchiveFormat format)
{
    std::unique_ptr<KArchive> archive;
    if (format == ArchiveFormat::Zip)
        archive = std::make_unique<KZip>(path);
    else
        archive = std::make_unique<KTar>(path);
    QHash<QString, ArchivedFile> files;
    if (!archive->open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s back: %s", qPrintable(path), qPrintable(archive->errorString()));
        return files;
    }
    collect(archive->directory(), {}, files);
    return files;
}

ScanResult scanPath(const QString& path)
{
    auto source = SourceFactory::create(path);
    if (!source)
        return {};
    auto scanned = (*source)->scan(CancellationToken(), {});
    return scanned ? *scanned : ScanResult {};
}
} // namespace

class TestLauncherExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void launcherIsOneFile_data();
    void launcherIsOneFile();
    void oneFileIsOneEntry_data();
    void oneFileIsOneEntry();
    void virtualExclusionsAreRefused_data();
    void virtualExclusionsAreRefused();

private:
    Result<ExportResult> exportTo(
        const ScanResult& scan, ArchiveFormat format, const QString& name, const ArchiveExclusions& exclusions = {});

    QTemporaryDir m_dir;
    QString m_bundle;
    QString m_oneFile;
    ScanResult m_bundleScan;
    ScanResult m_oneFileScan;
};

void TestLauncherExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bundle = m_dir.filePath(QStringLiteral("app"));
    QVERIFY(Test::MixedBundle::write(m_bundle, 2 * 1024 * 1024, 3, Test::MixedBundle::Launcher::WithArchive));
    m_bundleScan = Test::MixedBundle::scan(m_bundle);
    QVERIFY(m_bundleScan.tree);
    // The precondition of every test here: the scan opened the launcher and shows its members.
    const NodeId launcher = m_bundleScan.tree->findPath(u"app");
    QVERIFY(m_bundleScan.tree->hasFlag(launcher, Expandable));
    QVERIFY(m_bundleScan.tree->findPath(u"app/(archive index)") != InvalidNode);

    m_oneFile = m_dir.filePath(QStringLiteral("tool"));
    QVERIFY(Test::writeFile(m_oneFile, Test::PyInstallerExecutables::oneFile("tool", 600 * 1024, 5)));
    QVERIFY(QFile::setPermissions(
        m_oneFile, QFile::permissions(m_oneFile) | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
    m_oneFileScan = scanPath(m_oneFile);
    QVERIFY(m_oneFileScan.tree);
    QCOMPARE(m_oneFileScan.tree->sourceKind(), BundleTree::SourceKind::OneFileExecutable);
}

Result<ExportResult> TestLauncherExport::exportTo(
    const ScanResult& scan, ArchiveFormat format, const QString& name, const ArchiveExclusions& exclusions)
{
    const DiskEntries disk(*scan.tree, *scan.reader);
    ArchivePlanOptions planOptions;
    planOptions.format = format;
    Result<ArchivePlan> plan = ArchivePlan::build(disk, exclusions, planOptions);
    if (!plan)
        return plan.error();
    ExportOptions options;
    options.destination = m_dir.filePath(name);
    options.force = true;
    options.verify = true;
    return ArchiveExporter::exportArchive(*plan, disk, options);
}

void TestLauncherExport::launcherIsOneFile_data()
{
    QTest::addColumn<ArchiveFormat>("format");
    QTest::addRow("tar.gz") << ArchiveFormat::TarGz;
    QTest::addRow("zip") << ArchiveFormat::Zip;
    QTest::addRow("tar.zst") << ArchiveFormat::TarZst;
}

void TestLauncherExport::launcherIsOneFile()
{
    QFETCH(ArchiveFormat, format);
    const QString name = QStringLiteral("folder") + ArchiveFormats::extension(format);
    const Result<ExportResult> exported = exportTo(m_bundleScan, format, name);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
    const QHash<QString, ArchivedFile> files = readBack(m_dir.filePath(name), format);
    // Exactly the regular files on disk, byte for byte (the symlink is checked by tst_archivewriter).
    QStringList onDisk;
    for (const QString& path : Test::relativeFiles(m_bundle)) {
        if (!QFileInfo(m_bundle + u'/' + path).isSymLink())
            onDisk.append(QStringLiteral("app/") + path);
    }
    QStringList archived = files.keys();
    archived.sort();
    QCOMPARE(archived, onDisk);
    for (const QString& path : std::as_const(archived))
        QVERIFY2(files.value(path).content == Test::readFile(m_dir.filePath(path)), qPrintable(path));
    const ArchivedFile launcher = files.value(QStringLiteral("app/app"));
    QCOMPARE(launcher.content, Test::readFile(m_bundle + QStringLiteral("/app")));
    QCOMPARE(launcher.permissions, mode_t(0755));
}

void TestLauncherExport::oneFileIsOneEntry_data()
{
    QTest::addColumn<ArchiveFormat>("format");
    QTest::addRow("tar.gz") << ArchiveFormat::TarGz;
    QTest::addRow("zip") << ArchiveFormat::Zip;
}

void TestLauncherExport::oneFileIsOneEntry()
{
    QFETCH(ArchiveFormat, format);
    const QString name = QStringLiteral("onefile") + ArchiveFormats::extension(format);
    const Result<ExportResult> exported = exportTo(m_oneFileScan, format, name);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
    QCOMPARE(exported->entries, quint64(1));
    const QHash<QString, ArchivedFile> files = readBack(m_dir.filePath(name), format);
    QCOMPARE(files.keys(), QStringList { QStringLiteral("tool") });
    QCOMPARE(files.value(QStringLiteral("tool")).content, Test::readFile(m_oneFile));
    QCOMPARE(files.value(QStringLiteral("tool")).permissions, mode_t(0755));
}

void TestLauncherExport::virtualExclusionsAreRefused_data()
{
    QTest::addColumn<bool>("oneFile");
    QTest::addColumn<QString>("member"); // a virtual member to leave out
    QTest::addColumn<QString>("real"); // a real file to leave out too ("" for none)
    QTest::addRow("PYZ module in a launcher")
        << false << QStringLiteral("app/PYZ.pyz/json/core.pyc") << QStringLiteral("_internal/lib0.so.1");
    QTest::addRow("launcher's archive index") << false << QStringLiteral("app/(archive index)") << QString();
    QTest::addRow("member of a one-file executable") << true << QStringLiteral("libpython3.11.so.1.0") << QString();
}

void TestLauncherExport::virtualExclusionsAreRefused()
{
    QFETCH(bool, oneFile);
    QFETCH(QString, member);
    QFETCH(QString, real);
    const ScanResult& scan = oneFile ? m_oneFileScan : m_bundleScan;
    const NodeId node = scan.tree->findPath(member);
    QVERIFY2(node != InvalidNode, qPrintable(member));
    ArchiveExclusions exclusions;
    exclusions.nodes.insert(node);
    if (!real.isEmpty())
        exclusions.paths.append(real);
    const DiskEntries disk(*scan.tree, *scan.reader);
    QVERIFY(!disk.isReal(node));
    Result<ArchivePlan> plan = ArchivePlan::build(disk, exclusions, {});
    QVERIFY(plan);
    QCOMPARE(plan->warnings().size(), 1);
    QVERIFY2(plan->warnings().constFirst().contains(QStringLiteral("archived whole")),
        qPrintable(plan->warnings().constFirst()));
    // The file holding the member is archived whole; the real exclusion still applies.
    const QString holder = oneFile ? QStringLiteral("tool") : QStringLiteral("app");
    const QString path = oneFile ? holder : QStringLiteral("app/") + holder;
    const QString file = oneFile ? m_oneFile : m_bundle + QStringLiteral("/app");
    bool found = false;
    for (const ArchiveEntry& entry : plan->entries()) {
        QVERIFY(!entry.path.contains("(archive index)") && !entry.path.contains(".pyz/"));
        QVERIFY(real.isEmpty() || !entry.path.endsWith(real.toUtf8()));
        if (entry.path == path.toUtf8()) {
            found = true;
            QCOMPARE(entry.size, quint64(QFileInfo(file).size()));
        }
    }
    QVERIFY(found);
    QCOMPARE(plan->excludedBytes(), real.isEmpty() ? quint64(0) : scan.tree->size(scan.tree->findPath(real)));
    const QString name
        = QStringLiteral("excluded-%1.tar.gz").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-');
    ExportOptions options;
    options.destination = m_dir.filePath(name);
    options.verify = true;
    const Result<ExportResult> exported = ArchiveExporter::exportArchive(*plan, disk, options);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
    QCOMPARE(readBack(options.destination, ArchiveFormat::TarGz).value(path).content, Test::readFile(file));
}

QTEST_GUILESS_MAIN(TestLauncherExport)
#include "tst_launcherexport.moc"
