// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyinstallerarchivewriter.h"

#include <QtEndian>

#include <zlib.h>

#include <map>

namespace BundleScope {

namespace {
    QByteArray zlibCompress(const QByteArray& data, int level)
    {
        uLongf bound = compressBound(uLong(data.size()));
        QByteArray out(qsizetype(bound), Qt::Uninitialized);
        if (compress2(reinterpret_cast<Bytef*>(out.data()), &bound, reinterpret_cast<const Bytef*>(data.constData()),
                uLong(data.size()), level)
            != Z_OK)
            return {};
        out.truncate(qsizetype(bound));
        return out;
    }

    void appendBe32(QByteArray& out, quint32 value)
    {
        char buffer[4];
        qToBigEndian(value, buffer);
        out.append(buffer, 4);
    }

    void appendLe32(QByteArray& out, qint32 value)
    {
        char buffer[4];
        qToLittleEndian(value, buffer);
        out.append(buffer, 4);
    }

    // Marshal v4 as CPython writes a TOC list: small ints are shared objects, so the first occurrence carries FLAG_REF
    // and later ones are back-references ('r').
    class TocMarshaller {
    public:
        void writeInt(qint32 value)
        {
            const bool shared = value >= -5 && value <= 256; // CPython's small-int cache
            if (shared) {
                const auto it = m_refs.find(value);
                if (it != m_refs.end()) {
                    m_out.append('r');
                    appendLe32(m_out, it->second);
                    return;
                }
                m_refs.emplace(value, m_nextRef++);
                m_out.append(char('i' | 0x80));
            } else {
                m_out.append('i');
            }
            appendLe32(m_out, value);
        }
        void writeName(const QByteArray& name)
        {
            // Interned ASCII names with FLAG_REF: 'Z' (short) or 'A'.
            ++m_nextRef;
            if (name.size() < 256) {
                m_out.append(char('Z' | 0x80));
                m_out.append(char(name.size()));
            } else {
                m_out.append(char('A' | 0x80));
                appendLe32(m_out, qint32(name.size()));
            }
            m_out.append(name);
        }
        void beginList(qint32 count)
        {
            m_out.append('[');
            appendLe32(m_out, count);
        }
        void beginSmallTuple(quint8 count)
        {
            m_out.append(')');
            m_out.append(char(count));
        }
        QByteArray result() const { return m_out; }

    private:
        QByteArray m_out;
        std::map<qint32, qint32> m_refs;
        qint32 m_nextRef = 0;
    };
} // namespace

void PyzWriter::addModule(const QByteArray& name, Type type, const QByteArray& marshalledCode)
{
    m_items.push_back({ name, type, zlibCompress(marshalledCode, 6) });
}

QByteArray PyzWriter::finish(const QByteArray& pycMagic) const
{
    QByteArray out("PYZ\0", 4);
    out.append(pycMagic.left(4));
    appendBe32(out, 0); // TOC offset, patched below
    TocMarshaller toc;
    toc.beginList(qint32(m_items.size()));
    for (const Item& item : m_items) {
        const qint32 offset = qint32(out.size());
        out.append(item.compressed);
        toc.beginSmallTuple(2);
        toc.writeName(item.name);
        toc.beginSmallTuple(3);
        toc.writeInt(qint32(item.type));
        toc.writeInt(offset);
        toc.writeInt(qint32(item.compressed.size()));
    }
    qToBigEndian(quint32(out.size()), out.data() + 8);
    out.append(toc.result());
    return out;
}

void CArchiveWriter::add(const QByteArray& name, char typeCode, const QByteArray& data, bool compress)
{
    const QByteArray stored = compress ? zlibCompress(data, 9) : data;
    m_items.push_back({ name, typeCode, stored, quint32(data.size()), compress });
}

QByteArray CArchiveWriter::finish(int pythonVersion, const QByteArray& pythonLibrary) const
{
    QByteArray pkg;
    QByteArray toc;
    for (const Item& item : m_items) {
        const quint32 offset = quint32(pkg.size());
        pkg.append(item.stored);
        // 18-byte header + name + NUL, padded to a multiple of 16.
        const qsizetype raw = 18 + item.name.size() + 1;
        const qsizetype padded = (raw + 15) / 16 * 16;
        appendBe32(toc, quint32(padded));
        appendBe32(toc, offset);
        appendBe32(toc, quint32(item.stored.size()));
        appendBe32(toc, item.length);
        toc.append(char(item.compressed ? 1 : 0));
        toc.append(item.typeCode);
        toc.append(item.name);
        toc.append(QByteArray(padded - 18 - item.name.size(), '\0'));
    }
    const quint32 tocOffset = quint32(pkg.size());
    pkg.append(toc);
    const quint32 packageLength = quint32(pkg.size() + 88);
    pkg.append("MEI\014\013\012\013\016", 8);
    appendBe32(pkg, packageLength);
    appendBe32(pkg, tocOffset);
    appendBe32(pkg, quint32(toc.size()));
    appendBe32(pkg, quint32(pythonVersion));
    QByteArray library = pythonLibrary.left(63);
    library.append(QByteArray(64 - library.size(), '\0'));
    pkg.append(library);
    return pkg;
}

} // namespace BundleScope
