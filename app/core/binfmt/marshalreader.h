// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binfmt/marshalvalue.h"
#include "common/result.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace BundleScope {

// Decodes CPython's marshal serialization (Python/marshal.c, format version 4 as written by Python 3.4+), limited to
// the object types a PYZ table of contents holds: lists or dicts of (name, (typecode, offset, length)) tuples.
// Every length is checked against the input; nesting depth, item counts and back-references are bounded, so hostile
// input gives Error::Code::Malformed, never a crash, hang or unbounded allocation. Reentrant; one reader per input.
class MarshalReader {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::MarshalReader)
public:
    explicit MarshalReader(QByteArrayView data);
    Result<MarshalValuePtr> readObject();
    qsizetype position() const { return m_pos; }

private:
    Result<MarshalValuePtr> read(int depth);
    Result<MarshalValuePtr> readSequence(char code, MarshalValue::Type type, int depth);
    Result<MarshalValuePtr> readDict(int depth);
    Result<MarshalValuePtr> readString(qsizetype length, MarshalValue::Type type);
    Result<MarshalValuePtr> readLong();
    bool readU8(quint8& out);
    bool readI32(qint32& out);
    Error malformed(const QString& what) const;

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    std::vector<MarshalValuePtr> m_refs;
};

} // namespace BundleScope
