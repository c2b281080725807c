// SPDX-License-Identifier: GPL-3.0-or-later
// MarshalReader: the subset of CPython's marshal format that PYZ tables of contents use, and hostile input.
#include "binfmt/marshalreader.h"

#include <QTest>
#include <QtEndian>

using namespace BundleScope;

namespace {
QByteArray le32(qint32 v)
{
    QByteArray out(4, '\0');
    qToLittleEndian(v, out.data());
    return out;
}
QByteArray shortAscii(const QByteArray& s)
{
    return QByteArray(1, 'z') + char(s.size()) + s;
}
} // namespace

class TestMarshalReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void scalars_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("type");
        QTest::addColumn<qint64>("integer");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("none") << QByteArray("N") << int(MarshalValue::Type::None) << qint64(0) << QByteArray();
        QTest::addRow("true") << QByteArray("T") << int(MarshalValue::Type::Bool) << qint64(1) << QByteArray();
        QTest::addRow("int") << (QByteArray("i") + le32(-123456)) << int(MarshalValue::Type::Int) << qint64(-123456)
                             << QByteArray();
        QTest::addRow("int with FLAG_REF")
            << (QByteArray(1, char('i' | 0x80)) + le32(7)) << int(MarshalValue::Type::Int) << qint64(7) << QByteArray();
        // 2^40 as a long: 3 digits of 15 bits (0, 0, 1024).
        QTest::addRow("long") << (QByteArray("l") + le32(3) + QByteArray("\0\0\0\0\0\x04", 6))
                              << int(MarshalValue::Type::Int) << (qint64(1) << 40) << QByteArray();
        QTest::addRow("short ascii") << shortAscii("json") << int(MarshalValue::Type::String) << qint64(0)
                                     << QByteArray("json");
        QTest::addRow("unicode") << (QByteArray("u") + le32(4) + QByteArray("\xc3\xa9te"))
                                 << int(MarshalValue::Type::String) << qint64(0) << QByteArray("\xc3\xa9te");
        QTest::addRow("bytes") << (QByteArray("s") + le32(3) + "abc") << int(MarshalValue::Type::Bytes) << qint64(0)
                               << QByteArray("abc");
    }
    void scalars()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, type);
        QFETCH(qint64, integer);
        QFETCH(QByteArray, bytes);
        MarshalReader reader(data);
        auto value = reader.readObject();
        QVERIFY2(value.hasValue(), qPrintable(value.error().message));
        QCOMPARE(int((*value)->type), type);
        QCOMPARE((*value)->integer, integer);
        QCOMPARE((*value)->bytes, bytes);
        QCOMPARE(reader.position(), data.size());
    }

    void tocWithReferences()
    {
        // [("a", (0, 12, 5)), ("b", (0, 17, 6))] with the second typecode 0 as a back-reference, as CPython writes.
        QByteArray data = QByteArray("[") + le32(2);
        data += QByteArray(")\x02", 2) + char('Z' | 0x80) + char(1) + "a" + QByteArray(")\x03", 2) + char('i' | 0x80)
            + le32(0) + QByteArray("i") + le32(12) + QByteArray("i") + le32(5);
        data += QByteArray(")\x02", 2) + char('Z' | 0x80) + char(1) + "b" + QByteArray(")\x03", 2) + QByteArray("r")
            + le32(1) + QByteArray("i") + le32(17) + QByteArray("i") + le32(6);
        MarshalReader reader(data);
        auto value = reader.readObject();
        QVERIFY2(value.hasValue(), qPrintable(value.error().message));
        const MarshalValue& list = **value;
        QCOMPARE(list.type, MarshalValue::Type::List);
        QCOMPARE(list.items.size(), std::size_t(2));
        QCOMPARE(list.items[1]->items[0]->bytes, QByteArray("b"));
        QCOMPARE(list.items[1]->items[1]->items[0]->integer, qint64(0));
        QCOMPARE(list.items[1]->items[1]->items[1]->integer, qint64(17));
    }

    void dict()
    {
        const QByteArray data = QByteArray("{") + shortAscii("k") + QByteArray("i") + le32(3) + QByteArray("0");
        MarshalReader reader(data);
        auto value = reader.readObject();
        QVERIFY(value.hasValue());
        QCOMPARE((*value)->type, MarshalValue::Type::Dict);
        QCOMPARE((*value)->items.size(), std::size_t(2));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("truncated int") << QByteArray("i\x01\x02", 3);
        QTest::addRow("string past end") << (QByteArray("s") + le32(1000) + "abc");
        QTest::addRow("negative string length") << (QByteArray("s") + le32(-1));
        QTest::addRow("huge list count") << (QByteArray("[") + le32(0x7fffffff) + "N");
        QTest::addRow("negative list count") << (QByteArray("[") + le32(-5));
        QTest::addRow("reference before any object") << (QByteArray("r") + le32(0));
        QTest::addRow("reference out of range") << (QByteArray(")\x02", 2) + char('N' | 0x80) + "r" + le32(9));
        QTest::addRow("self reference of an unfinished tuple")
            << (QByteArray(1, char(')' | 0x80)) + char(1) + "r" + le32(0));
        QTest::addRow("unterminated dict") << (QByteArray("{") + shortAscii("k") + "N");
        QTest::addRow("code object") << QByteArray("c\0\0\0\0", 5);
        QTest::addRow("unknown type") << QByteArray("?");
        QTest::addRow("deep nesting") << QByteArray(QByteArray("[") + le32(1)).repeated(200);
        QTest::addRow("long digit out of range") << (QByteArray("l") + le32(1) + QByteArray("\xff\xff", 2));
        QTest::addRow("long too large") << (QByteArray("l") + le32(6) + QByteArray(12, '\x01'));
    }
    void malformed()
    {
        QFETCH(QByteArray, data);
        MarshalReader reader(data);
        auto value = reader.readObject();
        QVERIFY(!value.hasValue());
        QCOMPARE(value.error().code, Error::Code::Malformed);
        QVERIFY(!value.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMarshalReader)
#include "tst_marshalreader.moc"
