// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace BundleScope {

// One section header (System V gABI, "Sections"; Oracle Linker and Libraries Guide, "Section Header").
struct ElfSection {
    enum Type : quint32 { Null = 0, ProgBits = 1, SymTab = 2, StrTab = 3, Rela = 4, Dynamic = 6, NoBits = 8, Rel = 9 };
    static constexpr quint64 FlagAlloc = 0x2; // SHF_ALLOC: occupies memory at run time

    QString name;
    quint32 type = Null;
    quint64 flags = 0;
    quint64 offset = 0;
    quint64 size = 0;
    quint64 addralign = 0;
    quint64 entsize = 0;
    quint32 link = 0;
    quint32 info = 0;

    bool isAlloc() const { return (flags & FlagAlloc) != 0; }
    quint64 fileSize() const { return type == NoBits ? 0 : size; }
};

// One program header (gABI "Program Header").
struct ElfSegment {
    enum Type : quint32 { Load = 1, Dynamic = 2 };
    quint32 type = 0;
    quint32 flags = 0;
    quint64 offset = 0;
    quint64 vaddr = 0;
    quint64 fileSize = 0;
    quint64 memSize = 0;
    quint64 align = 0;
};

// Bytes `strip` would take out of the file, as ElfStripModel computes them from the rewritten layout.
struct ElfStripSavings {
    quint64 stripAll = 0; // strip / strip --strip-all: symbol tables and debug sections
    quint64 stripDebug = 0; // strip --strip-debug (strip -g): debug sections and debugging symbols
};

// Debugging symbols --strip-debug drops from .symtab (STT_FILE and section symbols of removed sections) and the
// .strtab bytes only they used; filled by ElfReader when the symbol table could be read.
struct ElfDebugSymbols {
    bool known = false;
    quint64 count = 0;
    quint64 stringBytes = 0;
};

// What ElfReader found in an ELF file; a value, shared freely between threads.
struct ElfInfo {
    enum FileType : quint16 { Relocatable = 1, ExecutableFile = 2, SharedObject = 3, Core = 4 };

    bool is64 = false;
    bool bigEndian = false;
    quint16 fileType = 0;
    quint16 machine = 0;
    quint64 fileSize = 0;
    quint16 headerSize = 0;
    quint64 programHeaderBytes = 0; // e_phoff + e_phnum * e_phentsize
    quint16 sectionHeaderEntrySize = 0;
    quint32 sectionNameTableIndex = 0;
    std::vector<ElfSection> sections;
    std::vector<ElfSegment> segments;
    ElfDebugSymbols debugSymbols;

    // From the dynamic section (raw strings; $ORIGIN is left for the caller to expand).
    QStringList needed;
    QString soname;
    QString rpath;
    QString runpath;

    ElfStripSavings strip;

    // What `strip` (stripAll) and `strip --strip-debug` (stripDebug) would save; both 0 for a stripped file.
    ElfStripSavings debugBytes() const { return strip; }
    bool isStripped() const { return strip.stripAll == 0; }
};

} // namespace BundleScope
