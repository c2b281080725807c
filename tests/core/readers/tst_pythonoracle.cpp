// SPDX-License-Identifier: GPL-3.0-or-later
// Our PyInstaller-format readers against an oracle that is not ours: CPython (python3 from PATH, Debian's 3.11 in CI)
// writes marshal data with marshal.dumps() and code objects with compile(), and a CArchive + PYZ with
// tests/support/pyiformats.py (written from the documented layout, sharing nothing with the C++ writer); pyoracle.py
// says in manifest.json what it wrote, and every row compares what MarshalReader, CArchiveReader and PyzReader return
// with it: values of every marshal type, code object names, constants and imported names, CArchive names, offsets,
// sizes, type codes, compression flags and contents, PYZ names, type codes, offsets and code objects.
#include "binfmt/carchivereader.h"
#include "binfmt/marshalreader.h"
#include "binfmt/pyzreader.h"
#include "binfmt/zlibinflate.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {
// The same {"t": type, ...} tree as pyoracle.py's describe().
QJsonObject describe(const MarshalValue& value)
{
    auto items = [](const std::vector<MarshalValuePtr>& list) {
        QJsonArray array;
        for (const auto& item : list)
            array.append(describe(*item));
        return array;
    };
    auto text = [](const MarshalValue* v) { return v ? QString::fromUtf8(v->bytes) : QString(); };
    auto number = [](const MarshalValue* v) { return v ? v->integer : -1; };
    using T = MarshalValue::Type;
    switch (value.type) {
    case T::None:
        return { { QStringLiteral("t"), QStringLiteral("None") } };
    case T::Ellipsis:
        return { { QStringLiteral("t"), QStringLiteral("Ellipsis") } };
    case T::StopIteration:
        return { { QStringLiteral("t"), QStringLiteral("StopIteration") } };
    case T::Bool:
        return { { QStringLiteral("t"), QStringLiteral("Bool") }, { QStringLiteral("v"), value.integer != 0 } };
    case T::Int:
        return { { QStringLiteral("t"), QStringLiteral("Int") }, { QStringLiteral("v"), value.integer } };
    case T::Float:
        return { { QStringLiteral("t"), QStringLiteral("Float") }, { QStringLiteral("v"), value.number } };
    case T::String:
        return { { QStringLiteral("t"), QStringLiteral("String") },
            { QStringLiteral("v"), QString::fromUtf8(value.bytes) } };
    case T::Bytes:
        return { { QStringLiteral("t"), QStringLiteral("Bytes") },
            { QStringLiteral("hex"), QString::fromLatin1(value.bytes.toHex()) } };
    case T::Complex:
    case T::Tuple:
    case T::List:
    case T::Set:
    case T::FrozenSet:
    case T::Dict: {
        static const char* const names[] = { "Complex", "Tuple", "List", "Set", "FrozenSet", "Dict" };
        const T types[] = { T::Complex, T::Tuple, T::List, T::Set, T::FrozenSet, T::Dict };
        const auto at = std::find(std::begin(types), std::end(types), value.type) - std::begin(types);
        return { { QStringLiteral("t"), QLatin1String(names[at]) }, { QStringLiteral("items"), items(value.items) } };
    }
    case T::Code: {
        using F = MarshalValue::CodeField;
        QJsonArray names;
        if (const MarshalValue* list = value.codeField(F::Names)) {
            for (const auto& name : list->items)
                names.append(QString::fromUtf8(name->bytes));
        }
        const MarshalValue* consts = value.codeField(F::Consts);
        QJsonObject code {
            { QStringLiteral("t"), QStringLiteral("Code") },
            { QStringLiteral("name"), text(value.codeField(F::Name)) },
            { QStringLiteral("filename"), text(value.codeField(F::FileName)) },
            { QStringLiteral("firstlineno"), number(value.codeField(F::FirstLineNo)) },
            { QStringLiteral("argcount"), number(value.codeField(F::ArgCount)) },
            { QStringLiteral("posonlyargcount"), number(value.codeField(F::PosOnlyArgCount)) },
            { QStringLiteral("kwonlyargcount"), number(value.codeField(F::KwOnlyArgCount)) },
            { QStringLiteral("stacksize"), number(value.codeField(F::StackSize)) },
            { QStringLiteral("flags"), number(value.codeField(F::Flags)) },
            { QStringLiteral("code"), QString::fromLatin1(value.codeField(F::Bytecode)->bytes.toHex()) },
            { QStringLiteral("names"), names },
            { QStringLiteral("consts"), consts ? items(consts->items) : QJsonArray() },
        };
        if (value.codeField(F::QualName)->type == T::String)
            code.insert(QStringLiteral("qualname"), text(value.codeField(F::QualName)));
        return code;
    }
    case T::Unsupported:
        break;
    }
    return { { QStringLiteral("t"), QStringLiteral("?") } };
}

// Sets have no order: marshal writes them in an order of its own (sorted since 3.11), so both sides are compared
// with their items sorted.
QJsonValue withSortedSets(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(withSortedSets(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        *it = withSortedSets(*it);
    const QString type = object.value(QStringLiteral("t")).toString();
    if (type == QLatin1String("Set") || type == QLatin1String("FrozenSet")) {
        QJsonArray items = object.value(QStringLiteral("items")).toArray();
        std::vector<QJsonValue> sorted(items.begin(), items.end());
        auto key = [](const QJsonValue& v) { return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact); };
        std::sort(
            sorted.begin(), sorted.end(), [&](const QJsonValue& a, const QJsonValue& b) { return key(a) < key(b); });
        QJsonArray result;
        for (const QJsonValue& item : sorted)
            result.append(item);
        object.insert(QStringLiteral("items"), result);
    }
    return object;
}

QString diff(const QJsonValue& ours, const QJsonValue& python)
{
    return QStringLiteral("ours:\n%1\npython:\n%2")
        .arg(QString::fromUtf8(QJsonDocument(ours.toObject()).toJson()),
            QString::fromUtf8(QJsonDocument(python.toObject()).toJson()));
}
} // namespace

class TestPythonOracle : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QJsonObject m_manifest;
    int m_python = 0;

    QByteArray file(const QString& relative) const { return Test::readFile(m_dir.filePath(relative)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Never skipped: without python3 the readers have no independent oracle.
        const Test::ToolRun run
            = Test::runTool(QStringLiteral("python3"), { QStringLiteral(BUNDLESCOPE_PYORACLE), m_dir.path() },
                QStringLiteral("python3 (apt-get install python3)"), 120000);
        QVERIFY2(run.started, qPrintable(run.error));
        QVERIFY2(run.exitCode == 0, run.standardError.constData());
        m_manifest = QJsonDocument::fromJson(file(QStringLiteral("manifest.json"))).object();
        m_python = m_manifest.value(QStringLiteral("python")).toInt();
        QVERIFY2(m_python >= 308, "python3 3.8 or later is needed");
    }

    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void marshalValues_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QJsonObject>("expected");
        const QJsonObject cases = m_manifest.value(QStringLiteral("marshal")).toObject();
        QVERIFY(cases.size() >= 30);
        for (auto it = cases.begin(); it != cases.end(); ++it) {
            const QJsonObject entry = it.value().toObject();
            QTest::addRow("%s", qPrintable(it.key()))
                << entry.value(QStringLiteral("file")).toString() << entry.value(QStringLiteral("value")).toObject();
        }
    }
    void marshalValues()
    {
        QFETCH(QString, file);
        QFETCH(QJsonObject, expected);
        const QByteArray data = this->file(file);
        MarshalReader reader(data, m_python);
        const auto value = reader.readObject();
        QVERIFY2(value, qPrintable(value.error().message));
        QCOMPARE(reader.position(), data.size());
        const QJsonObject ours = withSortedSets(describe(**value)).toObject();
        expected = withSortedSets(expected).toObject();
        QVERIFY2(ours == expected, qPrintable(diff(ours, expected)));
    }

    // Imported names are in the module's names, as IMPORT_NAME takes them from there.
    void codeImportedNames()
    {
        const QByteArray data = file(QStringLiteral("marshal/code_module.bin"));
        MarshalReader reader(data, m_python);
        const auto module = reader.readObject();
        QVERIFY(module);
        QStringList names;
        for (const auto& name : (*module)->codeField(MarshalValue::Names)->items)
            names.append(QString::fromUtf8(name->bytes));
        for (const char* imported : { "os", "json.decoder", "collections" })
            QVERIFY2(names.contains(QLatin1String(imported)), qPrintable(names.join(u' ')));
    }

    void carchive()
    {
        const QJsonObject expected = m_manifest.value(QStringLiteral("archive")).toObject();
        QFile device(m_dir.filePath(expected.value(QStringLiteral("file")).toString()));
        QVERIFY(device.open(QIODevice::ReadOnly));
        const auto archive = CArchiveReader::read(device);
        QVERIFY2(archive, qPrintable(archive.error().message));
        QCOMPARE(archive->pythonVersion, expected.value(QStringLiteral("python_version")).toInt());
        QCOMPARE(
            QString::fromLatin1(archive->pythonLibrary), expected.value(QStringLiteral("python_library")).toString());
        QCOMPARE(archive->packageStart, expected.value(QStringLiteral("package_start")).toInteger());
        const QJsonArray toc = expected.value(QStringLiteral("toc")).toArray();
        QCOMPARE(archive->entries.size(), std::size_t(toc.size()));
        for (qsizetype i = 0; i < toc.size(); ++i) {
            const QJsonObject want = toc.at(i).toObject();
            const CArchiveEntry& got = archive->entries[std::size_t(i)];
            QCOMPARE(QString::fromUtf8(got.name), want.value(QStringLiteral("name")).toString());
            QCOMPARE(QString(QLatin1Char(got.typeCode)), want.value(QStringLiteral("typecode")).toString());
            QCOMPARE(got.offset, want.value(QStringLiteral("offset")).toInteger());
            QCOMPARE(qint64(got.storedLength), want.value(QStringLiteral("stored")).toInteger());
            QCOMPARE(qint64(got.length), want.value(QStringLiteral("length")).toInteger());
            QCOMPARE(got.compressed, want.value(QStringLiteral("compressed")).toBool());
            const auto content = CArchiveReader::readEntry(device, got, 1 << 20);
            QVERIFY2(content, qPrintable(content.error().message));
            QCOMPARE(QString::fromLatin1(content->toHex()), want.value(QStringLiteral("content_hex")).toString());
        }
        QVERIFY(archive->options.contains(QStringLiteral("pyi-contents-directory _internal")));
    }

    void pyz()
    {
        const QJsonObject archive = m_manifest.value(QStringLiteral("archive")).toObject();
        const QJsonObject expected = archive.value(QStringLiteral("pyz")).toObject();
        QFile device(m_dir.filePath(archive.value(QStringLiteral("file")).toString()));
        QVERIFY(device.open(QIODevice::ReadOnly));
        const auto pkg = CArchiveReader::read(device);
        QVERIFY(pkg);
        const auto entry = std::find_if(
            pkg->entries.begin(), pkg->entries.end(), [](const CArchiveEntry& e) { return e.typeCode == 'z'; });
        QVERIFY(entry != pkg->entries.end());
        QCOMPARE(entry->offset, expected.value(QStringLiteral("offset")).toInteger());
        const auto pyz = PyzReader::read(device, entry->offset, entry->storedLength);
        QVERIFY2(pyz, qPrintable(pyz.error().message));
        QCOMPARE(QString::fromLatin1(pyz->pycMagic.toHex()), expected.value(QStringLiteral("magic")).toString());
        const QJsonArray entries = expected.value(QStringLiteral("entries")).toArray();
        QCOMPARE(pyz->entries.size(), std::size_t(entries.size()));
        const QByteArray bytes = Test::readFile(device.fileName());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject want = entries.at(i).toObject();
            const PyzEntry& got = pyz->entries[std::size_t(i)];
            QCOMPARE(QString::fromUtf8(got.name), want.value(QStringLiteral("name")).toString());
            QCOMPARE(int(got.type), want.value(QStringLiteral("typecode")).toInt());
            QCOMPARE(got.offset, want.value(QStringLiteral("offset")).toInteger());
            QCOMPARE(got.storedLength, want.value(QStringLiteral("stored")).toInteger());
            const auto code = ZlibInflate::inflate(QByteArrayView(bytes).sliced(got.offset, got.storedLength), 1 << 20);
            QVERIFY(code);
            MarshalReader reader(*code, m_python);
            const auto value = reader.readObject();
            QVERIFY2(value, qPrintable(value.error().message));
            const QJsonObject ours = withSortedSets(describe(**value)).toObject();
            const QJsonObject python = withSortedSets(want.value(QStringLiteral("code"))).toObject();
            QVERIFY2(ours == python, qPrintable(diff(ours, python)));
        }
    }

    // What marshal writes but we refuse: ints beyond 64 bits fail cleanly.
    void hugeIntIsMalformed()
    {
        const Test::ToolRun run = Test::runTool(QStringLiteral("python3"),
            { QStringLiteral("-c"),
                QStringLiteral("import marshal,sys; sys.stdout.buffer.write(marshal.dumps(2**70))") },
            QStringLiteral("python3"));
        QVERIFY2(run.started && run.exitCode == 0, qPrintable(run.error));
        MarshalReader reader(run.standardOutput);
        const auto value = reader.readObject();
        QVERIFY(!value);
        QCOMPARE(value.error().code, Error::Code::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestPythonOracle)
#include "tst_pythonoracle.moc"
