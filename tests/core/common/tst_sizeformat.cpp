// SPDX-License-Identifier: GPL-3.0-or-later
// SizeFormat: the sizes every view and report prints, the parser behind --budget and the CI rules, and percentages
// (no "-0.0%" for a change that rounds to nothing). Runs in the C locale (the test helper sets LC_ALL=C.UTF-8).
#include "common/sizeformat.h"

#include <QTest>

using namespace BundleScope;

class TestSizeFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void format_data()
    {
        QTest::addColumn<quint64>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addRow("bytes") << quint64(11) << QStringLiteral("11 bytes");
        QTest::addRow("KiB") << quint64(1536) << QStringLiteral("1.5 KiB");
        QTest::addRow("MiB") << quint64(52.4 * 1024 * 1024) << QStringLiteral("52.4 MiB");
        QTest::addRow("GiB") << quint64(3) * 1024 * 1024 * 1024 << QStringLiteral("3.0 GiB");
    }
    void format()
    {
        QFETCH(quint64, bytes);
        QFETCH(QString, expected);
        QCOMPARE(SizeFormat::format(bytes), expected);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected"); // -1: rejected
        QTest::addRow("plain") << QStringLiteral("1024") << qint64(1024);
        QTest::addRow("GiB") << QStringLiteral("1.5GiB") << qint64(1610612736);
        QTest::addRow("SI MB") << QStringLiteral("300 MB") << qint64(300000000);
        QTest::addRow("lower-case mb is binary") << QStringLiteral("300 mb") << qint64(300LL * 1024 * 1024);
        QTest::addRow("du style") << QStringLiteral("2g") << qint64(2LL * 1024 * 1024 * 1024);
        QTest::addRow("spaces") << QStringLiteral("  800 MiB ") << qint64(800LL * 1024 * 1024);
        QTest::addRow("empty") << QString() << qint64(-1);
        QTest::addRow("negative") << QStringLiteral("-5MB") << qint64(-1);
        QTest::addRow("unknown unit") << QStringLiteral("5 XB") << qint64(-1);
        QTest::addRow("two numbers") << QStringLiteral("1 2") << qint64(-1);
        QTest::addRow("beyond 64 bits") << QStringLiteral("20000 PiB") << qint64(-1);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const std::optional<quint64> parsed = SizeFormat::parse(text);
        if (expected < 0) {
            QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
            return;
        }
        QVERIFY(parsed);
        QCOMPARE(*parsed, quint64(expected));
    }

    // Past 2^63 bytes the value still fits a quint64 and must not go through a signed conversion.
    void parseLargeButValid()
    {
        const std::optional<quint64> parsed = SizeFormat::parse(u"9000 PiB");
        QVERIFY(parsed);
        QCOMPARE(*parsed, quint64(9000) * 1024 * 1024 * 1024 * 1024 * 1024);
    }

    void percent_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::addColumn<QString>("expected");
        QTest::addRow("half") << 0.5 << QStringLiteral("50.0%");
        QTest::addRow("negative") << -0.429 << QStringLiteral("-42.9%");
        QTest::addRow("tiny negative rounds to plain zero") << -0.0001 << QStringLiteral("0.0%");
        QTest::addRow("negative zero") << -0.0 << QStringLiteral("0.0%");
        QTest::addRow("smallest shown negative") << -0.0005 << QStringLiteral("-0.1%");
    }
    void percent()
    {
        QFETCH(double, fraction);
        QFETCH(QString, expected);
        QCOMPARE(SizeFormat::percent(fraction), expected);
    }
};

QTEST_GUILESS_MAIN(TestSizeFormat)
#include "tst_sizeformat.moc"
