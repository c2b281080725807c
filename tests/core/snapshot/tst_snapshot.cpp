// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshot files: save a scan, load it back and compare every node; gzip above the threshold or on request; the
// SourceFactory route; malformed, truncated and future-version files fail with a clear Error; the entries the analysis
// and the estimate could not read survive the round trip (and snapshots written before them still load).
#include "testsupport.h"

#include "analysis/analysisrunner.h"
#include "model/bundletreebuilder.h"
#include "scan/foldersource.h"
#include "scan/sourcefactory.h"
#include "snapshot/historystore.h"
#include "snapshot/readerrorssection.h"
#include "snapshot/snapshotreader.h"
#include "snapshot/snapshotwriter.h"

#include <KArchive>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {

QStringList packageUserNames(const BundleTree& tree, NodeId id)
{
    QStringList names;
    for (PackageId user : tree.packageUsers(id))
        names.append(tree.packageName(user));
    return names;
}

// Every per-node fact a snapshot keeps. Children are sorted by name bytes in both trees, so they pair up by position
// (names that are not UTF-8 cannot be looked up by path).
void verifySameNode(const BundleTree& a, NodeId id, const BundleTree& b, NodeId other)
{
    QCOMPARE(b.nameBytes(other).toByteArray(), a.nameBytes(id).toByteArray());
    QCOMPARE(b.kind(other), a.kind(id));
    QCOMPARE(b.size(other), a.size(id));
    QCOMPARE(b.allocatedSize(other), a.allocatedSize(id));
    QCOMPARE(b.storedSize(other), a.storedSize(id));
    QCOMPARE(b.modificationTime(other), a.modificationTime(id));
    QCOMPARE(b.flags(other), a.flags(id));
    QCOMPARE(b.category(other), a.category(id));
    QCOMPARE(b.packageName(b.package(other)), a.packageName(a.package(id)));
    QCOMPARE(packageUserNames(b, other), packageUserNames(a, id));
    QCOMPARE(b.symlinkTarget(other), a.symlinkTarget(id));
    QCOMPARE(b.error(other), a.error(id));
    QCOMPARE(b.childCount(other), a.childCount(id));
    for (quint32 i = 0; i < a.childCount(id); ++i) {
        verifySameNode(a, a.children(id).first + i, b, b.children(other).first + i);
        if (QTest::currentTestFailed())
            return;
    }
}

void verifySameTree(const BundleTree& a, const BundleTree& b)
{
    QCOMPARE(b.nodeCount(), a.nodeCount());
    QCOMPARE(b.totalSize(), a.totalSize());
    QCOMPARE(b.totalFiles(), a.totalFiles());
    QCOMPARE(b.totalSymlinks(), a.totalSymlinks());
    QCOMPARE(b.path(b.contentsRoot()), a.path(a.contentsRoot()));
    QCOMPARE(b.name(b.root()), a.name(a.root()));
    QCOMPARE(b.metadata().keys(), a.metadata().keys());
    verifySameNode(a, a.root(), b, b.root());
}

// A tree with what a folder scan rarely has: a non-UTF-8 name, an error, a stored size, a symlink.
std::shared_ptr<BundleTree> handmadeTree()
{
    BundleTreeBuilder builder(QStringLiteral("/tmp/hand"), BundleTree::SourceKind::Archive, 1700000000);
    using Entry = BundleTreeBuilder::Entry;
    const Entry top[] = {
        { "bad\xff"
          "name.bin",
            NodeKind::File, 10, 512, 1700000001, NoFlags, Category::Data },
        { "lib", NodeKind::Directory, 0, 4096, 1700000002, NoFlags, Category::None },
        { "link.so", NodeKind::Symlink, 9, 0, 0, NoFlags, Category::None },
    };
    const NodeId first = builder.addChildren(0, top);
    const Entry inner[] = { { "libz.so.1", NodeKind::File, 90000, 90112, 5, ExecutableBit, Category::NativeLibrary } };
    const NodeId lib = builder.addChildren(first + 1, inner);
    builder.setSymlinkTarget(first + 2, "lib/libz.so.1");
    builder.setError(first, QStringLiteral("truncated member"));
    builder.setStoredSize(lib, 40000);
    builder.setMetadata(QStringLiteral("pyinstaller.python_version"), 311);
    return builder.finish();
}

QStringList described(const std::vector<Error>& errors)
{
    QStringList lines;
    for (const Error& error : errors)
        lines.append(error.path + QStringLiteral(": ") + error.message);
    return lines;
}

QByteArray snapshotJson(const QByteArray& nodes, const QByteArray& schema = "bundlescope.snapshot/1")
{
    return "{\"schema\":\"" + schema + "\",\"packages\":[\"(other)\"],\"nodes\":" + nodes + "}";
}

} // namespace

class TestSnapshot : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void roundTripDemoBundle_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("gzipped");
        QTest::addRow("plain") << QStringLiteral("demo.bundlescope.json") << false;
        QTest::addRow("gzip by suffix") << QStringLiteral("demo.bundlescope.json.gz") << true;
    }
    void roundTripDemoBundle()
    {
        QFETCH(QString, fileName);
        QFETCH(bool, gzipped);
        QTemporaryDir dir;
        DemoBundleGenerator::Options options;
        options.withCuda = false;
        const QString bundle = Test::makeDemoBundle(dir, options);
        QVERIFY(!bundle.isEmpty());
        FolderSource source(bundle);
        Result<ScanResult> scanned = source.scan(CancellationToken(), {});
        QVERIFY(scanned);
        const BundleTree& original = *scanned->tree;
        QVERIFY(original.contentsRoot() != original.root()); // a PyInstaller 6 layout: _internal/ is kept
        QVERIFY(original.totalSymlinks() > 0);

        const QString path = dir.filePath(fileName);
        QVERIFY(SnapshotWriter::save(original, path));
        QCOMPARE(Test::readFile(path).startsWith("\x1f\x8b"), gzipped);

        const Result<Snapshot> loaded = SnapshotReader::load(path);
        QVERIFY2(loaded, qPrintable(loaded.error().toString()));
        QCOMPARE(loaded->tree->sourceKind(), BundleTree::SourceKind::Snapshot);
        QCOMPARE(loaded->tree->rootPath(), path);
        verifySameTree(original, *loaded->tree);
    }

    void roundTripHandmadeTree()
    {
        const auto tree = handmadeTree();
        const std::vector<ReportSection> sections { { QStringLiteral("candidates"), QJsonArray { 1, 2 }, {}, {}, {}, {},
            {} } };
        const Result<Snapshot> loaded = SnapshotReader::decode(SnapshotWriter::encode(*tree, sections));
        QVERIFY2(loaded, qPrintable(loaded.error().toString()));
        verifySameTree(*tree, *loaded->tree);
        QCOMPARE(loaded->sections.value(QLatin1String("candidates")).toArray(), (QJsonArray { 1, 2 }));
        QCOMPARE(loaded->tree->metadata().value(QStringLiteral("pyinstaller.python_version")).toInt(), 311);
    }

    // What the analysis and the estimate could not read is saved with the snapshot and comes back when it is
    // reopened (issue 16.1): the reopened analysis still says its candidates were incomplete.
    void readErrorsRoundTrip()
    {
        QTemporaryDir dir;
        const auto tree = handmadeTree();
        const std::vector<Error> analysis {
            makeError(Error::Code::Io, QStringLiteral("shrank"), QStringLiteral("lib/libz.so.1")),
            makeError(Error::Code::Io, QStringLiteral("vanished"), QStringLiteral("link.so")),
        };
        const std::vector<Error> estimate { makeError(Error::Code::Io, QStringLiteral("read error"), QString()) };
        std::vector<ReportSection> sections { { QStringLiteral("candidates"), QJsonArray {}, {}, {}, {}, {}, {} } };
        for (ReportSection& section : ReadErrorsSection::make(analysis, estimate))
            sections.push_back(std::move(section));
        QCOMPARE(sections.size(), std::size_t(2));
        const QString path = dir.filePath(QStringLiteral("errors.bundlescope.json"));
        QVERIFY(SnapshotWriter::save(*tree, path, sections));

        const Result<Snapshot> loaded = SnapshotReader::load(path);
        QVERIFY2(loaded, qPrintable(loaded.error().toString()));
        QCOMPARE(described(loaded->analysisErrors), described(analysis));
        QCOMPARE(described(loaded->estimateErrors), described(estimate)); // "" is the root, kept
        QVERIFY(loaded->sections.contains(QLatin1String("candidates")));

        Result<std::unique_ptr<BundleSource>> source = SourceFactory::create(path);
        QVERIFY(source);
        const Result<ScanResult> scanned = (*source)->scan(CancellationToken(), {});
        QVERIFY(scanned);
        QCOMPARE(described(scanned->recordedAnalysisErrors), described(analysis));
        QCOMPARE(described(scanned->recordedEstimateErrors), described(estimate));
        AnalysisContext context { *scanned->tree, *scanned->reader, CancellationToken() };
        context.recordedErrors = scanned->recordedAnalysisErrors;
        const Result<AnalysisResult> reanalysed = AnalysisRunner().run(context);
        QVERIFY(reanalysed);
        QCOMPARE(described(reanalysed->errors), described(analysis));

        // Saved again (a snapshot of the reopened snapshot), they are still there.
        const QByteArray again = SnapshotWriter::encode(
            *scanned->tree, ReadErrorsSection::make(reanalysed->errors, scanned->recordedEstimateErrors));
        const Result<Snapshot> reloaded = SnapshotReader::decode(again);
        QVERIFY(reloaded);
        QCOMPARE(described(reloaded->analysisErrors), described(analysis));
        QCOMPARE(described(reloaded->estimateErrors), described(estimate));
    }

    // Snapshots of complete reads do not get the member, and snapshots written before it existed load without
    // recorded errors; entries of a step this version does not know, or without a path, are skipped.
    void readErrorsAreOptional()
    {
        QVERIFY(ReadErrorsSection::make({}, {}).empty());
        const auto tree = handmadeTree();
        const QJsonObject json = SnapshotWriter::toJson(*tree, ReadErrorsSection::make({}, {}));
        QVERIFY(!json.value(QLatin1String("sections")).toObject().contains(ReadErrorsSection::key()));

        const Result<Snapshot> old
            = SnapshotReader::decode(snapshotJson(R"([{"k":"d"},{"p":0,"k":"f","n":"a","s":1}])"));
        QVERIFY2(old, qPrintable(old.error().toString()));
        QVERIFY(old->analysisErrors.empty());
        QVERIFY(old->estimateErrors.empty());

        const QByteArray later = R"json({"schema":"bundlescope.snapshot/1","packages":["(other)"],
            "nodes":[{"k":"d"},{"p":0,"k":"f","n":"a","s":1}],
            "sections":{"read_errors":[{"step":"export","path":"a","message":"m"},
                {"step":"analysis","message":"no path"},
                {"step":"analysis","path":"a","message":"kept"}]}})json";
        const Result<Snapshot> newer = SnapshotReader::decode(later);
        QVERIFY2(newer, qPrintable(newer.error().toString()));
        QCOMPARE(described(newer->analysisErrors), QStringList { QStringLiteral("a: kept") });
        QVERIFY(newer->estimateErrors.empty());
    }

    void largeSnapshotsAreGzipped()
    {
        const auto tree = handmadeTree();
        QVERIFY(SnapshotWriter::encode(*tree).startsWith('{'));
        QVERIFY(SnapshotWriter::encode(*tree, {}, true).startsWith("\x1f\x8b"));
        // Above the threshold the writer compresses by itself.
        const std::vector<ReportSection> big { { QStringLiteral("padding"),
            QString(int(SnapshotWriter::GzipThreshold), u'x'), {}, {}, {}, {}, {} } };
        const QByteArray bytes = SnapshotWriter::encode(*tree, big);
        QVERIFY(bytes.startsWith("\x1f\x8b"));
        QVERIFY(bytes.size() < SnapshotWriter::GzipThreshold / 10);
        QVERIFY(SnapshotReader::decode(bytes));
    }

    void sourceFactoryOpensSnapshots()
    {
        QTemporaryDir dir;
        const auto tree = handmadeTree();
        const QString named = dir.filePath(QStringLiteral("x.bundlescope.json"));
        const QString unnamed = dir.filePath(QStringLiteral("saved.json"));
        QVERIFY(SnapshotWriter::save(*tree, named));
        QVERIFY(SnapshotWriter::save(*tree, unnamed)); // recognised by content
        for (const QString& path : { named, unnamed }) {
            Result<std::unique_ptr<BundleSource>> source = SourceFactory::create(path);
            QVERIFY2(source, qPrintable(source.error().toString()));
            Result<ScanResult> scanned = (*source)->scan(CancellationToken(), {});
            QVERIFY(scanned);
            QCOMPARE(scanned->tree->sourceKind(), BundleTree::SourceKind::Snapshot);
            QCOMPARE(scanned->tree->totalSize(), tree->totalSize());
            QVERIFY(scanned->reader);
            QVERIFY(!scanned->reader->open(scanned->tree->findPath(u"lib/libz.so.1")));
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Error::Code>("code");
        const QByteArray root = "{\"k\":\"d\"}";
        QTest::addRow("empty file") << QByteArray() << Error::Code::Malformed;
        QTest::addRow("not json") << QByteArray("hello") << Error::Code::Malformed;
        QTest::addRow("json array") << QByteArray("[1,2]") << Error::Code::Malformed;
        QTest::addRow("truncated json") << snapshotJson("[" + root).left(40) << Error::Code::Malformed;
        QTest::addRow("other schema") << snapshotJson("[" + root + "]", "bundlescope.report/1")
                                      << Error::Code::Malformed;
        QTest::addRow("no version") << snapshotJson("[" + root + "]", "bundlescope.snapshot/x")
                                    << Error::Code::Malformed;
        QTest::addRow("future version") << snapshotJson("[" + root + "]", "bundlescope.snapshot/2")
                                        << Error::Code::Unsupported;
        QTest::addRow("no nodes") << snapshotJson("[]") << Error::Code::Malformed;
        QTest::addRow("root is a file") << snapshotJson("[{\"k\":\"f\"}]") << Error::Code::Malformed;
        QTest::addRow("unknown kind") << snapshotJson("[" + root + ",{\"p\":0,\"k\":\"q\"}]") << Error::Code::Malformed;
        QTest::addRow("parent after child")
            << snapshotJson("[" + root + ",{\"p\":2,\"k\":\"f\"},{\"p\":0,\"k\":\"d\"}]") << Error::Code::Malformed;
        QTest::addRow("parent is a file")
            << snapshotJson("[" + root + ",{\"p\":0,\"k\":\"f\"},{\"p\":1,\"k\":\"f\"}]") << Error::Code::Malformed;
        QTest::addRow("package out of range")
            << snapshotJson("[" + root + ",{\"p\":0,\"k\":\"f\",\"g\":3}]") << Error::Code::Malformed;
        QTest::addRow("package user out of range")
            << snapshotJson("[" + root + ",{\"p\":0,\"k\":\"f\",\"u\":[0,3]}]") << Error::Code::Malformed;
        QTest::addRow("a single package user")
            << snapshotJson("[" + root + ",{\"p\":0,\"k\":\"f\",\"u\":[0]}]") << Error::Code::Malformed;
        QTest::addRow("negative size") << snapshotJson("[" + root + ",{\"p\":0,\"k\":\"f\",\"s\":-5}]")
                                       << Error::Code::Malformed;
        const QByteArray gzipped = SnapshotWriter::gzip(snapshotJson("[" + root + "]"));
        QTest::addRow("truncated gzip") << gzipped.left(gzipped.size() / 2) << Error::Code::Malformed;
        QTest::addRow("gzip of garbage") << SnapshotWriter::gzip("garbage") << Error::Code::Malformed;
    }
    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Error::Code, code);
        const Result<Snapshot> loaded = SnapshotReader::decode(bytes, QStringLiteral("bad.bundlescope.json"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, code);
        QVERIFY(!loaded.error().message.isEmpty());
        QCOMPARE(loaded.error().path, QStringLiteral("bad.bundlescope.json"));
    }

    void futureVersionMessageNamesBothVersions()
    {
        const Result<Snapshot> loaded
            = SnapshotReader::decode(snapshotJson("[{\"k\":\"d\"}]", "bundlescope.snapshot/7"));
        QVERIFY(!loaded);
        QVERIFY(loaded.error().message.contains(QLatin1String("7")));
        QVERIFY(loaded.error().message.contains(QLatin1String("1")));
    }

    void snapshotsWithoutUsersGetOwners()
    {
        // Written before "u": libraries several packages need sit in "shared: a, b" packages (then split evenly).
        // Loading gives each its owner as a scan would now, and keeps a truly shared one shared, with its users.
        const QByteArray json = R"json({"schema":"bundlescope.snapshot/1",
            "packages":["(other)","torch","functorch","shared: functorch, torch","alpha","beta","shared: alpha, beta"],
            "nodes":[{"k":"d"},
                {"p":0,"k":"d","n":"torch","g":1},
                {"p":1,"k":"d","n":"lib","g":1},
                {"p":2,"k":"f","n":"libtorch_cpu.so","s":1000,"c":"native_library","g":3},
                {"p":0,"k":"d","n":"lib"},
                {"p":4,"k":"f","n":"libc10.so","s":500,"c":"native_library","g":3},
                {"p":0,"k":"f","n":"libcore.so","s":300,"c":"native_library","g":6},
                {"p":0,"k":"d","n":"functorch","g":2},
                {"p":7,"k":"f","n":"_C.cpython-311-x86_64-linux-gnu.so","s":10,"c":"native_library","g":2}]})json";
        const Result<Snapshot> loaded = SnapshotReader::decode(json, QStringLiteral("old.bundlescope.json"));
        QVERIFY2(loaded, qPrintable(loaded.error().toString()));
        const BundleTree& tree = *loaded->tree;
        for (const char* path : { "torch/lib/libtorch_cpu.so", "lib/libc10.so" }) {
            const NodeId id = tree.findPath(QString::fromLatin1(path));
            QCOMPARE(tree.packageName(tree.package(id)), QStringLiteral("torch"));
            QCOMPARE(
                packageUserNames(tree, id), (QStringList { QStringLiteral("torch"), QStringLiteral("functorch") }));
        }
        const NodeId core = tree.findPath(u"libcore.so");
        QCOMPARE(tree.packageName(tree.package(core)), QStringLiteral("shared: alpha, beta"));
        QCOMPARE(packageUserNames(tree, core), (QStringList { QStringLiteral("alpha"), QStringLiteral("beta") }));

        // Written again, the users survive the round trip.
        const Result<Snapshot> again = SnapshotReader::decode(
            QJsonDocument(SnapshotWriter::toJson(tree, {})).toJson(), QStringLiteral("new.bundlescope.json"));
        QVERIFY2(again, qPrintable(again.error().toString()));
        verifySameTree(tree, *again->tree);
    }

    void historyKeepsTheLastN()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.path(), 2);
        const auto tree = handmadeTree();
        const QDateTime start(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        QStringList saved;
        for (int i = 0; i < 3; ++i) {
            const Result<QString> path = store.add(*tree, start.addSecs(i * 60));
            QVERIFY2(path, qPrintable(path.error().toString()));
            saved.append(*path);
        }
        QCOMPARE(store.bundleNames(), QStringList { QStringLiteral("hand") });
        const std::vector<HistoryStore::Entry> entries = store.entries(QStringLiteral("hand"));
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries[0].time, start.addSecs(60));
        QCOMPARE(entries[1].time, start.addSecs(120));
        QCOMPARE(entries[1].bytes, tree->totalSize());
        QCOMPARE(entries[1].path, saved[2]);
        QVERIFY(!QFile::exists(saved[0]));
        const Result<Snapshot> loaded = SnapshotReader::load(entries[0].path);
        QVERIFY(loaded);
        QCOMPARE(loaded->tree->totalSize(), tree->totalSize());
    }

    // dist/app and its release archives (app/ or dist/app/ inside) share one history; an archive without a wrapper
    // folder keeps its own name.
    void historyNameLooksThroughWrappers_data()
    {
        QTest::addColumn<QString>("archiveName");
        QTest::addColumn<QString>("wrapper");
        QTest::addColumn<QString>("expected");
        QTest::addRow("tar.gz with app/")
            << QStringLiteral("app-1.2.tar.gz") << QStringLiteral("app/") << QStringLiteral("app");
        QTest::addRow("zip with dist/app/")
            << QStringLiteral("app-1.3.zip") << QStringLiteral("dist/app/") << QStringLiteral("app");
        QTest::addRow("zip without a wrapper") << QStringLiteral("flat.zip") << QString() << QStringLiteral("flat.zip");
    }
    void historyNameLooksThroughWrappers()
    {
        QFETCH(QString, archiveName);
        QFETCH(QString, wrapper);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("dist/app"));
        QVERIFY(Test::writeFile(folder + QStringLiteral("/a.bin"), QByteArray(100, 'a')));
        QVERIFY(Test::writeFile(folder + QStringLiteral("/lib/b.so"), QByteArray(200, 'b')));
        const QString archivePath = dir.filePath(archiveName);
        {
            const std::unique_ptr<KArchive> archive = Test::archiveWriter(archivePath);
            QVERIFY(archive->open(QIODevice::WriteOnly));
            QVERIFY(archive->writeFile(wrapper + QStringLiteral("a.bin"), QByteArray(100, 'a')));
            QVERIFY(archive->writeFile(wrapper + QStringLiteral("lib/b.so"), QByteArray(200, 'b')));
            QVERIFY(archive->close());
        }
        const Result<ScanResult> scannedFolder = SourceFactory::scan(folder);
        const Result<ScanResult> scannedArchive = SourceFactory::scan(archivePath);
        QVERIFY(scannedFolder && scannedArchive);
        QCOMPARE(HistoryStore::bundleName(*scannedFolder->tree), QStringLiteral("app"));
        QCOMPARE(HistoryStore::bundleName(*scannedArchive->tree), expected);
        HistoryStore store(dir.filePath(QStringLiteral("history")));
        QVERIFY(store.add(*scannedArchive->tree));
        QCOMPARE(store.entries(expected).size(), std::size_t(1));
    }

    void missingFile()
    {
        const Result<Snapshot> loaded = SnapshotReader::load(QStringLiteral("/nonexistent/x.bundlescope.json"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
