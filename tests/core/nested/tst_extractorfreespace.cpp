// SPDX-License-Identifier: GPL-3.0-or-later
// NestedBundleExtractor and free space: too little room is refused up front; where the file system cannot say how
// much is free the extraction goes ahead, and a disk that fills up meanwhile gives a clean write error and no file.
#include "scan/nestedbundleextractor.h"
#include "scan/sourcefactory.h"

#include <KZip>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace BundleScope;

namespace {
const QString MemberPath = QStringLiteral("dist/app-1.0-py3-none-any.whl");
constexpr int MemberBytes = 300000;

// Incompressible, so that the zip's copy is about as large as the member.
QByteArray noise(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = 4242;
    for (char& byte : bytes) {
        state = state * 1664525u + 1013904223u;
        byte = char(state >> 24);
    }
    return bytes;
}

// A file system that refuses files above `bytes` (RLIMIT_FSIZE: writes past it fail with EFBIG, as writes to a full
// disk fail with ENOSPC) for as long as it lives; SIGXFSZ is ignored meanwhile so the write fails instead of the
// process.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_ok = ::getrlimit(RLIMIT_FSIZE, &m_previous) == 0;
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_previous;
        limit.rlim_cur = bytes;
        m_ok = m_ok && m_previousHandler != SIG_ERR && ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_previous);
        if (m_previousHandler != SIG_ERR)
            std::signal(SIGXFSZ, m_previousHandler);
    }
    bool isActive() const { return m_ok; }
    Q_DISABLE_COPY_MOVE(FileSizeLimit)

private:
    rlimit m_previous {};
    void (*m_previousHandler)(int) = SIG_ERR;
    bool m_ok = false;
};

QStringList filesIn(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}
} // namespace

class TestExtractorFreeSpace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("release.zip"));
        KZip zip(path);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        QVERIFY(zip.writeFile(MemberPath, noise(MemberBytes)));
        QVERIFY(zip.close());
        auto source = SourceFactory::create(path);
        QVERIFY2(source.hasValue(), qPrintable(source.error().toString()));
        auto scan = (*source)->scan(CancellationToken(), {});
        QVERIFY2(scan.hasValue(), qPrintable(scan.error().toString()));
        m_outer = *scan;
        m_member = m_outer.tree->findPath(MemberPath);
        QVERIFY(m_member != InvalidNode);
    }

    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    // The query is asked about the extraction folder; its answer against the member's size and the reserve decides.
    void checkedAgainstTheAnswer_data()
    {
        QTest::addColumn<qint64>("free");
        QTest::addColumn<qint64>("reserve");
        QTest::addColumn<bool>("extracts");
        QTest::addRow("room for the member and the reserve") << qint64(MemberBytes + 1000) << qint64(1000) << true;
        QTest::addRow("room for the member, not the reserve") << qint64(MemberBytes + 999) << qint64(1000) << false;
        QTest::addRow("less than the member") << qint64(1000) << qint64(0) << false;
        QTest::addRow("nothing free") << qint64(0) << qint64(0) << false;
    }

    void checkedAgainstTheAnswer()
    {
        QFETCH(qint64, free);
        QFETCH(qint64, reserve);
        QFETCH(bool, extracts);
        QTemporaryDir extractDir;
        QVERIFY(extractDir.isValid());
        QStringList asked;
        const FreeSpace::Query query = [&asked, free](const QString& path) -> std::optional<quint64> {
            asked << path;
            return quint64(free);
        };
        const Result<QString> extracted
            = NestedBundleExtractor::extract(m_outer, m_member, extractDir, {}, reserve, query);
        QCOMPARE(asked, QStringList { extractDir.path() });
        QCOMPARE(extracted.hasValue(), extracts);
        if (extracts) {
            QCOMPARE(QFileInfo(*extracted).size(), qint64(MemberBytes));
            return;
        }
        QCOMPARE(extracted.error().code, Error::Code::TooLarge);
        QVERIFY2(extracted.error().message.contains(QLatin1String("free disk space")),
            qPrintable(extracted.error().message));
        QCOMPARE(filesIn(extractDir), QStringList());
    }

    // Chroots and some containers: the file system cannot tell. That is no reason to refuse.
    void unknownFreeSpaceProceeds()
    {
        QTemporaryDir extractDir;
        QVERIFY(extractDir.isValid());
        const Result<QString> extracted = NestedBundleExtractor::extract(m_outer, m_member, extractDir, {},
            NestedBundleExtractor::DefaultReserveBytes, [](const QString&) { return std::optional<quint64>(); });
        QVERIFY2(extracted.hasValue(), qPrintable(extracted.error().toString()));
        QCOMPARE(QFileInfo(*extracted).size(), qint64(MemberBytes));
        QCOMPARE(filesIn(extractDir), QStringList { QFileInfo(MemberPath).fileName() });
    }

    // ...and when the disk then fills up part-way, the write error is reported and the partial file removed.
    void diskFillsUpWhileUnknown_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addRow("nothing fits") << 0;
        QTest::addRow("a third fits") << MemberBytes / 3;
        // The last byte is what a buffered QSaveFile writes in commit(), which ignores that error (Qt 6.4).
        QTest::addRow("all but one byte fits") << MemberBytes - 1;
    }

    void diskFillsUpWhileUnknown()
    {
        QFETCH(int, limit);
        QTemporaryDir extractDir;
        QVERIFY(extractDir.isValid());
        Result<QString> extracted = makeError(Error::Code::Io, QStringLiteral("not run"));
        {
            const FileSizeLimit full { rlim_t(limit) };
            QVERIFY(full.isActive());
            extracted = NestedBundleExtractor::extract(m_outer, m_member, extractDir, {},
                NestedBundleExtractor::DefaultReserveBytes, [](const QString&) { return std::optional<quint64>(); });
        }
        QVERIFY(!extracted.hasValue());
        QCOMPARE(extracted.error().code, Error::Code::Io);
        QVERIFY2(extracted.error().message.startsWith(QLatin1String("Cannot write the file: ")),
            qPrintable(extracted.error().message));
        QVERIFY2(extracted.error().message.contains(QLatin1String("too large")), qPrintable(extracted.error().message));
        QCOMPARE(filesIn(extractDir), QStringList());
    }

private:
    QTemporaryDir m_dir;
    ScanResult m_outer;
    NodeId m_member = InvalidNode;
};

QTEST_GUILESS_MAIN(TestExtractorFreeSpace)
#include "tst_extractorfreespace.moc"
