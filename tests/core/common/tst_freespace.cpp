// SPDX-License-Identifier: GPL-3.0-or-later
// FreeSpace: the engine's one free-space query, checked against statvfs(2) called here directly.
#include "common/freespace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/statvfs.h>

using namespace BundleScope;

namespace {
// Bytes an unprivileged writer may use on the file system of an existing `path`, straight from statvfs(2).
std::optional<quint64> statvfsAvailable(const QString& path)
{
    struct statvfs info { };
    if (::statvfs(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return quint64(info.f_bavail) * quint64(info.f_frsize);
}

// Other processes write while the test runs: the helper's answer must lie between two direct readings taken around
// it, give or take this much.
constexpr quint64 Slack = 16ull * 1024 * 1024;
} // namespace

class TestFreeSpace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    // `asked` is what the helper gets; `measured` the existing folder statvfs is called on here.
    void matchesStatvfs_data()
    {
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QString>("measured");
        const QString temp = QDir::tempPath();
        QTest::addRow("temporary folder") << temp << temp;
        QTest::addRow("temporary folder, trailing slash") << temp + QLatin1Char('/') << temp;
        QTest::addRow("file yet to be written in the temporary folder")
            << temp + QStringLiteral("/bundlescope-no-such-file.whl") << temp;
        QTest::addRow("folders yet to be made below the temporary folder")
            << temp + QStringLiteral("/bundlescope-no-such-dir/a/b/app.zip") << temp;
        QTest::addRow("root") << QStringLiteral("/") << QStringLiteral("/");
    }

    void matchesStatvfs()
    {
        QFETCH(QString, asked);
        QFETCH(QString, measured);
        QVERIFY(!QFileInfo::exists(asked) || QFileInfo(asked).isDir());
        const std::optional<quint64> before = statvfsAvailable(measured);
        QVERIFY2(before, qPrintable(QStringLiteral("statvfs(%1) failed").arg(measured)));
        const std::optional<quint64> answer = FreeSpace::available(asked);
        const std::optional<quint64> after = statvfsAvailable(measured);
        QVERIFY(after);
        QVERIFY2(answer, qPrintable(QStringLiteral("no answer for %1").arg(asked)));
        const quint64 low = std::min(*before, *after);
        const quint64 high = std::max(*before, *after);
        QVERIFY2(*answer + Slack >= low && *answer <= high + Slack,
            qPrintable(QStringLiteral("%1: helper %2, statvfs %3..%4").arg(asked).arg(*answer).arg(low).arg(high)));
    }

    // A relative path resolves against the current folder, as a file written there would.
    void relativePath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        const std::optional<quint64> answer = FreeSpace::available(QStringLiteral("not-yet/there.zip"));
        const std::optional<quint64> direct = statvfsAvailable(dir.path());
        QVERIFY(QDir::setCurrent(previous));
        QVERIFY(answer && direct);
        QVERIFY2(*answer + Slack >= *direct && *answer <= *direct + Slack,
            qPrintable(QStringLiteral("helper %1, statvfs %2").arg(*answer).arg(*direct)));
    }

    void emptyPathIsUnknown() { QCOMPARE(FreeSpace::available(QString()), std::nullopt); }
};

QTEST_GUILESS_MAIN(TestFreeSpace)
#include "tst_freespace.moc"
