// SPDX-License-Identifier: GPL-3.0-or-later
#include "marshalstrings.h"

#include <QtEndian>

#include <limits>

namespace BundleScope {

namespace {
    constexpr int s_maxDepth = 200; // nested functions and classes: two levels per code object
    constexpr quint8 s_flagRef = 0x80;
    constexpr qsizetype s_pycHeader = 16;

    class Walker {
    public:
        Walker(QByteArrayView data, int version, const MarshalStrings::Visitor& visitor)
            : m_data(data)
            , m_version(version)
            , m_visitor(visitor)
        {
        }
        bool walk() { return object(0); }

    private:
        bool skip(qsizetype bytes)
        {
            if (bytes < 0 || bytes > m_data.size() - m_pos)
                return false;
            m_pos += bytes;
            return true;
        }
        bool u8(quint8& out)
        {
            if (m_pos >= m_data.size())
                return false;
            out = quint8(m_data[m_pos++]);
            return true;
        }
        bool i32(qint32& out)
        {
            if (m_data.size() - m_pos < 4)
                return false;
            out = qFromLittleEndian<qint32>(m_data.data() + m_pos);
            m_pos += 4;
            return true;
        }
        bool string(qsizetype length)
        {
            if (length < 0 || length > m_data.size() - m_pos)
                return false;
            m_visitor(m_data.sliced(m_pos, length));
            m_pos += length;
            return true;
        }
        bool items(qint64 count, int depth)
        {
            if (count < 0 || count > m_data.size() - m_pos)
                return false; // every item takes at least one byte
            for (qint64 i = 0; i < count; ++i) {
                if (!object(depth + 1))
                    return false;
            }
            return true;
        }
        bool code(int depth)
        {
            if (m_version == 0) {
                // Guess: in 3.11+ the sixth i32 slot is already the co_code bytes object ('s', maybe with FLAG_REF).
                if (m_data.size() - m_pos < 21)
                    return false;
                const quint8 next = quint8(m_data[m_pos + 20]) & ~s_flagRef;
                m_version = next == 's' ? 311 : 310;
            }
            const int ints = m_version >= 311 ? 5 : (m_version >= 308 ? 6 : 5);
            constexpr int before = 8; // objects before co_firstlineno, in every layout
            const int after = m_version >= 311 ? 2 : 1;
            if (!skip(4 * ints))
                return false;
            for (int i = 0; i < before; ++i) {
                if (!object(depth + 1))
                    return false;
            }
            if (!skip(4))
                return false;
            for (int i = 0; i < after; ++i) {
                if (!object(depth + 1))
                    return false;
            }
            return true;
        }
        bool object(int depth)
        {
            quint8 code = 0;
            if (depth > s_maxDepth || !u8(code))
                return false;
            qint32 n = 0;
            quint8 small = 0;
            switch (char(code & ~s_flagRef)) {
            case '0':
            case 'N':
            case 'F':
            case 'T':
            case 'S':
            case '.':
                return true;
            case 'i':
            case 'r':
                return skip(4);
            case 'I':
            case 'g':
                return skip(8);
            case 'y':
                return skip(16);
            case 'f':
                return u8(small) && skip(small);
            case 'x':
                return u8(small) && skip(small) && u8(small) && skip(small);
            case 'l':
                return i32(n) && n != std::numeric_limits<qint32>::min() && skip(2 * qsizetype(n < 0 ? -n : n));
            case 's':
            case 't':
            case 'u':
            case 'a':
            case 'A':
                return i32(n) && string(n);
            case 'z':
            case 'Z':
                return u8(small) && string(small);
            case ')':
                return u8(small) && items(small, depth);
            case '(':
            case '[':
            case '<':
            case '>':
                return i32(n) && items(n, depth);
            case '{':
                for (;;) {
                    if (m_pos >= m_data.size())
                        return false;
                    if (m_data[m_pos] == '0') {
                        ++m_pos;
                        return true;
                    }
                    if (!object(depth + 1) || !object(depth + 1))
                        return false;
                }
            case 'c':
                return this->code(depth);
            default:
                return false;
            }
        }

        QByteArrayView m_data;
        qsizetype m_pos = 0;
        int m_version;
        const MarshalStrings::Visitor& m_visitor;
    };
} // namespace

int MarshalStrings::versionFromMagic(quint16 magic)
{
    // Lib/importlib/_bootstrap_external.py: the magic numbers each CPython 3 release line used (3.13 ran up to 3571,
    // its final number; 3.14 starts at 3600).
    static constexpr struct {
        quint16 first;
        int version;
    } s_ranges[] = { { 3600, 314 }, { 3550, 313 }, { 3500, 312 }, { 3450, 311 }, { 3430, 310 }, { 3420, 309 },
        { 3400, 308 }, { 3390, 307 } };
    for (const auto& range : s_ranges) {
        if (magic >= range.first)
            return magic < 3700 ? range.version : 0;
    }
    return 0;
}

bool MarshalStrings::visit(QByteArrayView data, int pythonVersion, const Visitor& visitor)
{
    Walker walker(data, pythonVersion, visitor);
    return walker.walk();
}

bool MarshalStrings::visitPyc(QByteArrayView pyc, const Visitor& visitor)
{
    if (pyc.size() < s_pycHeader || pyc[2] != '\r' || pyc[3] != '\n')
        return false;
    const int version = versionFromMagic(qFromLittleEndian<quint16>(pyc.data()));
    if (version < 307)
        return false; // older headers are 8 or 12 bytes; PyInstaller 6 needs 3.8+
    return visit(pyc.sliced(s_pycHeader), version, visitor);
}

} // namespace BundleScope
