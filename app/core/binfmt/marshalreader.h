// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binfmt/marshalvalue.h"
#include "common/result.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace BundleScope {

// Decodes CPython's marshal serialization (Python/marshal.c, format version 4 as written by Python 3.4+): what a PYZ
// table of contents holds (lists or dicts of (name, (typecode, offset, length)) tuples) and the code objects of its
// modules, with every constant type a code object holds. Code objects have the layout of `pythonVersion` (3.8-3.10:
// nlocals, varnames, freevars, cellvars, lnotab; 3.11 and later: localsplusnames/kinds, qualname, exception table).
// Every length is checked against the input; nesting depth, item counts and back-references are bounded, so hostile
// input gives Error::Code::Malformed, never a crash, hang or unbounded allocation. Reentrant; one reader per input.
class MarshalReader {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::MarshalReader)
public:
    explicit MarshalReader(QByteArrayView data, int pythonVersion = 311);
    Result<MarshalValuePtr> readObject();
    // Integers beyond 64 bits (constants such as 2**64 in real modules) become the nearest qint64 instead of an error:
    // for readers that need the code's structure, not every constant's value (BytecodeImports).
    void setClampLargeIntegers(bool clamp) { m_clampLargeIntegers = clamp; }
    qsizetype position() const { return m_pos; }

private:
    Result<MarshalValuePtr> read(int depth);
    Result<MarshalValuePtr> readSequence(char code, MarshalValue::Type type, int depth);
    Result<MarshalValuePtr> readDict(int depth);
    Result<MarshalValuePtr> readString(qsizetype length, MarshalValue::Type type);
    Result<MarshalValuePtr> readLong();
    Result<MarshalValuePtr> readFloat(char code);
    Result<MarshalValuePtr> readCode(int depth);
    bool readU8(quint8& out);
    bool readI32(qint32& out);
    Error malformed(const QString& what) const;

    QByteArrayView m_data;
    int m_pythonVersion = 311;
    qsizetype m_pos = 0;
    bool m_clampLargeIntegers = false;
    std::vector<MarshalValuePtr> m_refs;
};

} // namespace BundleScope
