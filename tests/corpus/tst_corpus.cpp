// SPDX-License-Identifier: GPL-3.0-or-later
// The product against real PyInstaller bundles (label `corpus`): exact totals, export round trips whose unpacked app
// still runs, advised removals that still run, estimates within 2% of the archive written, and `why` chains that name
// what the app really loads. Needs $BUNDLESCOPE_CORPUS (tests/corpus/build-corpus.sh); skips with a clear message
// without it, so the default CI run stays green.
#include "corpusbundles.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope::Test;

class TestCorpus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void totals_data() { addBundleRows(false, true); }
    void totals();
    void exportRoundTrip_data();
    void exportRoundTrip();
    void advisedRemovalsStillRun_data() { addBundleRows(false); }
    void advisedRemovalsStillRun();
    void whyChains_data();
    void whyChains();
    void repeatedWeights();
    void importGraph_data();
    void importGraph();

private:
    // One row per bundle: one-folder ones that run, plus one-file and UPX-packed (crashing) ones on request.
    void addBundleRows(bool oneFileToo, bool crashingToo = false);
    const CorpusBundle* bundle(const QString& name) const;
    QJsonObject jsonReport(const CorpusBundle& bundle, const QStringList& options);
    QString extract(const QString& archive, const QString& into);

    std::vector<CorpusBundle> m_bundles;
    QHash<QString, QJsonObject> m_estimates; // bundle name -> report with --estimate
};

namespace {
const QString s_exe = QStringLiteral(BUNDLESCOPE_EXE);
constexpr int s_toolTimeout = 1800;
} // namespace

void TestCorpus::initTestCase()
{
    if (Corpus::folder().isEmpty())
        QSKIP("BUNDLESCOPE_CORPUS is not set: build real bundles with tests/corpus/build-corpus.sh PYINSTALLER_SRC "
              "HOOKS_SRC OUT, then run BUNDLESCOPE_CORPUS=OUT ctest -L corpus");
    QString error;
    m_bundles = Corpus::bundles(&error);
    QVERIFY2(!m_bundles.empty(), qPrintable(error));
}

void TestCorpus::addBundleRows(bool oneFileToo, bool crashingToo)
{
    QTest::addColumn<QString>("name");
    for (const CorpusBundle& b : m_bundles) {
        if ((b.runs() || crashingToo) && (oneFileToo || !b.oneFile))
            QTest::addRow("%s", qPrintable(b.name)) << b.name;
    }
}

const CorpusBundle* TestCorpus::bundle(const QString& name) const
{
    for (const CorpusBundle& b : m_bundles) {
        if (b.name == name)
            return &b;
    }
    return nullptr;
}

QJsonObject TestCorpus::jsonReport(const CorpusBundle& b, const QStringList& options)
{
    const CorpusProgramRun ran = Corpus::run(s_exe,
        QStringList { QStringLiteral("report"), b.path, QStringLiteral("--format"), QStringLiteral("json") } + options,
        s_toolTimeout);
    if (!ran.finished || ran.exitCode != 0) {
        qWarning("report failed (%d): %s", ran.exitCode, ran.output.right(2000).constData());
        return {};
    }
    // Diagnostics go to stderr, merged here: the JSON object is the outermost {...}.
    const QByteArray json
        = ran.output.mid(ran.output.indexOf('{'), ran.output.lastIndexOf('}') - ran.output.indexOf('{') + 1);
    return QJsonDocument::fromJson(json).object();
}

QString TestCorpus::extract(const QString& archive, const QString& into)
{
    QDir().mkpath(into);
    const CorpusProgramRun ran = archive.endsWith(u".zip")
        ? Corpus::run(
            QStringLiteral("unzip"), { QStringLiteral("-q"), archive, QStringLiteral("-d"), into }, s_toolTimeout)
        : Corpus::run(
            QStringLiteral("tar"), { QStringLiteral("-xf"), archive, QStringLiteral("-C"), into }, s_toolTimeout);
    if (!ran.finished || ran.exitCode != 0)
        return QStringLiteral("cannot unpack %1: %2").arg(archive, QString::fromUtf8(ran.output.right(1000)));
    return {};
}

void TestCorpus::totals()
{
    QFETCH(QString, name);
    const CorpusBundle& b = *bundle(name);
    const QJsonObject report = jsonReport(b, {});
    QVERIFY(!report.isEmpty());
    quint64 filesOnDisk = 0;
    const quint64 bytesOnDisk = Corpus::apparentBytes(b.path, &filesOnDisk);
    const QJsonObject totals = report.value(QStringLiteral("totals")).toObject();
    QCOMPARE(quint64(totals.value(QStringLiteral("bytes")).toInteger()), bytesOnDisk);
    // The launcher's PKG members are shown as files of their own: never fewer files than on disk.
    QVERIFY2(quint64(totals.value(QStringLiteral("files")).toInteger()) >= filesOnDisk,
        qPrintable(QStringLiteral("%1 files reported, %2 on disk")
                       .arg(totals.value(QStringLiteral("files")).toInteger())
                       .arg(filesOnDisk)));
    QCOMPARE(totals.value(QStringLiteral("errors")).toInt(), 0);
    qInfo("%s: %llu bytes, %llu files on disk; %lld files shown", qPrintable(name), bytesOnDisk, filesOnDisk,
        totals.value(QStringLiteral("files")).toInteger());
}

void TestCorpus::exportRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    for (const CorpusBundle& b : m_bundles) {
        if (!b.runs())
            continue;
        for (const QString& format : { QStringLiteral("tar.gz"), QStringLiteral("zip") })
            QTest::addRow("%s %s", qPrintable(b.name), qPrintable(format)) << b.name << format;
    }
}

void TestCorpus::exportRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    const CorpusBundle& b = *bundle(name);
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString archive = work.filePath(QStringLiteral("bundle.") + format);
    const CorpusProgramRun exported = Corpus::run(s_exe,
        { QStringLiteral("export"), b.path, QStringLiteral("--format"), format, QStringLiteral("--out"), archive },
        s_toolTimeout);
    QVERIFY2(exported.finished && exported.exitCode == 0, exported.output.right(2000).constData());
    const QString unpacked = work.filePath(QStringLiteral("unpacked"));
    const QString unpackError = extract(archive, unpacked);
    QVERIFY2(unpackError.isEmpty(), qPrintable(unpackError));

    const QString top = unpacked + u'/' + QFileInfo(b.path).fileName();
    if (b.oneFile) {
        // A one-file executable ships as itself: one file, the same bytes, still executable.
        const QStringList entries = QDir(unpacked).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        QVERIFY2(entries.size() == 1, qPrintable(entries.join(u", ")));
        QString shipped = unpacked + u'/' + entries.first();
        if (QFileInfo(shipped).isDir())
            shipped += u'/' + QFileInfo(b.path).fileName();
        QVERIFY2(QFileInfo(shipped).isFile(), qPrintable(shipped + QStringLiteral(" is not the executable")));
        QVERIFY(QFileInfo(shipped).isExecutable());
        QCOMPARE(QFileInfo(shipped).size(), QFileInfo(b.path).size());
        const QString smoke = Corpus::smokeFailure(b, QFileInfo(shipped).absolutePath());
        QVERIFY2(smoke.isEmpty(), qPrintable(smoke));
    } else {
        const QStringList differences = Corpus::treeDifferences(b.path, top);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.mid(0, 20).join(u'\n')));
        const QString smoke = Corpus::smokeFailure(b, top);
        QVERIFY2(smoke.isEmpty(), qPrintable(smoke));
    }

    // The estimate of the same archive, from a report on the untouched bundle.
    if (!m_estimates.contains(name))
        m_estimates.insert(name, jsonReport(b, { QStringLiteral("--estimate") }));
    const QJsonObject estimates = m_estimates.value(name).value(QStringLiteral("estimates")).toObject();
    const double estimated = estimates.value(format).toDouble();
    const double written = double(QFileInfo(archive).size());
    const double error = (estimated - written) / written * 100.0;
    qInfo("%s %s: written %.0f bytes in %.1f s, estimated %.0f (%+.2f%%)", qPrintable(name), qPrintable(format),
        written, exported.seconds, estimated, error);
    QVERIFY2(std::abs(error) <= 2.0, qPrintable(QStringLiteral("estimate off by %1%").arg(error, 0, 'f', 2)));
}

void TestCorpus::advisedRemovalsStillRun()
{
    QFETCH(QString, name);
    const CorpusBundle& b = *bundle(name);
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString archive = work.filePath(QStringLiteral("slim.tar.gz"));
    const CorpusProgramRun exported = Corpus::run(s_exe,
        { QStringLiteral("export"), b.path, QStringLiteral("--format"), QStringLiteral("tar.gz"),
            QStringLiteral("--out"), archive, QStringLiteral("--exclude-candidates") },
        s_toolTimeout);
    QVERIFY2(exported.finished && exported.exitCode == 0, exported.output.right(2000).constData());
    const QString unpacked = work.filePath(QStringLiteral("unpacked"));
    const QString unpackError = extract(archive, unpacked);
    QVERIFY2(unpackError.isEmpty(), qPrintable(unpackError));
    const QString top = unpacked + u'/' + QFileInfo(b.path).fileName();
    const quint64 before = Corpus::apparentBytes(b.path);
    const quint64 after = Corpus::apparentBytes(top);
    qInfo("%s: advised removals %llu -> %llu bytes (-%.1f%%)", qPrintable(name), before, after,
        before ? 100.0 * double(before - after) / double(before) : 0.0);
    const QString smoke = Corpus::smokeFailure(b, top);
    QVERIFY2(smoke.isEmpty(), qPrintable(smoke));
}

void TestCorpus::whyChains_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mustContain");
    QTest::addColumn<QString>("mustNotContain");
    // What the app imports to use torch explains torch's library: torch/_C, not functorch/_C (which links it more
    // directly) and never a C++ test program shipped beside it.
    QTest::addRow("libtorch_cpu via torch._C") << QStringLiteral("inference") << QStringLiteral("libtorch_cpu.so")
                                               << QStringLiteral("/torch/_C.cpython") << QStringLiteral("Test");
    // A runnable shared object (PT_INTERP) is a library, not a root.
    QTest::addRow("libQt5Core is no root") << QStringLiteral("qtgui") << QStringLiteral("libQt5Core.so.5")
                                           << QStringLiteral("QtCore.abi3.so") << QStringLiteral("it is a root");
    // Loaded by torch's Python code through ctypes: referenced, not "nothing in the bundle".
    QTest::addRow("libtorch_global_deps via ctypes")
        << QStringLiteral("inference") << QStringLiteral("libtorch_global_deps.so") << QStringLiteral("torch")
        << QStringLiteral("unreferenced");
}

void TestCorpus::whyChains()
{
    QFETCH(QString, name);
    QFETCH(QString, file);
    QFETCH(QString, mustContain);
    QFETCH(QString, mustNotContain);
    const CorpusBundle* b = bundle(name);
    if (!b)
        QSKIP(qPrintable(QStringLiteral("%1 is not in this corpus").arg(name)));
    // Debian's torch names its libraries libtorch_cpu.so.1.13 etc.: find the real name by prefix.
    QString real = file;
    QDirIterator it(b->path, { file, file + QStringLiteral(".*") }, QDir::Files, QDirIterator::Subdirectories);
    if (it.hasNext())
        real = QFileInfo(it.next()).fileName();
    const CorpusProgramRun ran = Corpus::run(s_exe, { QStringLiteral("why"), b->path, real }, s_toolTimeout);
    QVERIFY2(ran.finished && ran.exitCode == 0, ran.output.right(2000).constData());
    // The explanation is the line under "Needed by:" (a chain, or why there is none); the lines after it list every
    // direct user and, apart, the programs that link the file.
    const QString text = QString::fromUtf8(ran.output);
    const QStringList lines = text.split(QLatin1Char('\n'));
    const qsizetype heading = lines.indexOf(QStringLiteral("Needed by:"));
    QVERIFY2(heading >= 0 && heading + 1 < lines.size(), qPrintable(text));
    const QString explanation = lines.at(heading + 1);
    QVERIFY2(explanation.contains(mustContain), qPrintable(text));
    QVERIFY2(!explanation.contains(mustNotContain), qPrintable(text));
}

// The inference app ships its network twice (models/model.pth, which it loads, and models/model.onnx): the same six
// float32 tensors, byte for byte. Keep the torch state dict (the bundle has torch, no onnxruntime), drop the ONNX file.
void TestCorpus::repeatedWeights()
{
    const CorpusBundle* b = bundle(QStringLiteral("inference"));
    if (!b)
        QSKIP("inference is not in this corpus");
    const QJsonObject report = jsonReport(*b, { QStringLiteral("--candidates") });
    QJsonObject found;
    for (const QJsonValue candidate : report.value(QLatin1String("candidates")).toArray()) {
        if (candidate[QLatin1String("kind")].toString() == u"repeated_weights")
            found = candidate.toObject();
    }
    QCOMPARE(found.value(QLatin1String("id")).toString(), QStringLiteral("repeated_weights:models/model.pth"));
    QCOMPARE(
        found.value(QLatin1String("paths")).toArray(), QJsonArray({ QStringLiteral("_internal/models/model.onnx") }));
    QCOMPARE(found.value(QLatin1String("confidence")).toString(), QStringLiteral("high"));
    QCOMPARE(found.value(QLatin1String("saving")).toInteger(),
        QFileInfo(b->path + QStringLiteral("/_internal/models/model.onnx")).size());
    QVERIFY(found.value(QLatin1String("why")).toString().contains(QStringLiteral("holds 6 of the same tensors")));
}

// Read from the bytecode of the real bundles: packages the app's entry script never reaches through top-level imports
// are advised for exclusion (medium confidence), the ones it imports never are, and `why` names the import chain.
void TestCorpus::importGraph_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("excluded"); // each must be an exclude_package candidate, "not reachable"
    QTest::addColumn<QStringList>("kept"); // none may be
    QTest::addColumn<QString>("whyPackage");
    QTest::addColumn<QString>("whyChain"); // what `why BUNDLE whyPackage` must say
    // torch pulls in sympy (only from inside functions), hypothesis (only torch.testing._internal) and scipy.
    QTest::addRow("inference") << QStringLiteral("inference")
                               << QStringList { QStringLiteral("scipy"), QStringLiteral("sympy"),
                                      QStringLiteral("hypothesis"), QStringLiteral("mpmath") }
                               << QStringList { QStringLiteral("torch"), QStringLiteral("numpy") }
                               << QStringLiteral("sympy")
                               << QStringLiteral("entry script inference \u2192 torch \u2192");
    // The app imports numpy and scipy at the top of its script.
    QTest::addRow("numsci") << QStringLiteral("numsci") << QStringList()
                            << QStringList { QStringLiteral("numpy"), QStringLiteral("scipy") }
                            << QStringLiteral("scipy")
                            << QStringLiteral("The entry script imports it: entry script numsci \u2192 scipy");
}

void TestCorpus::importGraph()
{
    QFETCH(QString, name);
    QFETCH(QStringList, excluded);
    QFETCH(QStringList, kept);
    QFETCH(QString, whyPackage);
    QFETCH(QString, whyChain);
    const CorpusBundle* b = bundle(name);
    if (!b)
        QSKIP(qPrintable(QStringLiteral("%1 is not in this corpus").arg(name)));
    const QJsonObject report = jsonReport(*b, { QStringLiteral("--candidates") });
    QHash<QString, QJsonObject> packages;
    for (const QJsonValue candidate : report.value(QLatin1String("candidates")).toArray()) {
        const QString id = candidate[QLatin1String("id")].toString();
        if (id.startsWith(QLatin1String("exclude_package:")))
            packages.insert(id.mid(16), candidate.toObject());
    }
    for (const QString& package : excluded) {
        QVERIFY2(packages.contains(package), qPrintable(package + QStringLiteral(" is not advised for exclusion")));
        const QJsonObject candidate = packages.value(package);
        QCOMPARE(candidate.value(QLatin1String("confidence")).toString(), QStringLiteral("medium"));
        QVERIFY2(
            candidate.value(QLatin1String("why")).toString().contains(QStringLiteral("No module of it is reachable")),
            qPrintable(candidate.value(QLatin1String("why")).toString()));
        QVERIFY(candidate.value(QLatin1String("saving")).toInteger() > 0);
    }
    for (const QString& package : kept)
        QVERIFY2(!packages.contains(package), qPrintable(package + QStringLiteral(" is imported by the app")));
    const CorpusProgramRun ran = Corpus::run(s_exe, { QStringLiteral("why"), b->path, whyPackage }, s_toolTimeout);
    QVERIFY2(ran.finished && ran.exitCode == 0, ran.output.right(2000).constData());
    QVERIFY2(QString::fromUtf8(ran.output).contains(whyChain), ran.output.constData());
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
