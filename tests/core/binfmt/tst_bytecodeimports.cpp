// SPDX-License-Identifier: GPL-3.0-or-later
// BytecodeImports against CPython's own compiler: python3 (Debian's 3.11 in CI) compiles each source with compile()
// and writes the module's code object with marshal.dumps(); the imports read from that bytecode must be the ones the
// source states, with their level, fromlist and laziness. Never skipped: without python3 there is no real bytecode.
#include "binfmt/bytecodeimports.h"
#include "binfmt/marshalreader.h"
#include "binfmt/marshalstrings.h"
#include "testsupport.h"

#include <QTest>

using namespace BundleScope;

namespace {
// compile(source) as CPython writes it into a PYZ, and the Python version that wrote it.
struct Compiled {
    QByteArray marshalled;
    int version = 0;
};

Compiled compileWithPython(const QString& source)
{
    const Test::ToolRun run = Test::runTool(QStringLiteral("python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import marshal, sys; v = sys.version_info; print(v[0] * 100 + v[1]); sys.stdout.flush(); "
                           "sys.stdout.buffer.write(marshal.dumps(compile(sys.argv[1], 'm', 'exec')))"),
            source },
        QStringLiteral("python3 (apt-get install python3)"));
    if (!run.started || run.exitCode != 0) {
        qCritical("python3 failed: %s %s", qPrintable(run.error), run.standardError.constData());
        return {};
    }
    const qsizetype newline = run.standardOutput.indexOf('\n');
    return { run.standardOutput.mid(newline + 1), run.standardOutput.left(newline).toInt() };
}

MarshalValuePtr decode(const Compiled& compiled)
{
    MarshalReader reader(compiled.marshalled, compiled.version);
    auto value = reader.readObject();
    return value ? *value : nullptr;
}

// "name|level|from,list|static or lazy", one per import, in bytecode order.
QStringList describe(const std::vector<BytecodeImport>& imports)
{
    QStringList lines;
    for (const BytecodeImport& import : imports) {
        QStringList from;
        for (const QByteArray& name : import.fromList)
            from.append(QString::fromUtf8(name));
        lines.append(QStringLiteral("%1|%2|%3|%4")
                         .arg(QString::fromUtf8(import.name))
                         .arg(import.level)
                         .arg(from.join(u','), import.lazy ? QStringLiteral("lazy") : QStringLiteral("static")));
    }
    return lines;
}

QStringList strings(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QLatin1String(item));
    return list;
}

// 300 names bound to 300 new constants: operands after them need EXTENDED_ARG (one byte holds 0-255).
QString manyNames()
{
    QString source;
    for (int i = 0; i < 300; ++i)
        source += QStringLiteral("name_%1 = %2\n").arg(i).arg(1000 + i);
    return source;
}
} // namespace

class TestBytecodeImports : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void imports_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("import") << QStringLiteral("import os, json.decoder as d\n")
                                << strings({ "os|0||static", "json.decoder|0||static" });
        QTest::addRow("from import") << QStringLiteral("from collections import OrderedDict as OD, deque\n")
                                     << strings({ "collections|0|OrderedDict,deque|static" });
        QTest::addRow("star") << QStringLiteral("from os.path import *\n") << strings({ "os.path|0|*|static" });
        QTest::addRow("relative") << QStringLiteral("from . import sibling\nfrom ..pkg.mod import name\n")
                                  << strings({ "|1|sibling|static", "pkg.mod|2|name|static" });
        QTest::addRow("try at top level is static")
            << QStringLiteral("try:\n    import fast\nexcept ImportError:\n    fast = None\n")
            << strings({ "fast|0||static" });
        QTest::addRow("function is lazy")
            << QStringLiteral("def f():\n    import zlib\n    return zlib\n") << strings({ "zlib|0||lazy" });
        QTest::addRow("class body is static")
            << QStringLiteral("class K:\n    import k\n") << strings({ "k|0||static" });
        QTest::addRow("method is lazy") << QStringLiteral("class K:\n    def m(self):\n        from . import q\n")
                                        << strings({ "|1|q|lazy" });
        QTest::addRow("nested function and lambda")
            << QStringLiteral("def outer():\n    def inner():\n        import deep\n    return inner\n")
            << strings({ "deep|0||lazy" });
        QTest::addRow("extended arg") << manyNames() + QStringLiteral("from .. import far\nimport last_name\n")
                                      << strings({ "|2|far|static", "last_name|0||static" });
        QTest::addRow("no import") << QStringLiteral("x = __import__('hidden')\n") << QStringList();
    }
    void imports()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, expected);
        const Compiled compiled = compileWithPython(source);
        QVERIFY2(BytecodeImports::isSupported(compiled.version), "python3 must be 3.8 to 3.12");
        const MarshalValuePtr code = decode(compiled);
        QVERIFY(code);
        QCOMPARE(describe(BytecodeImports::scan(*code, compiled.version)), expected);
    }

    // The extended-arg row really exercises EXTENDED_ARG (144) in front of the import's operands.
    void extendedArgIsThere()
    {
        const Compiled compiled = compileWithPython(manyNames() + QStringLiteral("import last_name\n"));
        const MarshalValuePtr code = decode(compiled);
        QVERIFY(code);
        const QByteArray ops = code->codeField(MarshalValue::Bytecode)->bytes;
        const qsizetype import = ops.lastIndexOf(char(108));
        QVERIFY(import >= 2);
        QCOMPARE(quint8(ops[import - 2]), quint8(144));
    }

    // Versions whose opcode numbers differ (3.13 renumbered them) give nothing rather than wrong imports.
    void unsupportedVersions_data()
    {
        QTest::addColumn<int>("version");
        QTest::addRow("3.7") << 307;
        QTest::addRow("3.13") << 313;
        QTest::addRow("3.14") << 314;
        QTest::addRow("unknown") << 0;
    }
    void unsupportedVersions()
    {
        QFETCH(int, version);
        const Compiled compiled = compileWithPython(QStringLiteral("import os\n"));
        const MarshalValuePtr code = decode(compiled);
        QVERIFY(code);
        QVERIFY(!BytecodeImports::isSupported(version));
        QVERIFY(BytecodeImports::scan(*code, version).empty());
    }

    // The magic numbers that decide which version's opcodes are read (Lib/importlib/_bootstrap_external.py).
    void versionFromMagic_data()
    {
        QTest::addColumn<int>("magic");
        QTest::addColumn<int>("version");
        QTest::addRow("3.8") << 3413 << 308;
        QTest::addRow("3.11 final") << 3495 << 311;
        QTest::addRow("3.12 final") << 3531 << 312;
        QTest::addRow("3.13 a6") << 3570 << 313;
        QTest::addRow("3.13 final") << 3571 << 313;
        QTest::addRow("3.14 a1") << 3600 << 314;
    }
    void versionFromMagic()
    {
        QFETCH(int, magic);
        QFETCH(int, version);
        QCOMPARE(MarshalStrings::versionFromMagic(quint16(magic)), version);
    }

    // Real modules hold constants beyond 64 bits (in numpy.lib.format, mpmath): clamped on request, so their imports
    // can still be read; an error otherwise, as before.
    void largeIntegersClampOnRequest()
    {
        const Compiled compiled = compileWithPython(
            QStringLiteral("LIMIT = 1180591620717411303424\nNEG = (-1180591620717411303424,)\nimport os\n"));
        MarshalReader strict(compiled.marshalled, compiled.version);
        QVERIFY(!strict.readObject());
        MarshalReader lenient(compiled.marshalled, compiled.version);
        lenient.setClampLargeIntegers(true);
        const auto code = lenient.readObject();
        QVERIFY(code);
        QCOMPARE(describe(BytecodeImports::scan(**code, compiled.version)), strings({ "os|0||static" }));
        const MarshalValue* consts = (*code)->codeField(MarshalValue::Consts);
        QVERIFY(consts && consts->items.size() >= 2 && consts->items[1]->items.size() == 1);
        QCOMPARE(consts->items[0]->integer, std::numeric_limits<qint64>::max());
        QCOMPARE(consts->items[1]->items[0]->integer, std::numeric_limits<qint64>::min());
    }
};

QTEST_GUILESS_MAIN(TestBytecodeImports)
#include "tst_bytecodeimports.moc"
