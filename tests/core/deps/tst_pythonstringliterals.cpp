// SPDX-License-Identifier: GPL-3.0-or-later
// The string literals that PythonLibraryReferences matches against library names: single-line literals only, with
// comments, docstrings and other triple-quoted strings skipped, escapes kept as written. Sources longer than the
// lexer's 16-byte steps put each case at every offset of a step, so the vector path and the byte-by-byte tail both
// see it.
#include "deps/pythonstringliterals.h"

#include <QTest>

using namespace BundleScope;

namespace {
QByteArrayList literals(const QByteArray& source)
{
    std::vector<QByteArrayView> views;
    PythonStringLiterals::collect(source, views);
    QByteArrayList found;
    for (const QByteArrayView view : views)
        found.append(view.toByteArray());
    return found;
}
} // namespace

class TestPythonStringLiterals : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void literals_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QByteArrayList>("expected");
        QTest::newRow("single and double quotes")
            << QByteArray("a = 'libfoo.so'\nb = \"libbar.so.1\"\n") << QByteArrayList { "libfoo.so", "libbar.so.1" };
        QTest::newRow("prefixes") << QByteArray("f'libx.so.{v}' rb\"raw\\d\" u'text'")
                                  << QByteArrayList { "libx.so.{v}", "raw\\d", "text" };
        QTest::newRow("shorter than four bytes") << QByteArray("x = 'abc' + 'abcd' + ''") << QByteArrayList { "abcd" };
        QTest::newRow("comment hides quotes") << QByteArray("# it's 'libhidden.so'\nx = 'libshown.so' # 'libnot.so'\n")
                                              << QByteArrayList { "libshown.so" };
        QTest::newRow("hash inside a literal") << QByteArray("x = 'a#b#c' + \"d#e\"\n") << QByteArrayList { "a#b#c" };
        QTest::newRow("docstring skipped")
            << QByteArray("\"\"\"Loads 'libtorch' here.\"\"\"\ny = 'libkept'\n") << QByteArrayList { "libkept" };
        QTest::newRow("single-quoted triple with quotes inside")
            << QByteArray("'''it's \"x\" '' ok'''\n'after'") << QByteArrayList { "after" };
        QTest::newRow("escaped quote and backslash")
            << QByteArray("'it\\'s here' \"a\\\\\" 'tail'") << QByteArrayList { "it\\'s here", "tail" };
        QTest::newRow("escaped newline continues") << QByteArray("'line\\\nnext'") << QByteArrayList { "line\\\nnext" };
        QTest::newRow("unterminated at line end")
            << QByteArray("x = 'open\ny = 'closed'\n") << QByteArrayList { "closed" };
        QTest::newRow("unterminated at file end") << QByteArray("x = 'never closed") << QByteArrayList {};
        QTest::newRow("unterminated docstring") << QByteArray("'''runs to the end 'libx.so'") << QByteArrayList {};
        QTest::newRow("a literal right after a docstring") << QByteArray("'''a''''bcde'") << QByteArrayList { "bcde" };
        QTest::newRow("docstring ending at the file end") << QByteArray("'''doc'''") << QByteArrayList {};
        QTest::newRow("other quote inside")
            << QByteArray("\"it's\" 'say \"hi\"'") << QByteArrayList { "it's", "say \"hi\"" };
        QTest::newRow("backslash at the file end") << QByteArray("'abcd\\") << QByteArrayList {};
        QTest::newRow("comment at the file end") << QByteArray("x = 1 # 'x'") << QByteArrayList {};
    }
    void literals()
    {
        QFETCH(QByteArray, source);
        QFETCH(QByteArrayList, expected);
        QCOMPARE(::literals(source), expected);
        // The same source at every offset within a 16-byte step gives the same literals.
        for (int pad = 1; pad <= 17; ++pad) {
            const QByteArray padded = QByteArray(pad, ' ') + source;
            QCOMPARE(::literals(padded), expected);
            if (source.endsWith('\n')) // a source ending in a clean state gives its literals again after itself
                QCOMPARE(::literals(padded + padded), expected + expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestPythonStringLiterals)
#include "tst_pythonstringliterals.moc"
