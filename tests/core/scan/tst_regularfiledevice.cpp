// SPDX-License-Identifier: GPL-3.0-or-later
// RegularFileDevice: what FolderContentReader hands out for every file on disk. Its small reads come from cached
// blocks, its large ones straight from pread(): every read, in any order, must give the file's bytes, end where the
// file ends and report a read error as one.
#include "scan/foldercontentreader.h"
#include "scan/regularfiledevice.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace BundleScope;

namespace {

QByteArray pattern(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(42);
    for (char& byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

std::unique_ptr<RegularFileDevice> openDevice(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || ::fstat(fd, &st) != 0)
        return nullptr;
    return std::make_unique<RegularFileDevice>(fd, qint64(st.st_size));
}

} // namespace

class TestRegularFileDevice : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Reads of every size at offsets around block boundaries and the end, in an order that evicts cached blocks.
    void readsGiveTheFilesBytes_data()
    {
        QTest::addColumn<qint64>("fileSize");
        QTest::newRow("empty") << qint64(0);
        QTest::newRow("shorter than a block") << qint64(100);
        QTest::newRow("one block") << qint64(4096);
        QTest::newRow("a block and a byte") << qint64(4097);
        QTest::newRow("many blocks, a partial last one") << qint64(10 * 4096 + 1234);
    }
    void readsGiveTheFilesBytes()
    {
        QFETCH(qint64, fileSize);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray content = pattern(fileSize);
        const QString path = dir.filePath(QStringLiteral("file.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(content) == fileSize);
        file.close();
        const std::unique_ptr<RegularFileDevice> device = openDevice(path);
        QVERIFY(device);
        QCOMPARE(device->size(), fileSize);
        QVERIFY(!device->isSequential());
        QRandomGenerator random(7);
        const qint64 sizes[] = { 1, 4, 16, 64, 616, 4095, 4096, 4097, 9000, 20000 };
        for (int i = 0; i < 400; ++i) {
            const qint64 offset = i % 3 == 0 ? fileSize - qint64(random.bounded(64)) // near the end
                                             : qint64(random.bounded(int(fileSize + 1)));
            const qint64 at = std::clamp<qint64>(offset, 0, fileSize);
            const qint64 length = sizes[random.bounded(int(std::size(sizes)))];
            QVERIFY(device->seek(at));
            const QByteArray got = device->read(length);
            QCOMPARE(got, content.mid(at, length));
        }
        // Sequential small reads across every block boundary, as a parser reading fields one by one.
        QVERIFY(device->seek(0));
        QByteArray sequential;
        for (QByteArray piece = device->read(7); !piece.isEmpty(); piece = device->read(7))
            sequential += piece;
        QCOMPARE(sequential, content);
        QVERIFY(device->atEnd());
        QVERIFY(device->seek(0));
        QCOMPARE(device->readAll(), content);
    }

    // A file that grows after it was opened: reads give what is there (CheckedReadDevice tells the change), the
    // cached blocks of the old end are not taken for the new content.
    void aFileThatGrowsReadsItsBytes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("grows.bin"));
        const QByteArray first = pattern(5000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(first) == first.size() && file.flush());
        const std::unique_ptr<RegularFileDevice> device = openDevice(path);
        QVERIFY(device);
        QVERIFY(device->seek(4096));
        QCOMPARE(device->read(100), first.mid(4096, 100));
        QVERIFY(file.write("more") == 4 && file.flush());
        QVERIFY(device->seek(0));
        QCOMPARE(device->read(20000), first + "more");
    }

    // A descriptor that cannot be read (a directory): every read fails with a message, none returns bytes.
    void aReadErrorIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const int fd = ::open(QFile::encodeName(dir.path()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        RegularFileDevice device(fd, 8192);
        char buffer[16];
        QCOMPARE(device.read(buffer, sizeof buffer), qint64(-1));
        QVERIFY(!device.errorString().isEmpty());
        QVERIFY(device.seek(0));
        QCOMPARE(device.read(20000), QByteArray());
    }

    // What FolderContentReader::openPath() gives: this device for a regular file, nothing for a folder or a symlink.
    void openPathOpensRegularFilesOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("plain.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("hello") == 5);
        file.close();
        QVERIFY(QFile::link(path, dir.filePath(QStringLiteral("link.txt"))));
        const std::unique_ptr<QIODevice> device = FolderContentReader::openPath(QFile::encodeName(path));
        QVERIFY(qobject_cast<RegularFileDevice*>(device.get()));
        QCOMPARE(device->readAll(), QByteArray("hello"));
        QVERIFY(!FolderContentReader::openPath(QFile::encodeName(dir.path())));
        QVERIFY(!FolderContentReader::openPath(QFile::encodeName(dir.filePath(QStringLiteral("link.txt")))));
    }
};

QTEST_GUILESS_MAIN(TestRegularFileDevice)
#include "tst_regularfiledevice.moc"
