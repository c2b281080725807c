// SPDX-License-Identifier: GPL-3.0-or-later
// The multithreaded compressors behind tar.gz and tar.xz exports: valid streams (zlib / liblzma decode, gzip -t,
// xz -t), the same bytes for any thread count, pigz-style blocks within 0.5% of one deflate stream, abort and
// cancel, and whole exports that do not depend on the thread count.
#include "export/archiveexporter.h"
#include "export/gzipwritedevice.h"
#include "export/parallelgzipwritedevice.h"
#include "export/xzwritedevice.h"
#include "mixedbundle.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <lzma.h>
#include <zlib.h>

using namespace BundleScope;

namespace {
// Deterministic input mixing text-like (compressible), zero and random (incompressible) runs.
QByteArray sampleInput(qint64 size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray out;
    out.reserve(size);
    static const QByteArray words("import numpy as np\nfrom torch import nn\ndef forward(self, x):\n    return x\n");
    while (out.size() < size) {
        const qint64 run = std::min<qint64>(size - out.size(), 1 + random.bounded(200000));
        switch (random.bounded(3)) {
        case 0:
            for (qint64 i = 0; i < run; ++i)
                out.append(words.at(qsizetype((i * 7 + random.bounded(3)) % words.size())));
            break;
        case 1:
            out.append(QByteArray(run, '\0'));
            break;
        default:
            for (qint64 i = 0; i < run; ++i)
                out.append(char(random.bounded(256)));
        }
    }
    return out;
}

QByteArray gzipParallel(const QByteArray& input, int threads, qint64 blockSize, int level = 6)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ParallelGzipWriteDevice gzip(&buffer, level, threads, blockSize);
    if (!gzip.open(QIODevice::WriteOnly) || gzip.write(input) != input.size())
        return {};
    gzip.close();
    return gzip.finishedCleanly() ? buffer.data() : QByteArray();
}

// Preset 1 keeps the test fast; block splitting and thread independence do not depend on the preset.
QByteArray xzParallel(const QByteArray& input, int threads, quint64 blockSize)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    XzWriteDevice xz(&buffer, {}, threads, 1, blockSize);
    if (!xz.open(QIODevice::WriteOnly) || xz.write(input) != input.size())
        return {};
    xz.close();
    return xz.finishedCleanly() ? buffer.data() : QByteArray();
}

// zlib's own gzip decoder (window bits 16 + 15): checks the header, every block, CRC-32 and ISIZE.
std::optional<QByteArray> gunzip(const QByteArray& compressed)
{
    z_stream stream {};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return std::nullopt;
    QByteArray out;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    stream.next_in = const_cast<Bytef*>(reinterpret_cast<const Bytef*>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(chunk.data());
        stream.avail_out = uInt(chunk.size());
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(chunk.constData(), chunk.size() - qsizetype(stream.avail_out));
    }
    const bool ended = result == Z_STREAM_END && stream.avail_in == 0;
    inflateEnd(&stream);
    return ended ? std::optional<QByteArray>(out) : std::nullopt;
}

std::optional<QByteArray> unxz(const QByteArray& compressed)
{
    lzma_stream stream = LZMA_STREAM_INIT;
    if (lzma_stream_decoder(&stream, UINT64_MAX, 0) != LZMA_OK)
        return std::nullopt;
    QByteArray out;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<const uint8_t*>(compressed.constData());
    stream.avail_in = size_t(compressed.size());
    lzma_ret result = LZMA_OK;
    while (result == LZMA_OK) {
        stream.next_out = reinterpret_cast<uint8_t*>(chunk.data());
        stream.avail_out = size_t(chunk.size());
        result = lzma_code(&stream, LZMA_FINISH);
        out.append(chunk.constData(), chunk.size() - qsizetype(stream.avail_out));
    }
    lzma_end(&stream);
    return result == LZMA_STREAM_END ? std::optional<QByteArray>(out) : std::nullopt;
}

// Pipes `data` into `program arguments`; the exit code, or a message naming what to install.
int testWithTool(const QString& program, const QStringList& arguments, const QByteArray& data)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        qFatal("%s is missing: install the %s package", qPrintable(program), qPrintable(program));
    QProcess process;
    process.start(path, arguments);
    process.write(data);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}
} // namespace

class TestCompressionDevices : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void gzipRoundTrip_data();
    void gzipRoundTrip();
    void gzipCloseToOneStream();
    void gzipAbortWritesNoTrailer();
    void xzRoundTrip_data();
    void xzRoundTrip();
    void xzCancelled();
    void xzThreadsCappedByMemory();
    void xzProgressCountsCompressedInput();
    void exportIndependentOfThreads_data();
    void exportIndependentOfThreads();
};

void TestCompressionDevices::gzipRoundTrip_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("blockSize");
    QTest::addColumn<int>("level");
    QTest::addRow("empty") << qint64(0) << qint64(64 * 1024) << 6;
    QTest::addRow("smaller than the window") << qint64(1000) << qint64(64 * 1024) << 6;
    QTest::addRow("exactly one block") << qint64(64 * 1024) << qint64(64 * 1024) << 6;
    QTest::addRow("blocks smaller than the window") << qint64(300 * 1024) << qint64(4096) << 6;
    QTest::addRow("many blocks level 1") << qint64(3 * 1024 * 1024 + 17) << qint64(256 * 1024) << 1;
    QTest::addRow("many blocks level 9") << qint64(2 * 1024 * 1024 + 5) << qint64(256 * 1024) << 9;
    QTest::addRow("stored level 0") << qint64(700 * 1024) << qint64(128 * 1024) << 0;
}

void TestCompressionDevices::gzipRoundTrip()
{
    QFETCH(qint64, size);
    QFETCH(qint64, blockSize);
    QFETCH(int, level);
    const QByteArray input = sampleInput(size, quint32(size));
    const QByteArray one = gzipParallel(input, 1, blockSize, level);
    QVERIFY(!one.isEmpty());
    for (int threads : { 2, 4 })
        QCOMPARE(gzipParallel(input, threads, blockSize, level), one); // same bytes for any thread count
    const std::optional<QByteArray> back = gunzip(one);
    QVERIFY(back);
    QCOMPARE(back->size(), input.size());
    QVERIFY(*back == input);
    QCOMPARE(testWithTool(QStringLiteral("gzip"), { QStringLiteral("-t") }, one), 0);
}

void TestCompressionDevices::gzipCloseToOneStream()
{
    // The estimator models one zlib level 6 stream; 1 MiB blocks with a 32 KiB dictionary must stay within 0.5%.
    const QByteArray input = sampleInput(8 * 1024 * 1024, 7);
    QBuffer single;
    single.open(QIODevice::WriteOnly);
    GzipWriteDevice reference(&single, 6);
    QVERIFY(reference.open(QIODevice::WriteOnly));
    QCOMPARE(reference.write(input), input.size());
    reference.close();
    const QByteArray blocks = gzipParallel(input, 2, ParallelGzipWriteDevice::DefaultBlockSize);
    const double ratio = double(blocks.size()) / double(single.data().size());
    QVERIFY2(ratio > 0.995 && ratio < 1.005, qPrintable(QString::number(ratio, 'f', 5)));
}

void TestCompressionDevices::gzipAbortWritesNoTrailer()
{
    const QByteArray input = sampleInput(2 * 1024 * 1024, 3);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ParallelGzipWriteDevice gzip(&buffer, 6, 2, 64 * 1024);
    QVERIFY(gzip.open(QIODevice::WriteOnly));
    QCOMPARE(gzip.write(input), input.size());
    gzip.abort();
    QCOMPARE(gzip.write(input), qint64(-1));
    gzip.close();
    QVERIFY(!gzip.finishedCleanly());
    QVERIFY(!gunzip(buffer.data())); // truncated: no final block, no trailer
}

void TestCompressionDevices::xzRoundTrip_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<quint64>("blockSize");
    QTest::addRow("empty") << qint64(0) << quint64(256 * 1024);
    QTest::addRow("one partial block") << qint64(100 * 1024) << quint64(256 * 1024);
    QTest::addRow("five blocks") << qint64(512 * 1024 + 3) << quint64(128 * 1024);
}

void TestCompressionDevices::xzRoundTrip()
{
    // xz -T output depends on the block size, not on the thread count, once the block size is fixed.
    QFETCH(qint64, size);
    QFETCH(quint64, blockSize);
    const QByteArray input = sampleInput(size, 11);
    const QByteArray one = xzParallel(input, 1, blockSize);
    QVERIFY(!one.isEmpty());
    QCOMPARE(xzParallel(input, 3, blockSize), one);
    if (size > qint64(blockSize))
        QVERIFY(xzParallel(input, 1, blockSize * 2) != one); // what does change it
    const std::optional<QByteArray> back = unxz(one);
    QVERIFY(back);
    QVERIFY(*back == input);
    QCOMPARE(testWithTool(QStringLiteral("xz"), { QStringLiteral("-t") }, one), 0);
}

void TestCompressionDevices::xzCancelled()
{
    const QByteArray input = sampleInput(1024 * 1024, 5);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CancellationToken token;
    XzWriteDevice xz(&buffer, token, 2, 6, 256 * 1024);
    QVERIFY(xz.open(QIODevice::WriteOnly));
    QCOMPARE(xz.write(input), input.size());
    token.cancel();
    QCOMPARE(xz.write(input), qint64(-1));
    xz.close();
    QVERIFY(!xz.finishedCleanly());
}

void TestCompressionDevices::xzThreadsCappedByMemory()
{
    lzma_mt options {};
    options.block_size = XzWriteDevice::DefaultBlockSize;
    options.preset = 6;
    options.check = LZMA_CHECK_CRC64;
    options.threads = 1;
    const quint64 oneThread = lzma_stream_encoder_mt_memusage(&options);
    QVERIFY(oneThread > 100ull << 20 && oneThread < 200ull << 20); // the "about 160 MiB" the header documents
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    XzWriteDevice xz(&buffer, {}, 64);
    QVERIFY(xz.open(QIODevice::WriteOnly));
    options.threads = quint32(xz.threadCount());
    QVERIFY2(xz.threadCount() >= 1 && xz.threadCount() < 64, qPrintable(QString::number(xz.threadCount())));
    QVERIFY(lzma_stream_encoder_mt_memusage(&options) <= 1024ull << 20);
    options.threads += 1;
    QVERIFY(lzma_stream_encoder_mt_memusage(&options) > 1024ull << 20); // the most that fit, not fewer
    xz.close();
    QVERIFY(xz.finishedCleanly());
    QVERIFY(unxz(buffer.data()) == QByteArray());
}

void TestCompressionDevices::xzProgressCountsCompressedInput()
{
    // A 1 MiB bundle fits one 24 MiB block: everything is compressed while the stream finishes, and the progress
    // must show that instead of sitting at 100% from the moment the last file was read.
    QTemporaryDir dir;
    QVERIFY(Test::MixedBundle::write(dir.filePath(QStringLiteral("app")), 1024 * 1024));
    const ScanResult scan = Test::MixedBundle::scan(dir.filePath(QStringLiteral("app")));
    QVERIFY(scan.tree);
    ArchivePlanOptions planOptions;
    planOptions.format = ArchiveFormat::TarXz;
    const Result<ArchivePlan> plan = ArchivePlan::build(DiskEntries(*scan.tree, *scan.reader), {}, planOptions);
    QVERIFY(plan);
    ExportOptions options;
    options.destination = dir.filePath(QStringLiteral("p.tar.xz"));
    std::vector<quint64> done;
    const Result<ExportResult> result = ArchiveExporter::exportArchive(*plan, DiskEntries(*scan.tree, *scan.reader),
        options, {}, [&done](const ExportProgress& progress) { done.push_back(progress.bytesDone); });
    QVERIFY2(result, qPrintable(result.error().toString()));
    QVERIFY(!done.empty());
    QVERIFY(std::is_sorted(done.begin(), done.end()));
    QVERIFY2(done.front() < plan->totalFileBytes() / 2, qPrintable(QString::number(done.front())));
    QCOMPARE(done.back(), plan->totalFileBytes());
}

void TestCompressionDevices::exportIndependentOfThreads_data()
{
    QTest::addColumn<ArchiveFormat>("format");
    QTest::addColumn<quint64>("bundleBytes");
    QTest::addColumn<QString>("tarOption");
    QTest::addRow("tar.gz, several 1 MiB blocks") << ArchiveFormat::TarGz << quint64(4 << 20) << QStringLiteral("-z");
    QTest::addRow("tar.xz") << ArchiveFormat::TarXz << quint64(1 << 20) << QStringLiteral("-J");
}

void TestCompressionDevices::exportIndependentOfThreads()
{
    QFETCH(ArchiveFormat, format);
    QFETCH(quint64, bundleBytes);
    QFETCH(QString, tarOption);
    QTemporaryDir dir;
    QVERIFY(Test::MixedBundle::write(dir.filePath(QStringLiteral("app")), bundleBytes));
    const ScanResult scan = Test::MixedBundle::scan(dir.filePath(QStringLiteral("app")));
    QVERIFY(scan.tree);
    QByteArray first;
    for (int threads : { 1, 4 }) {
        ArchivePlanOptions planOptions;
        planOptions.format = format;
        planOptions.threads = threads;
        const Result<ArchivePlan> plan = ArchivePlan::build(DiskEntries(*scan.tree, *scan.reader), {}, planOptions);
        QVERIFY(plan);
        ExportOptions options;
        options.destination = dir.filePath(QStringLiteral("t%1").arg(threads) + ArchiveFormats::extension(format));
        options.verify = true;
        const Result<ExportResult> result
            = ArchiveExporter::exportArchive(*plan, DiskEntries(*scan.tree, *scan.reader), options);
        QVERIFY2(result, qPrintable(result.error().toString()));
        QVERIFY(result->verified);
        QFile file(result->path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray hash = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        if (first.isEmpty())
            first = hash;
        else
            QCOMPARE(hash, first);
        // GNU tar lists every planned entry, in plan order (directories with a trailing slash).
        QByteArrayList expected;
        for (const ArchiveEntry& entry : plan->entries())
            expected << entry.path + (entry.kind == NodeKind::Directory ? "/" : "");
        QProcess tar;
        tar.start(QStringLiteral("tar"),
            { QStringLiteral("--quoting-style=literal"), tarOption, QStringLiteral("-tf"), result->path });
        QVERIFY2(tar.waitForFinished(30000) && tar.exitCode() == 0, "GNU tar is missing: install the tar package");
        QByteArrayList listed = tar.readAllStandardOutput().split('\n');
        if (!listed.isEmpty() && listed.constLast().isEmpty())
            listed.removeLast();
        QCOMPARE(listed, expected);
    }
}

QTEST_GUILESS_MAIN(TestCompressionDevices)
#include "tst_compressiondevices.moc"
