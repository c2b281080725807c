// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtEndian>

#include <vector>

namespace BundleScope::Test {

// Writes a small ELF file byte by byte (System V gABI layouts) for the reader tests: header, a PT_LOAD covering the
// ALLOC sections, a PT_DYNAMIC when a .dynamic section is added, section data in order, .shstrtab, then the section
// header table. Offsets of everything are recorded so tests can corrupt precise fields. Test thread only.
class ElfImage {
public:
    struct Section {
        QByteArray name;
        quint32 type = 1;
        quint64 flags = 0;
        QByteArray data;
        quint64 align = 1;
        quint32 link = 0;
        quint32 info = 0;
        quint64 entsize = 0;
        quint64 offset = 0; // filled by build()
    };

    ElfImage(bool is64, bool bigEndian)
        : m_is64(is64)
        , m_bigEndian(bigEndian)
    {
    }
    int add(Section section)
    {
        m_sections.push_back(std::move(section));
        return int(m_sections.size()); // index in the section header table (0 is the null section)
    }
    // The 2- to 8-byte integer `value` in this image's byte order.
    QByteArray integer(quint64 value, int width) const
    {
        QByteArray out(width, '\0');
        for (int i = 0; i < width; ++i) {
            const int shift = 8 * (m_bigEndian ? width - 1 - i : i);
            out[i] = char((value >> shift) & 0xff);
        }
        return out;
    }
    QByteArray word(quint64 value) const { return integer(value, m_is64 ? 8 : 4); }

    QByteArray build()
    {
        const int ehsize = m_is64 ? 64 : 52, phentsize = m_is64 ? 56 : 32, shentsize = m_is64 ? 64 : 40;
        QByteArray names(1, '\0');
        std::vector<quint32> nameOffsets;
        for (const Section& s : m_sections) {
            nameOffsets.push_back(quint32(names.size()));
            names += s.name + '\0';
        }
        nameOffsets.push_back(quint32(names.size()));
        names += QByteArray(".shstrtab") + '\0';
        m_sections.push_back({ QByteArray(".shstrtab"), 3, 0, names, 1, 0, 0, 0, 0 });
        const int dynamic = dynamicIndex();
        const int phnum = dynamic >= 0 ? 2 : 1;
        quint64 pos = quint64(ehsize + phnum * phentsize), allocEnd = pos;
        for (Section& s : m_sections) {
            pos = (pos + s.align - 1) / qMax<quint64>(1, s.align) * qMax<quint64>(1, s.align);
            s.offset = pos;
            pos += quint64(s.data.size());
            if (s.flags & 2)
                allocEnd = pos;
        }
        m_shoff = (pos + 7) / 8 * 8;
        QByteArray out = header(phnum, m_shoff, quint16(m_sections.size() + 1));
        out += segment(1, 0, allocEnd);
        if (dynamic >= 0)
            out += segment(2, m_sections[dynamic].offset, quint64(m_sections[dynamic].data.size()));
        for (const Section& s : m_sections) {
            out.append(QByteArray(qsizetype(s.offset) - out.size(), '\0'));
            out += s.data;
        }
        out.append(QByteArray(qsizetype(m_shoff) - out.size(), '\0'));
        out += QByteArray(shentsize, '\0');
        for (std::size_t i = 0; i < m_sections.size(); ++i)
            out += sectionHeader(m_sections[i], nameOffsets[i]);
        return out;
    }
    quint64 sectionHeaderOffset() const { return m_shoff; }
    const std::vector<Section>& sections() const { return m_sections; }

private:
    int dynamicIndex() const
    {
        for (std::size_t i = 0; i < m_sections.size(); ++i) {
            if (m_sections[i].type == 6)
                return int(i);
        }
        return -1;
    }
    QByteArray header(int phnum, quint64 shoff, quint16 shnum) const
    {
        QByteArray h("\x7f"
                     "ELF",
            4);
        h += char(m_is64 ? 2 : 1);
        h += char(m_bigEndian ? 2 : 1);
        h += char(1);
        h += QByteArray(9, '\0');
        h += integer(3, 2) + integer(m_is64 ? 62 : 20, 2) + integer(1, 4); // ET_DYN, machine, EV_CURRENT
        h += word(0) + word(m_is64 ? 64 : 52) + word(shoff) + integer(0, 4);
        h += integer(m_is64 ? 64 : 52, 2) + integer(m_is64 ? 56 : 32, 2) + integer(quint64(phnum), 2);
        h += integer(m_is64 ? 64 : 40, 2) + integer(shnum, 2) + integer(shnum - 1u, 2);
        return h;
    }
    QByteArray segment(quint32 type, quint64 offset, quint64 size) const
    {
        if (m_is64)
            return integer(type, 4) + integer(4, 4) + word(offset) + word(offset) + word(offset) + word(size)
                + word(size) + word(8);
        return integer(type, 4) + word(offset) + word(offset) + word(offset) + word(size) + word(size) + word(4)
            + word(4);
    }
    QByteArray sectionHeader(const Section& s, quint32 name) const
    {
        const quint64 address = (s.flags & 2) ? s.offset : 0;
        return integer(name, 4) + integer(s.type, 4) + word(s.flags) + word(address) + word(s.offset)
            + word(quint64(s.data.size())) + integer(s.link, 4) + integer(s.info, 4) + word(s.align) + word(s.entsize);
    }

    bool m_is64;
    bool m_bigEndian;
    std::vector<Section> m_sections;
    quint64 m_shoff = 0;
};

} // namespace BundleScope::Test
