// SPDX-License-Identifier: GPL-3.0-or-later
// Slimming modules inside the launcher's PYZ: the scan's candidates become launcher-member actions (mixed with files
// on disk for a tests package that has both), the trials run a rewritten launcher (the fixture's launcher checks its
// own PYZ), a module the app imports is isolated with the ImportError as evidence, the original launcher is never
// touched, and --out writes the rewritten launcher.
#include "binfmt/carchivereader.h"
#include "binfmt/pyzreader.h"
#include "slim/slimcandidates.h"
#include "slim/slimengine.h"
#include "slim/slimoutput.h"
#include "slim/slimscan.h"
#include "slimfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;
using namespace BundleScope::Test;

namespace {
SlimItem moduleItem(const QString& id, const QStringList& members)
{
    SlimItem item;
    item.id = id;
    item.kind = QStringLiteral("test");
    item.title = id;
    for (const QString& member : members)
        item.actions.push_back({ QStringLiteral("app"), QString(), 1000, member });
    item.saving = quint64(members.size()) * 1000;
    return item;
}

const SlimItem* findItem(const std::vector<SlimItem>& items, const QString& id)
{
    for (const SlimItem& item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

QStringList pyzModules(const QString& launcher)
{
    QFile file(launcher);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const Result<CArchiveInfo> archive = CArchiveReader::read(file);
    QStringList names;
    for (const CArchiveEntry& entry : archive ? archive->entries : std::vector<CArchiveEntry> {}) {
        if (entry.typeCode != 'z')
            continue;
        for (const PyzEntry& module : PyzReader::read(file, entry.offset, entry.storedLength).valueOr({}).entries)
            names.append(QString::fromLatin1(module.name));
    }
    return names;
}

QByteArray run(const QString& folder, const QString& program)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(folder + u'/' + program, {});
    process.waitForFinished(30000);
    return process.readAll();
}
} // namespace

class TestSlimLauncher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bundle = m_dir.filePath(QStringLiteral("app"));
        QVERIFY2(SlimFixture::writeLauncherBundle(m_bundle), "cannot build the fixture: install gcc and binutils");
        QVERIFY(run(m_bundle, QStringLiteral("app")).contains("launcher ok"));
        m_before = SlimFixture::fingerprint(m_bundle);
        Result<SlimScan> scan = SlimScan::run(m_bundle);
        QVERIFY2(scan, qPrintable(scan.error().toString()));
        m_scan = std::make_unique<SlimScan>(std::move(*scan));
    }
    void init() { QVERIFY(m_temp.isValid()); }
    void cleanup()
    {
        QVERIFY2(QDir(m_temp.path()).isEmpty(), "a temporary folder was left behind");
        QCOMPARE(SlimFixture::fingerprint(m_bundle), m_before);
    }

    // The analysis's tests candidate for mixedpkg names its compiled tests package in the PYZ and its data file on
    // disk: both kinds of action, the saving counting both.
    void mixedCandidateActsOnDiskAndPyz()
    {
        const Result<std::vector<SlimItem>> items = SlimCandidates::fromAnalysis(
            *m_scan->scan.tree, m_scan->candidates, SlimSelection::parse(QStringLiteral("all")));
        QVERIFY2(items, qPrintable(items.error().toString()));
        const SlimItem* mixed = nullptr;
        QStringList ids;
        for (const SlimItem& item : *items) {
            ids.append(item.id);
            const bool onDisk = std::any_of(item.actions.cbegin(), item.actions.cend(),
                [](const SlimAction& action) { return !action.isLauncherMember(); });
            const bool inPyz = std::any_of(item.actions.cbegin(), item.actions.cend(),
                [](const SlimAction& action) { return action.isLauncherMember(); });
            if (onDisk && inPyz)
                mixed = &item;
        }
        QVERIFY2(mixed, qPrintable(ids.join(u' ')));
        QStringList members;
        QStringList paths;
        quint64 saving = 0;
        for (const SlimAction& action : mixed->actions) {
            (action.isLauncherMember() ? members : paths)
                .append(action.isLauncherMember() ? action.member : action.path);
            saving += action.bytes;
        }
        members.sort();
        QCOMPARE(members,
            QStringList(
                { SlimFixture::pyzMember("mixedpkg.tests", true), SlimFixture::pyzMember("mixedpkg.tests.test_one"),
                    SlimFixture::pyzMember("mixedpkg.tests.test_two") }));
        QVERIFY2(paths.contains(QStringLiteral("_internal/mixedpkg/tests/data.txt")), qPrintable(paths.join(u' ')));
        for (const SlimAction& action : mixed->actions) {
            if (action.isLauncherMember())
                QCOMPARE(action.path, QStringLiteral("app"));
        }
        QCOMPARE(mixed->saving, saving);
        QVERIFY(mixed->note.isEmpty()); // nothing left unverified

        // Tried for real: it goes, the tests package leaves the PYZ and the folder on disk.
        const Result<SlimResult> result
            = SlimEngine::run(request(), *m_scan->scan.tree, m_scan->candidates, { *mixed });
        QVERIFY2(result, qPrintable(result.error().toString()));
        QCOMPARE(result->items.front().verdict, SlimVerdict::Removed);
        QCOMPARE(result->verifiedSaving, saving);
    }

    void isolatesTheModuleTheAppImports()
    {
        std::vector<SlimItem> items;
        items.push_back(moduleItem(QStringLiteral("unusedpkg"),
            { SlimFixture::pyzMember("unusedpkg", true), SlimFixture::pyzMember("unusedpkg.helpers") }));
        items.push_back(moduleItem(QStringLiteral("appmod.core"), { SlimFixture::pyzMember("appmod.core") }));
        items.push_back(moduleItem(QStringLiteral("test_one"), { SlimFixture::pyzMember("mixedpkg.tests.test_one") }));
        const Result<SlimResult> result
            = SlimEngine::run(request(), *m_scan->scan.tree, m_scan->candidates, std::move(items));
        QVERIFY2(result, qPrintable(result.error().toString()));
        QVERIFY(result->baselinePassed);
        const SlimItem* unused = findItem(result->items, QStringLiteral("unusedpkg"));
        const SlimItem* needed = findItem(result->items, QStringLiteral("appmod.core"));
        const SlimItem* test = findItem(result->items, QStringLiteral("test_one"));
        QVERIFY(unused && needed && test);
        QCOMPARE(unused->verdict, SlimVerdict::Removed); // with its run-time hook, or the launcher would fail
        QCOMPARE(test->verdict, SlimVerdict::Removed);
        QCOMPARE(needed->verdict, SlimVerdict::Breaks);
        QVERIFY2(needed->evidence.contains(QLatin1String("ModuleNotFoundError: No module named 'appmod.core'")),
            qPrintable(needed->evidence));
        QCOMPARE(result->verifiedSaving, quint64(3000));
        for (const SlimTrial& trial : result->trials)
            QVERIFY2(trial.overheadSeconds < 1.0, qPrintable(QString::number(trial.overheadSeconds)));

        // --out DIR: the launcher there is the rewritten one, and it runs.
        const QString out = m_temp.filePath(QStringLiteral("slimmed"));
        std::vector<SlimAction> removed;
        for (const SlimItem& item : result->items) {
            if (item.verdict == SlimVerdict::Removed)
                removed.insert(removed.end(), item.actions.begin(), item.actions.end());
        }
        const Result<SlimOutput::Written> written = SlimOutput::write(m_bundle, removed, out, m_temp.path());
        QVERIFY2(written, qPrintable(written.error().toString()));
        const QStringList modules = pyzModules(out + QStringLiteral("/app"));
        QCOMPARE(modules,
            QStringList({ QStringLiteral("appmod"), QStringLiteral("mixedpkg"), QStringLiteral("mixedpkg.tests"),
                QStringLiteral("appmod.core"), QStringLiteral("mixedpkg.tests.test_two") }));
        QVERIFY(run(out, QStringLiteral("app")).contains("launcher ok"));
        QVERIFY(QDir(out).removeRecursively());
    }

private:
    SlimRequest request() const
    {
        SlimRequest request;
        request.bundleFolder = m_bundle;
        request.command = QStringLiteral("./app");
        request.expect = QStringLiteral("launcher ok");
        request.timeoutSeconds = 30;
        request.temporaryRoot = m_temp.path();
        return request;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_temp;
    QString m_bundle;
    QStringList m_before;
    std::unique_ptr<SlimScan> m_scan;
};

QTEST_GUILESS_MAIN(TestSlimLauncher)
#include "tst_slimlauncher.moc"
