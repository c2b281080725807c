// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtEndian>

namespace BundleScope {

// Appends ELF fields to a byte array in the file's byte order and class (32-bit fields for "addresses" and "offsets"
// in ELFCLASS32, 64-bit in ELFCLASS64), as laid out in the System V gABI, chapter 4 "Object Files". Used by ElfWriter
// on one thread; does not own the array.
class ElfStream {
public:
    ElfStream(QByteArray& out, bool is64, bool bigEndian)
        : m_out(out)
        , m_is64(is64)
        , m_bigEndian(bigEndian)
    {
    }

    void u8(quint8 value) { m_out.append(char(value)); }
    void u16(quint16 value) { put(value); }
    void u32(quint32 value) { put(value); }
    void u64(quint64 value) { put(value); }
    // Elf32_Addr/Elf32_Off/Elf32_Word or Elf64_Addr/Elf64_Off/Elf64_Xword, by class.
    void word(quint64 value)
    {
        if (m_is64)
            put(value);
        else
            put(quint32(value));
    }
    void padTo(qsizetype size)
    {
        if (m_out.size() < size)
            m_out.append(size - m_out.size(), '\0');
    }

private:
    template <typename T> void put(T value)
    {
        char bytes[sizeof(T)];
        if (m_bigEndian)
            qToBigEndian(value, bytes);
        else
            qToLittleEndian(value, bytes);
        m_out.append(bytes, qsizetype(sizeof(T)));
    }

    QByteArray& m_out;
    bool m_is64;
    bool m_bigEndian;
};

} // namespace BundleScope
