// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonmodulewriter.h"

#include "demorandom.h"

#include <QtEndian>

namespace BundleScope {

namespace {

    constexpr const char* s_words[]
        = { "tensor", "shape", "device", "module", "config", "batch", "weight", "bias", "forward", "backward", "state",
              "cache", "buffer", "layer", "hook", "value", "index", "stride", "dtype", "scale", "input", "output",
              "kernel", "group", "param", "grad", "mode", "stream", "context", "handle", "schema", "node" };
    constexpr quint32 s_wordCount = sizeof(s_words) / sizeof(s_words[0]);

    // marshal type codes (Python/marshal.c).
    enum : char {
        TypeCodeRef = char(0xe3), // TYPE_CODE | FLAG_REF
        TypeString = 's',
        TypeSmallTuple = ')',
        TypeNone = 'N',
        TypeShortAscii = 'z',
        TypeShortAsciiInterned = 'Z',
        TypeInt = 'i',
    };

    QByteArray word(DemoRandom& random)
    {
        return s_words[random.bounded(s_wordCount)];
    }

    void putInt(QByteArray& out, quint32 value)
    {
        char bytes[4];
        qToLittleEndian(value, bytes);
        out.append(bytes, 4);
    }

    void putBytes(QByteArray& out, const QByteArray& bytes)
    {
        out.append(TypeString);
        putInt(out, quint32(bytes.size()));
        out.append(bytes);
    }

    void putShortAscii(QByteArray& out, QByteArray text, char type)
    {
        text.truncate(255);
        out.append(type).append(char(text.size())).append(text);
    }

} // namespace

QByteArray PythonModuleWriter::source(DemoRandom& random, const QString& moduleName, int lines)
{
    QByteArray out = "# SPDX-License-Identifier: BSD-3-Clause\n\"\"\"" + moduleName.toUtf8() + " helpers.\"\"\"\n\n";
    out += "import functools\nimport typing\n\n__all__ = [\"" + word(random) + "_" + word(random) + "\"]\n\n";
    int written = 6;
    while (written < lines) {
        const QByteArray name = word(random) + '_' + word(random);
        if (random.bounded(5) == 0) {
            out += "\nclass " + word(random).left(1).toUpper() + word(random).mid(1) + "Mixin:\n";
            out += "    \"\"\"Keeps the " + word(random) + " of a " + word(random) + ".\"\"\"\n\n";
            written += 3;
        }
        out += "def " + name + "(" + word(random) + ", " + word(random) + "=None):\n";
        out += "    if " + word(random) + " is None:\n        return " + word(random) + "\n";
        out += "    return [" + word(random) + "." + word(random) + "(i) for i in range("
            + QByteArray::number(random.bounded(64)) + ")]\n\n";
        written += 6;
    }
    return out;
}

QByteArray PythonModuleWriter::pycHeader(quint32 sourceSize)
{
    QByteArray header("\xa7\x0d\x0d\x0a", 4); // MAGIC_NUMBER of CPython 3.11 (3495)
    putInt(header, 0); // PEP 552 flags: timestamp-based
    putInt(header, SourceMtime);
    putInt(header, sourceSize);
    return header;
}

QByteArray PythonModuleWriter::pyc(
    DemoRandom& random, const QString& fileName, const QByteArray& source, const QByteArrayList& constants)
{
    QByteArray out = pycHeader(quint32(source.size()));
    out.reserve(source.size() / 2 + 256);
    out.append(TypeCodeRef);
    for (const quint32 field : { 0u, 0u, 0u, 8u, 0u }) // argcount, posonly, kwonly, stacksize, flags
        putInt(out, field);
    QByteArray code;
    const qsizetype codeSize = qMax<qsizetype>(8, source.size() / 4) / 2 * 2;
    static constexpr char opcodes[] = { 'd', 'Z', 'e', 'l', 'm', 'j', 'S', '|', '}', 'z', 't', 'a', '\x97', '\xab' };
    while (code.size() < codeSize)
        code.append(opcodes[random.bounded(sizeof(opcodes))]).append(char(random.bounded(24)));
    putBytes(out, code);
    const quint32 constCount = 2 + random.bounded(12);
    out.append(TypeSmallTuple).append(char(constCount + quint32(constants.size())));
    for (quint32 i = 0; i < constCount; ++i) {
        if (i == 0) {
            out.append(TypeNone);
        } else if (i % 3 == 0) {
            out.append(TypeInt);
            putInt(out, random.bounded(1000));
        } else {
            putShortAscii(out, word(random) + ' ' + word(random), TypeShortAscii);
        }
    }
    for (const QByteArray& constant : constants)
        putShortAscii(out, constant, TypeShortAscii);
    const quint32 nameCount = 1 + random.bounded(20);
    out.append(TypeSmallTuple).append(char(nameCount));
    for (quint32 i = 0; i < nameCount; ++i)
        putShortAscii(out, word(random) + '_' + QByteArray::number(i), TypeShortAsciiInterned);
    out.append(TypeSmallTuple).append(char(0)); // co_localsplusnames
    putBytes(out, {}); // co_localspluskinds
    putShortAscii(out, fileName.toUtf8(), TypeShortAscii);
    putShortAscii(out, "<module>", TypeShortAsciiInterned); // co_name
    putShortAscii(out, "<module>", TypeShortAsciiInterned); // co_qualname
    putInt(out, 1); // co_firstlineno
    putBytes(out, random.codeLike(codeSize / 4)); // co_linetable
    putBytes(out, {}); // co_exceptiontable
    return out;
}

} // namespace BundleScope
