// SPDX-License-Identifier: GPL-3.0-or-later
// DemoBundleGenerator: layout, determinism, argument checks and the real file formats it writes (safetensors,
// torch zip checkpoint, pyc, base_library.zip, dist-info RECORD). ELF checks live in tst_demoelf.cpp.
#include "demo/demobundlegenerator.h"
#include "demo/pythonmodulewriter.h"
#include "testsupport.h"

#include <KZip>
#include <KZipFileEntry>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <ctime>

using namespace BundleScope;

namespace {

qint64 treeBytes(const QString& root)
{
    qint64 bytes = 0;
    for (const QString& path : Test::relativeFiles(root)) {
        const QFileInfo info(root + u'/' + path);
        if (!info.isSymLink())
            bytes += info.size();
    }
    return bytes;
}

constexpr qint64 MiB = 1024 * 1024;

} // namespace

// Generates one scale-1 bundle for all tests (timed: the demo must stay quick to open).
class TestDemoGenerator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void layout_data();
    void layout();
    void sizeAndCounts();
    void deterministic();
    void otherSeedWithoutCuda();
    void rejectsBadArguments_data();
    void rejectsBadArguments();
    void cudaDuplicatesAreIdentical();
    void safetensors();
    void torchCheckpoint();
    void baseLibraryPyc();
    void packagePyc();
    void record_data();
    void record();

private:
    QString internal(const QString& path) const { return m_bundle + QStringLiteral("/_internal/") + path; }
    QTemporaryDir m_dir;
    QString m_bundle;
};

void TestDemoGenerator::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const Result<QString> bundle = DemoBundleGenerator::generate(m_dir.path(), {});
    const qint64 cpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    const qint64 generationMs = timer.elapsed();
    QVERIFY2(bundle.hasValue(), qPrintable(bundle.error().toString()));
    m_bundle = *bundle;
    QCOMPARE(m_bundle, m_dir.filePath(QStringLiteral("inference")));
    qInfo("scale 1 with CUDA: %lld ms wall, %lld ms CPU, %lld bytes", generationMs, cpuMs, treeBytes(m_bundle));
    // The budget is 5 s of work. The wall clock also counts waiting for a busy disk and for other processes on a
    // shared 2-core CI machine, so it only gets a loose bound.
    QVERIFY2(cpuMs < 5000, qPrintable(QStringLiteral("generation took %1 ms of CPU time").arg(cpuMs)));
    QVERIFY2(generationMs < 30000, qPrintable(QStringLiteral("generation took %1 ms").arg(generationMs)));
}

void TestDemoGenerator::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestDemoGenerator::layout_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("kind"); // file, dir, exec, symlink
    const QString ext = QStringLiteral(".cpython-311-x86_64-linux-gnu.so");
    QTest::addRow("launcher") << QStringLiteral("inference") << QStringLiteral("exec");
    QTest::addRow("_internal") << QStringLiteral("_internal") << QStringLiteral("dir");
    const QStringList files { QStringLiteral("libpython3.11.so.1.0"), QStringLiteral("base_library.zip"),
        QStringLiteral("lib-dynload/_ssl") + ext, QStringLiteral("lib-dynload/_ctypes") + ext,
        QStringLiteral("torch/__init__.py"), QStringLiteral("torch/__pycache__/__init__.cpython-311.pyc"),
        QStringLiteral("torch/_C") + ext, QStringLiteral("torch/lib/libtorch_cpu.so"),
        QStringLiteral("torch/lib/libc10.so"), QStringLiteral("torch/lib/libtorch_cuda.so"),
        QStringLiteral("torch/lib/libcudnn.so.8"), QStringLiteral("torch/lib/libcublas.so.12"),
        QStringLiteral("torch/include/ATen/Tensor.h"), QStringLiteral("torch/testing/__init__.py"),
        QStringLiteral("torch/_C/__init__.pyi"), QStringLiteral("torch/share/cmake/Torch/TorchConfig.cmake"),
        QStringLiteral("numpy/core/_multiarray_umath") + ext,
        QStringLiteral("numpy.libs/libopenblas64_p-r0-0cf96a72.3.23.dev.so"),
        QStringLiteral("numpy/tests/test_functional.py"), QStringLiteral("numpy/core/lib/libnpymath.a"),
        QStringLiteral("scipy/linalg/_flapack") + ext, QStringLiteral("PIL/_imaging") + ext,
        QStringLiteral("setuptools/__init__.py"), QStringLiteral("pytest/__init__.py"),
        QStringLiteral("_pytest/__init__.py"), QStringLiteral("_tcl_data/init.tcl"), QStringLiteral("_tk_data/tk.tcl"),
        QStringLiteral("nvidia/cublas/lib/libcublas.so.12"), QStringLiteral("nvidia/cudnn/lib/libcudnn.so.8"),
        QStringLiteral("models/encoder.safetensors"), QStringLiteral("models/classifier.pt"),
        QStringLiteral("torch-2.3.1.dist-info/METADATA"), QStringLiteral("torch-2.3.1.dist-info/RECORD"),
        QStringLiteral("numpy-1.26.4.dist-info/LICENSE"), QStringLiteral("PIL/README.md") };
    for (const QString& file : files)
        QTest::addRow("%s", qPrintable(file)) << QStringLiteral("_internal/") + file << QStringLiteral("file");
    QTest::addRow("symlink") << QStringLiteral("_internal/libffi.so") << QStringLiteral("symlink");
    QTest::addRow("helper program") << QStringLiteral("_internal/torch/bin/torch_shm_manager")
                                    << QStringLiteral("exec");
}

void TestDemoGenerator::layout()
{
    QFETCH(QString, path);
    QFETCH(QString, kind);
    const QFileInfo info(m_bundle + u'/' + path);
    QVERIFY2(info.exists() || info.isSymLink(), qPrintable(path));
    if (kind == QLatin1String("dir")) {
        QVERIFY(info.isDir());
    } else if (kind == QLatin1String("symlink")) {
        QVERIFY(info.isSymLink());
        QCOMPARE(QFile::symLinkTarget(info.filePath()), info.dir().filePath(QStringLiteral("libffi.so.8")));
    } else {
        QVERIFY(info.isFile() && !info.isSymLink());
        QVERIFY(info.size() > 0);
        QCOMPARE(info.isExecutable(), kind == QLatin1String("exec") || path.contains(QLatin1String(".so")));
    }
}

void TestDemoGenerator::sizeAndCounts()
{
    const qint64 bytes = treeBytes(m_bundle);
    QVERIFY2(bytes > 30 * MiB && bytes < 60 * MiB, qPrintable(QString::number(bytes)));
    const QStringList files = Test::relativeFiles(m_bundle);
    const auto count = [&files](const QString& prefix, const QString& suffix) {
        return std::count_if(files.cbegin(), files.cend(),
            [&](const QString& file) { return file.startsWith(prefix) && file.endsWith(suffix); });
    };
    QVERIFY(count(QStringLiteral("_internal/torch/include/"), QStringLiteral(".h")) >= 300);
    QVERIFY(count(QStringLiteral("_internal/lib-dynload/"), QStringLiteral(".cpython-311-x86_64-linux-gnu.so")) >= 20);
    QVERIFY(count(QStringLiteral("_internal/torch/"), QStringLiteral(".cpython-311.pyc")) >= 50);
    QVERIFY(count(QStringLiteral("_internal/"), QStringLiteral(".dist-info/RECORD")) == 9);
}

void TestDemoGenerator::deterministic()
{
    QTemporaryDir other;
    const QString again = Test::makeDemoBundle(other);
    QVERIFY(!again.isEmpty());
    const QStringList files = Test::relativeFiles(m_bundle);
    QCOMPARE(Test::relativeFiles(again), files);
    for (const QString& file : files) {
        const QFileInfo first(m_bundle + u'/' + file);
        const QFileInfo second(again + u'/' + file);
        QCOMPARE(second.isSymLink(), first.isSymLink());
        if (first.isSymLink())
            QCOMPARE(second.dir().relativeFilePath(second.symLinkTarget()),
                first.dir().relativeFilePath(first.symLinkTarget()));
        else
            QVERIFY2(Test::readFile(second.filePath()) == Test::readFile(first.filePath()), qPrintable(file));
    }
}

// Another seed without CUDA and with another name: the same layout minus the CUDA parts, other bytes.
void TestDemoGenerator::otherSeedWithoutCuda()
{
    QTemporaryDir other;
    DemoBundleGenerator::Options options;
    options.seed = 2;
    options.withCuda = false;
    options.appName = QStringLiteral("cpu-app");
    const QString bundle = Test::makeDemoBundle(other, options);
    QVERIFY(!bundle.isEmpty());
    const QString library = QStringLiteral("/_internal/torch/lib/libc10.so");
    QCOMPARE(QFileInfo(bundle + library).size(), QFileInfo(m_bundle + library).size());
    QVERIFY(Test::readFile(bundle + library) != Test::readFile(m_bundle + library));

    QVERIFY(QFileInfo(bundle + QStringLiteral("/cpu-app")).isExecutable());
    QVERIFY(!QFileInfo::exists(bundle + QStringLiteral("/_internal/nvidia")));
    QVERIFY(!QFileInfo::exists(bundle + QStringLiteral("/_internal/torch/lib/libtorch_cuda.so")));
    QVERIFY(QFileInfo::exists(bundle + QStringLiteral("/_internal/torch/lib/libtorch_cpu.so")));
    for (const QString& root : { m_bundle, bundle }) {
        const Test::ToolRun run = Test::runTool(QStringLiteral("readelf"),
            { QStringLiteral("-d"), QStringLiteral("-W"), root + QStringLiteral("/_internal/torch/lib/libtorch.so") },
            QStringLiteral("binutils"));
        QVERIFY2(run.started, qPrintable(run.error));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.standardOutput.contains("[libtorch_cpu.so]"));
        QCOMPARE(run.standardOutput.contains("[libtorch_cuda.so]"), root == m_bundle);
    }
    const qint64 cpuBytes = treeBytes(bundle);
    qInfo("scale 1 without CUDA: %lld bytes", cpuBytes);
    QVERIFY2(cpuBytes < treeBytes(m_bundle) - 10 * MiB, qPrintable(QString::number(cpuBytes)));
}

void TestDemoGenerator::rejectsBadArguments_data()
{
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("appName");
    QTest::addColumn<int>("scale");
    QTest::addColumn<int>("code");
    const QString missing = QStringLiteral("/nonexistent-bundlescope-parent");
    QTest::addRow("existing target") << QString() << QStringLiteral("inference") << 1
                                     << int(Error::Code::AlreadyExists);
    QTest::addRow("missing parent") << missing << QStringLiteral("app") << 1 << int(Error::Code::NotFound);
    QTest::addRow("empty name") << QString() << QString() << 1 << int(Error::Code::InvalidArgument);
    QTest::addRow("name with slash") << QString() << QStringLiteral("a/b") << 1 << int(Error::Code::InvalidArgument);
    QTest::addRow("dot dot") << QString() << QStringLiteral("..") << 1 << int(Error::Code::InvalidArgument);
    QTest::addRow("scale 0") << QString() << QStringLiteral("app") << 0 << int(Error::Code::InvalidArgument);
}

void TestDemoGenerator::rejectsBadArguments()
{
    QFETCH(QString, parent);
    QFETCH(QString, appName);
    QFETCH(int, scale);
    QFETCH(int, code);
    const QStringList filesBefore = Test::relativeFiles(m_bundle);
    const QByteArray launcherBefore = Test::readFile(m_bundle + QStringLiteral("/inference"));
    DemoBundleGenerator::Options options;
    options.appName = appName;
    options.scale = scale;
    const Result<QString> result = DemoBundleGenerator::generate(parent.isEmpty() ? m_dir.path() : parent, options);
    QVERIFY(!result.hasValue());
    QCOMPARE(int(result.error().code), code);
    QVERIFY(!result.error().message.isEmpty());
    // The existing bundle is left alone and no staging folder remains.
    QCOMPARE(Test::relativeFiles(m_bundle), filesBefore);
    QCOMPARE(Test::readFile(m_bundle + QStringLiteral("/inference")), launcherBefore);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList { QStringLiteral("inference") });
}

void TestDemoGenerator::cudaDuplicatesAreIdentical()
{
    const QStringList pairs[]
        = { { QStringLiteral("torch/lib/libcudnn.so.8"), QStringLiteral("nvidia/cudnn/lib/libcudnn.so.8") },
              { QStringLiteral("torch/lib/libcublas.so.12"), QStringLiteral("nvidia/cublas/lib/libcublas.so.12") },
              { QStringLiteral("numpy.libs/libgfortran-040039e1.so.5.0.0"),
                  QStringLiteral("scipy.libs/libgfortran-040039e1.so.5.0.0") } };
    for (const QStringList& pair : pairs) {
        const QByteArray first = Test::readFile(internal(pair[0]));
        QVERIFY(first.size() > 100000);
        QCOMPARE(Test::readFile(internal(pair[1])), first);
        QVERIFY(!QFileInfo(internal(pair[1])).isSymLink());
    }
}

void TestDemoGenerator::safetensors()
{
    const QByteArray file = Test::readFile(internal(QStringLiteral("models/encoder.safetensors")));
    QVERIFY(file.size() > 8);
    const quint64 headerSize = qFromLittleEndian<quint64>(file.constData());
    QVERIFY(headerSize % 8 == 0 && qint64(8 + headerSize) <= file.size());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.mid(8, qsizetype(headerSize)), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject header = document.object();
    QVERIFY(header.value(QStringLiteral("__metadata__")).isObject());
    QList<std::pair<qint64, qint64>> ranges;
    QSet<QString> dtypes;
    for (auto it = header.constBegin(); it != header.constEnd(); ++it) {
        if (it.key() == QLatin1String("__metadata__"))
            continue;
        const QJsonObject tensor = it.value().toObject();
        const QString dtype = tensor.value(QStringLiteral("dtype")).toString();
        dtypes.insert(dtype);
        qint64 bytes = dtype == QLatin1String("F16") ? 2 : (dtype == QLatin1String("F32") ? 4 : -1);
        QVERIFY2(bytes > 0, qPrintable(dtype));
        for (const QJsonValue dimension : tensor.value(QStringLiteral("shape")).toArray())
            bytes *= dimension.toInteger();
        const QJsonArray offsets = tensor.value(QStringLiteral("data_offsets")).toArray();
        QCOMPARE(offsets.size(), 2);
        QCOMPARE(offsets[1].toInteger() - offsets[0].toInteger(), bytes);
        ranges.append({ offsets[0].toInteger(), offsets[1].toInteger() });
    }
    QCOMPARE(dtypes, (QSet<QString> { QStringLiteral("F16"), QStringLiteral("F32") }));
    std::sort(ranges.begin(), ranges.end());
    qint64 end = 0;
    for (const auto& range : std::as_const(ranges)) {
        QCOMPARE(range.first, end); // contiguous, no holes
        end = range.second;
    }
    QCOMPARE(qint64(8 + headerSize) + end, qint64(file.size()));
    const qsizetype compressed = qCompress(file.mid(qsizetype(8 + headerSize), 1 << 20)).size();
    QVERIFY2(compressed > (1 << 20) * 7 / 10, qPrintable(QString::number(compressed))); // weights barely compress
}

void TestDemoGenerator::torchCheckpoint()
{
    KZip zip(internal(QStringLiteral("models/classifier.pt")));
    QVERIFY2(zip.open(QIODevice::ReadOnly), qPrintable(zip.errorString()));
    const auto* pickle = dynamic_cast<const KZipFileEntry*>(zip.directory()->entry(QStringLiteral("archive/data.pkl")));
    QVERIFY(pickle);
    const QByteArray data = pickle->data();
    QVERIFY(data.startsWith("\x80\x02"));
    QVERIFY(data.endsWith('.'));
    QVERIFY(data.contains("_rebuild_tensor_v2"));
    QCOMPARE(pickle->encoding(), 0); // stored
    const auto* weights = dynamic_cast<const KZipFileEntry*>(zip.directory()->entry(QStringLiteral("archive/data/0")));
    QVERIFY(weights);
    QCOMPARE(weights->size(), qint64(512 * 256 * 4));
    QCOMPARE(weights->encoding(), 0);
    QVERIFY(zip.directory()->entry(QStringLiteral("archive/data/3")));
    const auto* version = dynamic_cast<const KZipFileEntry*>(zip.directory()->entry(QStringLiteral("archive/version")));
    QVERIFY(version);
    QCOMPARE(version->data(), QByteArray("3\n"));
}

void TestDemoGenerator::baseLibraryPyc()
{
    KZip zip(internal(QStringLiteral("base_library.zip")));
    QVERIFY2(zip.open(QIODevice::ReadOnly), qPrintable(zip.errorString()));
    QStringList names;
    QList<const KArchiveDirectory*> folders { zip.directory() };
    int pycCount = 0;
    while (!folders.isEmpty()) {
        const KArchiveDirectory* folder = folders.takeLast();
        for (const QString& name : folder->entries()) {
            const KArchiveEntry* entry = folder->entry(name);
            if (entry->isDirectory()) {
                folders.append(static_cast<const KArchiveDirectory*>(entry));
                continue;
            }
            QVERIFY(name.endsWith(QLatin1String(".pyc")));
            const QByteArray pyc = static_cast<const KArchiveFile*>(entry)->data();
            QVERIFY(pyc.size() > 16);
            QCOMPARE(pyc.left(4), QByteArray("\xa7\x0d\x0d\x0a"));
            QCOMPARE(qFromLittleEndian<quint32>(pyc.constData() + 4), 0u);
            QCOMPARE(quint8(pyc.at(16)), quint8(0xe3)); // marshal TYPE_CODE | FLAG_REF
            ++pycCount;
        }
    }
    QVERIFY2(pycCount >= 300, qPrintable(QString::number(pycCount)));
    QVERIFY(zip.directory()->entry(QStringLiteral("encodings/__init__.pyc")));
}

void TestDemoGenerator::packagePyc()
{
    const QByteArray source = Test::readFile(internal(QStringLiteral("torch/nn/functional.py")));
    const QByteArray pyc = Test::readFile(internal(QStringLiteral("torch/nn/__pycache__/functional.cpython-311.pyc")));
    QVERIFY(source.contains("def "));
    QCOMPARE(pyc.left(16), PythonModuleWriter::pycHeader(quint32(source.size())));
    QCOMPARE(qFromLittleEndian<quint32>(pyc.constData() + 8), PythonModuleWriter::SourceMtime);
    QCOMPARE(qFromLittleEndian<quint32>(pyc.constData() + 12), quint32(source.size()));
}

void TestDemoGenerator::record_data()
{
    QTest::addColumn<QString>("distInfo");
    QTest::addColumn<QStringList>("prefixes");
    QTest::addRow("torch") << QStringLiteral("torch-2.3.1.dist-info") << QStringList { QStringLiteral("torch/") };
    QTest::addRow("numpy") << QStringLiteral("numpy-1.26.4.dist-info")
                           << QStringList { QStringLiteral("numpy/"), QStringLiteral("numpy.libs/") };
    QTest::addRow("pytest") << QStringLiteral("pytest-8.2.0.dist-info")
                            << QStringList { QStringLiteral("pytest/"), QStringLiteral("_pytest/") };
    QTest::addRow("nvidia cudnn") << QStringLiteral("nvidia_cudnn_cu12-8.9.2.26.dist-info")
                                  << QStringList { QStringLiteral("nvidia/cudnn/") };
}

void TestDemoGenerator::record()
{
    QFETCH(QString, distInfo);
    QFETCH(QStringList, prefixes);
    const QList<QByteArray> lines = Test::readFile(internal(distInfo + QStringLiteral("/RECORD"))).split('\n');
    QCOMPARE(lines.last(), QByteArray()); // ends with a newline
    QSet<QString> listed;
    for (const QByteArray& line : lines.mid(0, lines.size() - 1)) {
        const QList<QByteArray> fields = line.split(',');
        QCOMPARE(fields.size(), 3);
        const QString path = QString::fromUtf8(fields[0]);
        listed.insert(path);
        if (path == distInfo + QStringLiteral("/RECORD")) {
            QVERIFY(fields[1].isEmpty() && fields[2].isEmpty());
            continue;
        }
        const QByteArray content = Test::readFile(internal(path));
        QCOMPARE(fields[2].toLongLong(), qint64(content.size()));
        const QByteArray digest = QCryptographicHash::hash(content, QCryptographicHash::Sha256)
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(fields[1], "sha256=" + digest);
    }
    QVERIFY(listed.contains(distInfo + QStringLiteral("/METADATA")));
    for (const QString& file : Test::relativeFiles(m_bundle + QStringLiteral("/_internal"))) {
        const bool covered = std::any_of(
            prefixes.cbegin(), prefixes.cend(), [&file](const QString& prefix) { return file.startsWith(prefix); });
        if (covered)
            QVERIFY2(listed.contains(file), qPrintable(file + QStringLiteral(" missing from RECORD")));
    }
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
