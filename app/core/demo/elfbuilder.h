// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elfstringtable.h"
#include "elfwriter.h"

#include <vector>

namespace BundleScope {

class ElfStream;

// Builds one ELF image for ElfWriter in four steps: create the sections, size the address-dependent tables, lay the
// sections out in file and memory, fill the tables and serialize. Single use, one thread; borrows spec and random.
class ElfBuilder {
public:
    ElfBuilder(const ElfSpec& spec, DemoRandom& random);
    QByteArray build();

private:
    struct Section {
        QByteArray name;
        quint32 type = 0;
        quint64 flags = 0;
        quint64 align = 1;
        quint64 entsize = 0;
        quint32 link = 0;
        quint32 info = 0;
        QByteArray data;
        quint64 addr = 0;
        quint64 offset = 0;
        quint32 nameOffset = 0;
    };
    struct Symbol {
        quint32 name = 0;
        quint8 info = 0; // (binding << 4) | type
        quint16 shndx = 0;
        quint64 value = 0;
        quint64 size = 0;
    };

    int add(const QByteArray& name, quint32 type, quint64 flags, quint64 align, quint64 entsize = 0);
    quint64 wordSize() const { return m_spec.is64 ? 8 : 4; }
    quint64 symSize() const { return m_spec.is64 ? 24 : 16; }
    quint64 ehdrSize() const { return m_spec.is64 ? 64 : 52; }
    quint64 phentSize() const { return m_spec.is64 ? 56 : 32; }
    quint64 shentSize() const { return m_spec.is64 ? 64 : 40; }
    int phnum() const { return m_rel ? 0 : (m_interpreted ? 6 : 4); }

    void addSections();
    void linkSections();
    void addDebugSections();
    void layout();
    void fillTables();
    std::vector<Symbol> functionSymbols(ElfStringTable& strings, const QList<QByteArray>& names, quint8 info) const;
    QByteArray symbolTable(const std::vector<Symbol>& symbols) const;
    QByteArray hashTable(const std::vector<Symbol>& symbols, const ElfStringTable& strings) const;
    QByteArray dynamicTable();
    QByteArray serialize() const;
    void writeFileHeader(ElfStream& out) const;
    void writeProgramHeaders(ElfStream& out) const;
    void writeSectionHeaders(ElfStream& out) const;

    const ElfSpec& m_spec;
    DemoRandom& m_random;
    const bool m_rel;
    const bool m_exec;
    const bool m_interpreted; // PT_PHDR + PT_INTERP: executables and runnable shared objects
    const bool m_unstripped;
    std::vector<Section> m_sections;
    ElfStringTable m_dynstr;
    int m_interp = 0, m_hash = 0, m_dynsym = 0, m_dynstrIndex = 0, m_text = 0, m_dynamic = 0;
    int m_symtab = 0, m_strtab = 0, m_shstrtab = 0;
    quint64 m_rxEnd = 0;
    quint64 m_shoff = 0;
};

} // namespace BundleScope
