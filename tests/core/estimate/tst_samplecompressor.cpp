// SPDX-License-Identifier: GPL-3.0-or-later
// SampleCompressor against the encoders the exporter really runs: a sample's size plus the container's bytes is the
// size of the real stream of the same bytes, and a sample primed with the bytes before it costs what those bytes cost
// inside the real stream. Generated data: code-like, text, random, and a copy of earlier bytes — the case a cold
// sample gets most wrong (the real stream stores the copy as a few matches).
#include "estimate/samplecompressor.h"
#include "export/parallelgzipwritedevice.h"
#include "export/xzwritedevice.h"

#include <KCompressionDevice>

#include <QBuffer>
#include <QTest>

#include <memory>
#include <random>

using namespace BundleScope;

namespace {

QByteArray text(std::mt19937_64& rng, qsizetype size)
{
    static const char* const words[] = { "import", "tensor", "return", "self", "numpy", "def", "class", "value" };
    QByteArray out;
    while (out.size() < size) {
        out += words[rng() % std::size(words)];
        out += rng() % 5 ? ' ' : '\n';
    }
    out.resize(size);
    return out;
}

QByteArray codeLike(std::mt19937_64& rng, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (char& c : out)
        c = char(0x40 + (rng() % 24) * (rng() % 3));
    return out;
}

QByteArray random(std::mt19937_64& rng, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (char& c : out)
        c = char(rng());
    return out;
}

// The bytes `format`'s export writes for `data` (one stream, the exporter's encoder and settings).
quint64 realStreamSize(ArchiveFormat format, const QByteArray& data)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    std::unique_ptr<QIODevice> device;
    if (format == ArchiveFormat::TarXz)
        device = std::make_unique<XzWriteDevice>(&buffer, CancellationToken(), 1);
    else if (format == ArchiveFormat::TarZst)
        device = std::make_unique<KCompressionDevice>(&buffer, false, KCompressionDevice::Zstd);
    else
        device = std::make_unique<ParallelGzipWriteDevice>(&buffer, 6, 1);
    if (!device->open(QIODevice::WriteOnly))
        return 0;
    // 1 MiB writes, as TarNormalizingDevice hands them on (KArchive's zstd filter flushes a block per write).
    for (qsizetype at = 0; at < data.size(); at += 1024 * 1024)
        device->write(data.constData() + at, std::min<qsizetype>(1024 * 1024, data.size() - at));
    device->close();
    return quint64(out.size());
}

} // namespace

class TestSampleCompressor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void matchesRealStream_data();
    void matchesRealStream();
    void historyIsUsed_data();
    void historyIsUsed();
};

void TestSampleCompressor::matchesRealStream_data()
{
    QTest::addColumn<ArchiveFormat>("format");
    QTest::addColumn<QString>("kind");
    for (ArchiveFormat format : { ArchiveFormat::TarGz, ArchiveFormat::TarXz, ArchiveFormat::TarZst }) {
        for (const char* kind : { "text", "code", "random" })
            QTest::addRow("%s %s", qPrintable(ArchiveFormats::id(format)), kind) << format << QString::fromLatin1(kind);
    }
}

void TestSampleCompressor::matchesRealStream()
{
    // 2.5 MiB: several zstd flushes and deflate blocks, one xz block.
    QFETCH(ArchiveFormat, format);
    QFETCH(QString, kind);
    std::mt19937_64 rng(7);
    const qsizetype size = 5 * 512 * 1024;
    const QByteArray data = kind == u"text" ? text(rng, size)
        : kind == u"code"                   ? codeLike(rng, size)
                                            : random(rng, size);
    const quint64 real = realStreamSize(format, data);
    QVERIFY(real > 0);
    const quint64 estimated
        = SampleCompressor::compressedSize(format, 6, data) + SampleCompressor::containerOverhead(format);
    const double error = (double(estimated) - double(real)) / double(real);
    qInfo("%s: sample %llu, real stream %llu, %+.3f%%", QTest::currentDataTag(), estimated, real, 100 * error);
    QVERIFY2(std::abs(error) < 0.005, qPrintable(QString::number(100 * error) + u'%'));
}

void TestSampleCompressor::historyIsUsed_data()
{
    QTest::addColumn<ArchiveFormat>("format");
    QTest::addColumn<int>("gap"); // bytes between the original and its copy
    for (ArchiveFormat format : { ArchiveFormat::TarGz, ArchiveFormat::TarXz, ArchiveFormat::TarZst }) {
        QTest::addRow("%s copy right after", qPrintable(ArchiveFormats::id(format))) << format << 0;
        if (format != ArchiveFormat::TarGz) // deflate reaches back 32 KiB only
            QTest::addRow("%s copy 512 KiB later", qPrintable(ArchiveFormats::id(format))) << format << 512 * 1024;
    }
}

void TestSampleCompressor::historyIsUsed()
{
    // `part` (code-like, so every format compresses it) + `gap` random bytes + `part` again. The copy, sampled with
    // the history before it, costs what it adds to the real stream: almost nothing. Cold, it costs `part` again.
    QFETCH(ArchiveFormat, format);
    QFETCH(int, gap);
    std::mt19937_64 rng(11);
    const qsizetype partBytes = format == ArchiveFormat::TarGz ? 16 * 1024 : 256 * 1024;
    const QByteArray part = codeLike(rng, partBytes);
    // One buffer, history then sample, as the estimator reads them.
    const QByteArray whole = part + random(rng, gap) + part;
    const QByteArrayView history = QByteArrayView(whole).first(whole.size() - partBytes);
    const QByteArrayView copy = QByteArrayView(whole).last(partBytes);
    const quint64 real = realStreamSize(format, whole) - realStreamSize(format, history.toByteArray());
    const quint64 primed = SampleCompressor::compressedSize(format, 6, copy, history);
    const quint64 cold = SampleCompressor::compressedSize(format, 6, copy);
    qInfo("%s: copy adds %llu to the real stream; sample primed %llu, cold %llu", QTest::currentDataTag(), real, primed,
        cold);
    QVERIFY(cold > quint64(partBytes) / 4);
    QVERIFY2(primed < cold / 20, qPrintable(QString::number(primed)));
    QVERIFY2(real < cold / 20, qPrintable(QString::number(real)));
    QVERIFY2(std::max(primed, real) - std::min(primed, real) <= cold / 100, qPrintable(QString::number(primed)));
}

QTEST_GUILESS_MAIN(TestSampleCompressor)
#include "tst_samplecompressor.moc"
