// SPDX-License-Identifier: GPL-3.0-or-later
// CArchiveRewriter: a launcher without some PYZ modules is what the bootloader and PyInstaller's importer read (the
// fixture launcher checks its own PKG at run time), every other member keeps its bytes, the run-time hook of an
// emptied package goes, the ELF section "pydata" and the section table after it stay consistent, and bad requests
// are clear errors.
#include "binfmt/carchivereader.h"
#include "binfmt/carchiverewriter.h"
#include "binfmt/pyzreader.h"
#include "demo/pyinstallerarchivewriter.h"
#include "slimfixture.h"
#include "testsupport.h"

#include <QBuffer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace BundleScope;
using namespace BundleScope::Test;

namespace {
QStringList names(const char* spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(u' ', Qt::SkipEmptyParts);
}

QByteArray boot()
{
    return QByteArray("\x7f"
                      "ELF",
               4)
        + QByteArray(3000, '\x90');
}

// A small launcher without trailer: stand-in bootloader + PKG (two modules, a hook, a PYZ of four modules).
QByteArray plainLauncher()
{
    PyzWriter pyz;
    pyz.addModule("keep", PyzWriter::Type::Package, QByteArray(500, 'k'));
    pyz.addModule("keep.sub", PyzWriter::Type::Module, QByteArray(700, 's'));
    pyz.addModule("drop", PyzWriter::Type::Package, QByteArray(900, 'd'));
    pyz.addModule("drop.inner", PyzWriter::Type::Module, QByteArray(300, 'i'));
    CArchiveWriter pkg;
    pkg.add("pyimod01_archive", 'm', QByteArray(2000, 'a'), true);
    pkg.add("pyi_rth_drop", 's', QByteArray(400, 'h'), true);
    pkg.add("main", 's', QByteArray(600, 'm'), true);
    pkg.add("pyi-contents-directory _internal", 'o', {}, false);
    pkg.add("PYZ-00.pyz", 'z', pyz.finish(), false);
    return boot() + pkg.finish();
}

struct Opened {
    CArchiveInfo archive;
    PyzInfo pyz;
};

Opened open(QByteArray launcher)
{
    QBuffer device(&launcher);
    device.open(QIODevice::ReadOnly);
    Opened opened;
    const Result<CArchiveInfo> archive = CArchiveReader::read(device);
    if (!archive) {
        qWarning() << archive.error().toString();
        return opened;
    }
    opened.archive = *archive;
    for (const CArchiveEntry& entry : archive->entries) {
        if (entry.typeCode == 'z')
            opened.pyz = PyzReader::read(device, entry.offset, entry.storedLength).valueOr({});
    }
    return opened;
}

QStringList moduleNames(const PyzInfo& pyz)
{
    QStringList names;
    for (const PyzEntry& entry : pyz.entries)
        names.append(QString::fromLatin1(entry.name));
    return names;
}

QByteArray memberBytes(const QByteArray& launcher, const CArchiveInfo& archive, const QByteArray& name)
{
    for (const CArchiveEntry& entry : archive.entries) {
        if (entry.name == name)
            return launcher.mid(entry.offset, entry.storedLength);
    }
    return {};
}
} // namespace

class TestCArchiveRewriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nothingRemovedIsByteIdentical()
    {
        const QByteArray launcher = plainLauncher();
        const Result<CArchiveRewriter::Rewritten> rewritten = CArchiveRewriter::withoutModules(launcher, {});
        QVERIFY2(rewritten, qPrintable(rewritten.error().toString()));
        QCOMPARE(rewritten->launcher, launcher);
        QCOMPARE(rewritten->removedModules, 0);
    }

    void removesModulesAndTheirHook_data()
    {
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QStringList>("kept");
        QTest::addColumn<QStringList>("hooks");
        QTest::addRow("a whole package") << names("PYZ-00.pyz/drop/__init__.pyc PYZ-00.pyz/drop/inner.pyc")
                                         << names("keep keep.sub") << names("pyi_rth_drop");
        QTest::addRow("part of a package")
            << names("PYZ-00.pyz/drop/inner.pyc") << names("keep keep.sub drop") << QStringList {};
        QTest::addRow("modules of two packages")
            << names("PYZ-00.pyz/keep/sub.pyc PYZ-00.pyz/drop/inner.pyc") << names("keep drop") << QStringList {};
    }
    void removesModulesAndTheirHook()
    {
        QFETCH(QStringList, removed);
        QFETCH(QStringList, kept);
        QFETCH(QStringList, hooks);
        const QByteArray launcher = plainLauncher();
        QSet<QByteArray> members;
        for (const QString& member : removed)
            members.insert(member.toUtf8());
        const Result<CArchiveRewriter::Rewritten> rewritten = CArchiveRewriter::withoutModules(launcher, members);
        QVERIFY2(rewritten, qPrintable(rewritten.error().toString()));
        QCOMPARE(rewritten->removedModules, removed.size());
        QCOMPARE(rewritten->removedHooks, hooks);
        const Opened before = open(launcher);
        const Opened after = open(rewritten->launcher);
        QCOMPARE(moduleNames(after.pyz), kept);
        // Kept modules: the same compressed bytes.
        for (const PyzEntry& entry : after.pyz.entries) {
            const auto original = std::find_if(before.pyz.entries.cbegin(), before.pyz.entries.cend(),
                [&entry](const PyzEntry& old) { return old.name == entry.name; });
            QVERIFY(original != before.pyz.entries.cend());
            QCOMPARE(rewritten->launcher.mid(entry.offset, entry.storedLength),
                launcher.mid(original->offset, original->storedLength));
        }
        // Other members: the same bytes; the bootloader: untouched.
        for (const QByteArray& name : { QByteArray("pyimod01_archive"), QByteArray("main") })
            QCOMPARE(
                memberBytes(rewritten->launcher, after.archive, name), memberBytes(launcher, before.archive, name));
        QCOMPARE(after.archive.packageStart, before.archive.packageStart);
        QCOMPARE(rewritten->launcher.left(int(before.archive.packageStart)),
            launcher.left(int(before.archive.packageStart)));
        QCOMPARE(after.archive.options, before.archive.options);
        QCOMPARE(after.archive.entries.size() + std::size_t(hooks.size()), before.archive.entries.size());
        QVERIFY(rewritten->launcher.size() < launcher.size());
    }

    void clearErrors()
    {
        const Result<CArchiveRewriter::Rewritten> notMember
            = CArchiveRewriter::withoutModules(plainLauncher(), { "PYZ-00.pyz/nothere.pyc" });
        QVERIFY(!notMember);
        QCOMPARE(notMember.error().code, Error::Code::NotFound);
        QVERIFY(notMember.error().message.contains(QLatin1String("nothere")));
        const Result<CArchiveRewriter::Rewritten> notPyz
            = CArchiveRewriter::withoutModules(plainLauncher(), { "main/x.pyc" });
        QVERIFY(!notPyz);
        QCOMPARE(notPyz.error().code, Error::Code::NotFound);
        const Result<CArchiveRewriter::Rewritten> noArchive = CArchiveRewriter::withoutModules(boot(), {});
        QVERIFY(!noArchive);
        QCOMPARE(noArchive.error().code, Error::Code::NotABundle);
    }

    // The fixture launcher: a real ELF with the PKG in section "pydata", section headers after it.
    void realElfLauncherRuns_data()
    {
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QString>("output");
        QTest::addRow("unused package and its hook")
            << QStringList { SlimFixture::pyzMember("unusedpkg", true), SlimFixture::pyzMember("unusedpkg.helpers") }
            << "launcher ok";
        QTest::addRow("package kept, hook kept, module dropped")
            << QStringList { SlimFixture::pyzMember("unusedpkg.helpers") } << "launcher ok";
        QTest::addRow("hook dropped with its package, another package trimmed")
            << QStringList { SlimFixture::pyzMember("unusedpkg", true), SlimFixture::pyzMember("unusedpkg.helpers"),
                   SlimFixture::pyzMember("mixedpkg.tests.test_one") }
            << "launcher ok";
        QTest::addRow("a module the app imports")
            << QStringList { SlimFixture::pyzMember("appmod.core") } << "No module named 'appmod.core'";
    }
    void realElfLauncherRuns()
    {
        QFETCH(QStringList, removed);
        QFETCH(QString, output);
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("bundle"));
        QVERIFY2(SlimFixture::writeLauncherBundle(root), "cannot build the fixture: install gcc and binutils");
        const QString app = root + QStringLiteral("/app");
        const QByteArray original = readFile(app);
        QSet<QByteArray> members;
        for (const QString& member : removed)
            members.insert(member.toUtf8());
        const QString trimmed = root + QStringLiteral("/trimmed");
        const Result<CArchiveRewriter::Rewritten> rewritten = CArchiveRewriter::rewriteFile(app, trimmed, members);
        QVERIFY2(rewritten, qPrintable(rewritten.error().toString()));
        QCOMPARE(readFile(app), original);
        QVERIFY(QFileInfo(trimmed).isExecutable());
        QVERIFY(!QFile::exists(trimmed + QStringLiteral(".bundlescope-partial")));

        // The section table still describes the file: pydata holds exactly the new PKG, readelf is content.
        const ToolRun readelf = runTool(QStringLiteral("readelf"),
            { QStringLiteral("-S"), QStringLiteral("-W"), trimmed }, QStringLiteral("binutils"));
        QVERIFY2(readelf.started && readelf.exitCode == 0, qPrintable(readelf.error));
        QVERIFY2(readelf.standardError.isEmpty(), readelf.standardError.constData());
        const Opened after = open(rewritten->launcher);
        const QRegularExpression pydata(
            QStringLiteral("pydata\\s+PROGBITS\\s+[0-9a-f]+\\s+([0-9a-f]+)\\s+([0-9a-f]+)"));
        const QRegularExpressionMatch match = pydata.match(QString::fromLatin1(readelf.standardOutput));
        QVERIFY2(match.hasMatch(), readelf.standardOutput.constData());
        QCOMPARE(match.captured(1).toLongLong(nullptr, 16), after.archive.packageStart);
        QCOMPARE(match.captured(2).toLongLong(nullptr, 16), after.archive.packageLength);

        QProcess process;
        process.setWorkingDirectory(root);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(trimmed, {});
        QVERIFY(process.waitForFinished(30000));
        const QByteArray printed = process.readAll();
        QVERIFY2(printed.contains(output.toUtf8()), printed.constData());
        QCOMPARE(process.exitCode() == 0, output == u"launcher ok");
    }
};

QTEST_GUILESS_MAIN(TestCArchiveRewriter)
#include "tst_carchiverewriter.moc"
