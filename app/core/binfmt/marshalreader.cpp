// SPDX-License-Identifier: GPL-3.0-or-later
#include "marshalreader.h"

#include <QtEndian>

#include <cstring>
#include <iterator>

namespace BundleScope {

namespace {
    constexpr int s_maxDepth = 64; // the PYZ TOC nests 3 deep; anything deeper is hostile
    constexpr qsizetype s_maxItems = 10'000'000; // no real TOC has more entries than that
    constexpr quint8 s_flagRef = 0x80;
} // namespace

MarshalReader::MarshalReader(QByteArrayView data, int pythonVersion)
    : m_data(data)
    , m_pythonVersion(pythonVersion)
{
}

Result<MarshalValuePtr> MarshalReader::readObject()
{
    return read(0);
}

Error MarshalReader::malformed(const QString& what) const
{
    return makeError(Error::Code::Malformed, tr("Malformed marshal data at offset %1: %2").arg(m_pos).arg(what));
}

bool MarshalReader::readU8(quint8& out)
{
    if (m_pos + 1 > m_data.size())
        return false;
    out = quint8(m_data[m_pos++]);
    return true;
}

bool MarshalReader::readI32(qint32& out)
{
    if (m_pos + 4 > m_data.size())
        return false;
    out = qFromLittleEndian<qint32>(m_data.data() + m_pos);
    m_pos += 4;
    return true;
}

Result<MarshalValuePtr> MarshalReader::read(int depth)
{
    if (depth > s_maxDepth)
        return malformed(tr("nesting too deep"));
    quint8 code = 0;
    if (!readU8(code))
        return malformed(tr("truncated"));
    const bool addRef = code & s_flagRef;
    const char type = char(code & ~s_flagRef);

    // Containers reserve their reference slot before their items, as CPython's r_ref_reserve() does.
    qsizetype refSlot = -1;
    if (addRef) {
        if (qsizetype(m_refs.size()) >= s_maxItems)
            return malformed(tr("too many references"));
        refSlot = qsizetype(m_refs.size());
        m_refs.push_back(nullptr);
    }

    // Every case assigns it; the error text is formatted only for an unknown code (formatting it up front cost more
    // than the decoding).
    Result<MarshalValuePtr> result = MarshalValuePtr();
    auto make = [](MarshalValue value) { return std::make_shared<const MarshalValue>(std::move(value)); };
    qint32 length = 0;
    switch (type) {
    case 'N':
    case '0':
        result = make({});
        break;
    case 'T':
    case 'F':
        result = make({ MarshalValue::Type::Bool, type == 'T', 0, {}, {} });
        break;
    case 'i':
        if (!readI32(length))
            return malformed(tr("truncated integer"));
        result = make({ MarshalValue::Type::Int, length, 0, {}, {} });
        break;
    case 'l':
        result = readLong();
        break;
    case 's': // bytes
    case 'u': // unicode (UTF-8)
    case 't': // interned
    case 'a': // ASCII
    case 'A': // interned ASCII
        if (!readI32(length) || length < 0)
            return malformed(tr("bad string length"));
        result = readString(length, type == 's' ? MarshalValue::Type::Bytes : MarshalValue::Type::String);
        break;
    case 'z': // short ASCII
    case 'Z': { // short interned ASCII
        quint8 shortLength = 0;
        if (!readU8(shortLength))
            return malformed(tr("truncated string length"));
        result = readString(shortLength, MarshalValue::Type::String);
        break;
    }
    case ')':
    case '(':
        result = readSequence(type, MarshalValue::Type::Tuple, depth);
        break;
    case '[':
        result = readSequence(type, MarshalValue::Type::List, depth);
        break;
    case '<':
        result = readSequence(type, MarshalValue::Type::Set, depth);
        break;
    case '>':
        result = readSequence(type, MarshalValue::Type::FrozenSet, depth);
        break;
    case '.':
        result = make({ MarshalValue::Type::Ellipsis, 0, 0, {}, {} });
        break;
    case 'S':
        result = make({ MarshalValue::Type::StopIteration, 0, 0, {}, {} });
        break;
    case 'I': { // 64-bit int, read by CPython but no longer written
        qint32 low = 0, high = 0;
        if (!readI32(low) || !readI32(high))
            return malformed(tr("truncated integer"));
        result = make(
            { MarshalValue::Type::Int, qint64(quint64(quint32(low)) | (quint64(quint32(high)) << 32)), 0, {}, {} });
        break;
    }
    case 'g': // binary float
    case 'f': // text float (marshal version 0/1)
    case 'y': // binary complex
    case 'x': // text complex
        result = readFloat(type);
        break;
    case 'c':
        result = readCode(depth);
        break;
    case '{':
        result = readDict(depth);
        break;
    case 'r': {
        if (!readI32(length))
            return malformed(tr("truncated reference"));
        if (length < 0 || length >= qint32(m_refs.size()) || !m_refs[std::size_t(length)])
            return malformed(tr("reference %1 out of range").arg(length));
        result = m_refs[std::size_t(length)];
        break;
    }
    default:
        result = malformed(tr("unsupported type code 0x%1").arg(quint8(type), 2, 16, QLatin1Char('0')));
        break;
    }
    if (result && refSlot >= 0)
        m_refs[std::size_t(refSlot)] = *result;
    return result;
}

Result<MarshalValuePtr> MarshalReader::readString(qsizetype length, MarshalValue::Type type)
{
    if (length > m_data.size() - m_pos)
        return malformed(tr("string of %1 bytes runs past the end").arg(length));
    MarshalValue value;
    value.type = type;
    value.bytes = m_data.sliced(m_pos, length).toByteArray();
    m_pos += length;
    return std::make_shared<const MarshalValue>(std::move(value));
}

Result<MarshalValuePtr> MarshalReader::readLong()
{
    // Arbitrary-precision int: signed digit count, then 15-bit digits, least significant first.
    qint32 digits = 0;
    if (!readI32(digits))
        return malformed(tr("truncated long"));
    const qint64 count = digits < 0 ? -qint64(digits) : qint64(digits);
    if (count > (m_data.size() - m_pos) / 2)
        return malformed(tr("long runs past the end"));
    quint64 magnitude = 0;
    bool overflow = false;
    for (qint64 i = 0; i < count; ++i) {
        const quint16 digit = qFromLittleEndian<quint16>(m_data.data() + m_pos);
        m_pos += 2;
        if (digit > 0x7fff)
            return malformed(tr("bad long digit"));
        // 64 bits take five digits: four full ones and four bits of the fifth.
        if (i < 4 || (i == 4 && digit <= 0xf))
            magnitude |= quint64(digit) << (15 * i);
        else if (digit != 0)
            overflow = true;
    }
    // Python's ints are unbounded; ours are qint64: [-2^63, 2^63 - 1].
    const quint64 limit = quint64(std::numeric_limits<qint64>::max()) + (digits < 0 ? 1 : 0);
    overflow = overflow || magnitude > limit;
    if (overflow && !m_clampLargeIntegers)
        return malformed(tr("integer too large"));
    if (overflow)
        magnitude = limit;
    MarshalValue value;
    value.type = MarshalValue::Type::Int;
    value.integer = digits < 0 ? qint64(~magnitude + 1) : qint64(magnitude);
    return std::make_shared<const MarshalValue>(std::move(value));
}

Result<MarshalValuePtr> MarshalReader::readFloat(char code)
{
    auto one = [this, code](double& out) -> bool {
        if (code == 'g' || code == 'y') {
            if (m_pos + 8 > m_data.size())
                return false;
            const quint64 bits = qFromLittleEndian<quint64>(m_data.data() + m_pos);
            std::memcpy(&out, &bits, sizeof out);
            m_pos += 8;
            return true;
        }
        quint8 length = 0;
        if (!readU8(length) || length > m_data.size() - m_pos)
            return false;
        bool ok = false;
        out = m_data.sliced(m_pos, length).toByteArray().toDouble(&ok);
        m_pos += length;
        return ok;
    };
    MarshalValue value;
    value.type = MarshalValue::Type::Float;
    if (!one(value.number))
        return malformed(tr("bad float"));
    if (code == 'g' || code == 'f')
        return std::make_shared<const MarshalValue>(std::move(value));
    MarshalValue imaginary;
    imaginary.type = MarshalValue::Type::Float;
    if (!one(imaginary.number))
        return malformed(tr("bad complex"));
    MarshalValue complex;
    complex.type = MarshalValue::Type::Complex;
    complex.items = { std::make_shared<const MarshalValue>(std::move(value)),
        std::make_shared<const MarshalValue>(std::move(imaginary)) };
    return std::make_shared<const MarshalValue>(std::move(complex));
}

Result<MarshalValuePtr> MarshalReader::readCode(int depth)
{
    // The fields in the order Python/marshal.c w_object() writes them for each version; integers are raw i32.
    using F = MarshalValue::CodeField;
    constexpr int Skip = -1; // read and dropped (3.8-3.10 nlocals, freevars, cellvars)
    static constexpr int s_py311[] = { F::ArgCount, F::PosOnlyArgCount, F::KwOnlyArgCount, F::StackSize, F::Flags,
        F::Bytecode, F::Consts, F::Names, F::LocalsPlusNames, F::LocalsPlusKinds, F::FileName, F::Name, F::QualName,
        F::FirstLineNo, F::LineTable, F::ExceptionTable };
    static constexpr int s_py38[]
        = { F::ArgCount, F::PosOnlyArgCount, F::KwOnlyArgCount, Skip, F::StackSize, F::Flags, F::Bytecode, F::Consts,
              F::Names, F::LocalsPlusNames, Skip, Skip, F::FileName, F::Name, F::FirstLineNo, F::LineTable };
    static constexpr int s_rawIntFields = 5; // the leading counts and flags (3.8-3.10: six, with nlocals)
    const bool modern = m_pythonVersion >= 311;
    const int* layout = modern ? s_py311 : s_py38;
    const int count = modern ? int(std::size(s_py311)) : int(std::size(s_py38));
    const int rawInts = modern ? s_rawIntFields : s_rawIntFields + 1;

    MarshalValue code;
    code.type = MarshalValue::Type::Code;
    code.items.assign(std::size_t(F::CodeFieldCount), std::make_shared<const MarshalValue>());
    for (int i = 0; i < count; ++i) {
        MarshalValuePtr field;
        if (i < rawInts || layout[i] == F::FirstLineNo) {
            qint32 number = 0;
            if (!readI32(number))
                return malformed(tr("truncated code object"));
            MarshalValue value;
            value.type = MarshalValue::Type::Int;
            value.integer = number;
            field = std::make_shared<const MarshalValue>(std::move(value));
        } else {
            auto item = read(depth + 1);
            if (!item)
                return item.error();
            field = std::move(*item);
        }
        if (layout[i] != Skip)
            code.items[std::size_t(layout[i])] = std::move(field);
    }
    return std::make_shared<const MarshalValue>(std::move(code));
}

Result<MarshalValuePtr> MarshalReader::readSequence(char code, MarshalValue::Type type, int depth)
{
    qint64 count = 0;
    if (code == ')') {
        quint8 small = 0;
        if (!readU8(small))
            return malformed(tr("truncated tuple size"));
        count = small;
    } else {
        qint32 n = 0;
        if (!readI32(n) || n < 0)
            return malformed(tr("bad sequence size"));
        count = n;
    }
    // Every item takes at least one byte: a count larger than what is left is a lie.
    if (count > m_data.size() - m_pos || count > s_maxItems)
        return malformed(tr("sequence of %1 items cannot fit").arg(count));
    MarshalValue value;
    value.type = type;
    value.items.reserve(std::size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        auto item = read(depth + 1);
        if (!item)
            return item.error();
        value.items.push_back(std::move(*item));
    }
    return std::make_shared<const MarshalValue>(std::move(value));
}

Result<MarshalValuePtr> MarshalReader::readDict(int depth)
{
    MarshalValue value;
    value.type = MarshalValue::Type::Dict;
    while (true) {
        if (m_pos >= m_data.size())
            return malformed(tr("unterminated dict"));
        if (m_data[m_pos] == '0') { // NULL ends a dict
            ++m_pos;
            break;
        }
        if (qsizetype(value.items.size()) >= 2 * s_maxItems)
            return malformed(tr("dict too large"));
        auto key = read(depth + 1);
        if (!key)
            return key.error();
        auto item = read(depth + 1);
        if (!item)
            return item.error();
        value.items.push_back(std::move(*key));
        value.items.push_back(std::move(*item));
    }
    return std::make_shared<const MarshalValue>(std::move(value));
}

} // namespace BundleScope
