// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binfmt/elfinfo.h"

#include <vector>

namespace BundleScope {

// Models how GNU strip (binutils objcopy, bfd/elf.c assign_file_positions_except_relocs) rewrites an ELF file:
// sections covered by loadable segments keep their offsets; the kept non-ALLOC sections follow the last segment in
// their original order, each at its sh_addralign; .shstrtab is rebuilt with suffix merging; the section header table
// comes last, aligned to the word size. The saving is the file size minus that layout's end, so removed bytes,
// their header entries, the smaller .shstrtab and padding are all counted. Exact (to the byte for --strip-all, within
// a few bytes for --strip-debug) on linked files (ET_EXEC / ET_DYN); relocatable objects (ET_REL) are rewritten
// differently by strip and only approximated. Stateless, any thread.
class ElfStripModel {
public:
    enum class Mode { StripAll, StripDebug };

    // .debug_* / .zdebug_* / .gnu.debuglto_* / .stab* / .line, never ALLOC.
    static bool isDebugSection(const ElfSection& section);
    // Per section index: does `strip` (mode) remove it? SHF_ALLOC sections (.dynsym, .dynstr, …) never.
    static std::vector<bool> removedSections(const ElfInfo& info, Mode mode);
    static quint64 strippedSize(const ElfInfo& info, Mode mode);
    static ElfStripSavings savings(const ElfInfo& info);
    // Size of a string table holding `names` with shared suffixes merged, as bfd's elf-strtab.c builds it.
    static quint64 mergedStringTableSize(std::vector<QByteArray> names);

private:
    static quint64 keptSectionSize(const ElfInfo& info, std::size_t index, Mode mode, quint64 namesSize);
};

} // namespace BundleScope
