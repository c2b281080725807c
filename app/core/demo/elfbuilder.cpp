// SPDX-License-Identifier: GPL-3.0-or-later
#include "elfbuilder.h"

#include "demorandom.h"
#include "elfstream.h"

namespace BundleScope {

namespace {

    // Constants from the System V gABI ("ELF Header", "Sections", "Program Header", "Dynamic Section").
    enum : quint32 { ShtProgbits = 1, ShtSymtab = 2, ShtStrtab = 3, ShtHash = 5, ShtDynamic = 6, ShtDynsym = 11 };
    enum : quint64 { ShfWrite = 1, ShfAlloc = 2, ShfExec = 4, ShfMerge = 0x10, ShfStrings = 0x20 };
    enum : quint32 { PtLoad = 1, PtDynamic = 2, PtInterp = 3, PtPhdr = 6, PtGnuStack = 0x6474e551 };
    enum : quint32 { PfX = 1, PfW = 2, PfR = 4 };
    enum : quint64 {
        DtNull = 0,
        DtNeeded = 1,
        DtHash = 4,
        DtStrtab = 5,
        DtSymtab = 6,
        DtStrsz = 10,
        DtSyment = 11,
        DtSoname = 14,
        DtDebug = 21,
        DtRunpath = 29,
        DtFlags1 = 0x6ffffffb,
    };
    enum : quint8 { SymLocalFunc = 0x02, SymLocalFile = 0x04, SymGlobalFunc = 0x12 };
    constexpr quint64 Df1Pie = 0x08000000;
    constexpr quint64 PageSize = 0x1000;
    constexpr quint16 ShnAbs = 0xfff1;

    quint64 alignUp(quint64 value, quint64 alignment)
    {
        return (value + alignment - 1) / alignment * alignment;
    }

} // namespace

ElfBuilder::ElfBuilder(const ElfSpec& spec, DemoRandom& random)
    : m_spec(spec)
    , m_random(random)
    , m_rel(spec.kind == ElfSpec::Kind::Relocatable)
    , m_exec(spec.kind == ElfSpec::Kind::Executable)
    , m_interpreted(m_exec || (spec.kind == ElfSpec::Kind::SharedObject && spec.runnable))
    , m_unstripped(spec.debugSize > 0 || m_rel)
    , m_sections(1)
{
    m_sections[0].align = 0; // the null section header is all zeros
}

QByteArray ElfBuilder::build()
{
    addSections();
    fillTables(); // sizes only: addresses are still 0
    layout();
    fillTables();
    return serialize();
}

int ElfBuilder::add(const QByteArray& name, quint32 type, quint64 flags, quint64 align, quint64 entsize)
{
    Section section;
    section.name = name;
    section.type = type;
    section.flags = flags;
    section.align = align;
    section.entsize = entsize;
    m_sections.push_back(section);
    return int(m_sections.size()) - 1;
}

void ElfBuilder::addSections()
{
    const quint64 word = wordSize();
    if (m_interpreted) {
        m_interp = add(".interp", ShtProgbits, ShfAlloc, 1);
        m_sections[m_interp].data = m_spec.interpreter + '\0';
    }
    if (!m_rel) {
        m_hash = add(".hash", ShtHash, ShfAlloc, word, 4);
        m_dynsym = add(".dynsym", ShtDynsym, ShfAlloc, word, symSize());
        m_dynstrIndex = add(".dynstr", ShtStrtab, ShfAlloc, 1);
    }
    m_text = add(".text", ShtProgbits, ShfAlloc | ShfExec, 16);
    m_sections[m_text].data = m_random.codeLike(qMax<qint64>(16, m_spec.textSize));
    if (m_spec.rodataSize > 0) {
        const int rodata = add(".rodata", ShtProgbits, ShfAlloc, 16);
        m_sections[rodata].data = m_random.codeLike(m_spec.rodataSize);
    }
    if (!m_rel)
        m_dynamic = add(".dynamic", ShtDynamic, ShfAlloc | ShfWrite, word, 2 * word);
    for (const ElfSpec::ExtraSection& extra : m_spec.extraSections)
        m_sections[add(extra.name, ShtProgbits, 0, 1)].data = extra.data;
    if (m_unstripped) {
        addDebugSections();
        m_symtab = add(".symtab", ShtSymtab, 0, word, symSize());
        m_strtab = add(".strtab", ShtStrtab, 0, 1);
    }
    m_shstrtab = add(".shstrtab", ShtStrtab, 0, 1);
    linkSections();
}

void ElfBuilder::linkSections()
{
    ElfStringTable names;
    for (Section& section : m_sections)
        section.nameOffset = names.add(section.name);
    m_sections[m_shstrtab].data = names.data();
    if (m_dynsym) {
        m_sections[m_dynsym].link = quint32(m_dynstrIndex);
        m_sections[m_dynsym].info = 1; // only the null symbol is local
        m_sections[m_hash].link = quint32(m_dynsym);
        m_sections[m_dynamic].link = quint32(m_dynstrIndex);
    }
    if (m_symtab)
        m_sections[m_symtab].link = quint32(m_strtab);
}

void ElfBuilder::addDebugSections()
{
    static constexpr const char* words[] = { "tensor", "kernel", "dispatch", "native", "cpu", "impl", "stride",
        "storage", "allocator", "reduce", "vectorized", "index", "scalar", "dtype", "device", "stream" };
    const qint64 total = m_spec.debugSize;
    if (total <= 0)
        return; // a relocatable object without debug information still gets a .symtab
    const int comment = add(".comment", ShtProgbits, ShfMerge | ShfStrings, 1, 1);
    m_sections[comment].data = QByteArrayLiteral("GCC: (Debian 12.2.0-14) 12.2.0\0");
    const int abbrev = add(".debug_abbrev", ShtProgbits, 0, 1);
    m_sections[abbrev].data = m_random.codeLike(qMax<qint64>(64, total / 40));
    const int info = add(".debug_info", ShtProgbits, 0, 1);
    m_sections[info].data = m_random.codeLike(qMax<qint64>(64, total / 2));
    const int line = add(".debug_line", ShtProgbits, 0, 1);
    m_sections[line].data = m_random.codeLike(qMax<qint64>(64, total / 6));
    const int str = add(".debug_str", ShtProgbits, ShfMerge | ShfStrings, 1, 1);
    const qint64 strSize = qMax<qint64>(64, total - total / 40 - total / 2 - total / 6);
    QByteArray strings;
    strings.reserve(strSize + 64);
    while (strings.size() < strSize) {
        strings.append("at::").append(words[m_random.bounded(16)]).append("::");
        strings.append(words[m_random.bounded(16)]).append('_').append(QByteArray::number(m_random.bounded(4096)));
        strings.append('\0');
    }
    strings.truncate(strSize); // the same size for every seed
    strings.back() = '\0';
    m_sections[str].data = strings;
}

void ElfBuilder::layout()
{
    quint64 offset = m_rel ? ehdrSize() : ehdrSize() + quint64(phnum()) * phentSize();
    for (Section& section : m_sections) {
        if (section.type == 0)
            continue;
        const bool alloc = section.flags & ShfAlloc;
        offset = alignUp(offset, section.align);
        section.offset = offset;
        if (alloc && !m_rel) {
            // The writable part starts a new page in memory at the same page offset (p_offset == p_vaddr mod align).
            section.addr = (section.flags & ShfWrite) ? offset + PageSize : offset;
        }
        if (alloc && !(section.flags & ShfWrite))
            m_rxEnd = offset + quint64(section.data.size());
        offset += quint64(section.data.size());
    }
    m_shoff = alignUp(offset, wordSize());
}

// Functions spread over .text; uses no randomness, so the sizing pass and the final pass agree.
std::vector<ElfBuilder::Symbol> ElfBuilder::functionSymbols(
    ElfStringTable& strings, const QList<QByteArray>& names, quint8 info) const
{
    const Section& text = m_sections[m_text];
    const quint64 textSize = quint64(text.data.size());
    const quint64 stride = qMax<quint64>(16, textSize / quint64(qMax<qsizetype>(1, names.size())) / 16 * 16);
    std::vector<Symbol> symbols;
    for (qsizetype i = 0; i < names.size(); ++i) {
        Symbol symbol;
        symbol.name = strings.add(names[i]);
        symbol.info = info;
        symbol.shndx = quint16(m_text);
        const quint64 start = (quint64(i) * stride) % textSize / 16 * 16;
        symbol.value = text.addr + start;
        symbol.size = qMin(stride, textSize - start);
        symbols.push_back(symbol);
    }
    return symbols;
}

QByteArray ElfBuilder::symbolTable(const std::vector<Symbol>& symbols) const
{
    QByteArray out;
    ElfStream s(out, m_spec.is64, m_spec.bigEndian);
    for (const Symbol& symbol : symbols) {
        s.u32(symbol.name);
        if (m_spec.is64) {
            s.u8(symbol.info);
            s.u8(0);
            s.u16(symbol.shndx);
            s.u64(symbol.value);
            s.u64(symbol.size);
        } else {
            s.u32(quint32(symbol.value));
            s.u32(quint32(symbol.size));
            s.u8(symbol.info);
            s.u8(0);
            s.u16(symbol.shndx);
        }
    }
    return out;
}

// SysV hash table (gABI "Hash Table"): nbucket, nchain, buckets, chains; symbol 0 is the null symbol.
QByteArray ElfBuilder::hashTable(const std::vector<Symbol>& symbols, const ElfStringTable& strings) const
{
    const quint32 chainCount = quint32(symbols.size());
    const quint32 bucketCount = qMax<quint32>(1, chainCount / 2 + 1);
    std::vector<quint32> buckets(bucketCount, 0);
    std::vector<quint32> chains(chainCount, 0);
    for (quint32 index = 1; index < chainCount; ++index) {
        const QByteArray name(strings.data().constData() + symbols[index].name);
        const quint32 bucket = ElfWriter::sysvHash(name) % bucketCount;
        chains[index] = buckets[bucket];
        buckets[bucket] = index;
    }
    QByteArray out;
    ElfStream s(out, m_spec.is64, m_spec.bigEndian);
    s.u32(bucketCount);
    s.u32(chainCount);
    for (const quint32 value : buckets)
        s.u32(value);
    for (const quint32 value : chains)
        s.u32(value);
    return out;
}

QByteArray ElfBuilder::dynamicTable()
{
    QByteArray out;
    ElfStream s(out, m_spec.is64, m_spec.bigEndian);
    const auto entry = [&s](quint64 tag, quint64 value) {
        s.word(tag);
        s.word(value);
    };
    for (const QByteArray& needed : m_spec.needed)
        entry(DtNeeded, m_dynstr.add(needed));
    if (!m_spec.soname.isEmpty() && !m_exec)
        entry(DtSoname, m_dynstr.add(m_spec.soname));
    if (!m_spec.runpath.isEmpty())
        entry(DtRunpath, m_dynstr.add(m_spec.runpath));
    entry(DtHash, m_sections[m_hash].addr);
    entry(DtStrtab, m_sections[m_dynstrIndex].addr);
    entry(DtSymtab, m_sections[m_dynsym].addr);
    entry(DtStrsz, quint64(m_dynstr.data().size()));
    entry(DtSyment, symSize());
    if (m_exec) {
        entry(DtDebug, 0);
        entry(DtFlags1, Df1Pie);
    }
    entry(DtNull, 0);
    return out;
}

void ElfBuilder::fillTables()
{
    if (!m_rel) {
        m_dynstr = ElfStringTable();
        for (const QByteArray& needed : m_spec.needed)
            m_dynstr.add(needed);
        if (!m_exec)
            m_dynstr.add(m_spec.soname);
        m_dynstr.add(m_spec.runpath);
        std::vector<Symbol> dynamic(1);
        for (const Symbol& symbol : functionSymbols(m_dynstr, m_spec.symbols, SymGlobalFunc))
            dynamic.push_back(symbol);
        m_sections[m_dynsym].data = symbolTable(dynamic);
        m_sections[m_hash].data = hashTable(dynamic, m_dynstr);
        m_sections[m_dynamic].data = dynamicTable();
        m_sections[m_dynstrIndex].data = m_dynstr.data();
    }
    if (m_symtab) {
        ElfStringTable strings;
        std::vector<Symbol> symbols(2);
        symbols[1].name = strings.add(m_spec.soname.isEmpty() ? QByteArray("main.c") : m_spec.soname + ".c");
        symbols[1].info = SymLocalFile;
        symbols[1].shndx = ShnAbs;
        QList<QByteArray> helpers;
        for (qsizetype i = 0; i < qMax<qsizetype>(2, m_spec.symbols.size() / 2); ++i)
            helpers.append("static_helper_" + QByteArray::number(i));
        for (const Symbol& symbol : functionSymbols(strings, helpers, SymLocalFunc))
            symbols.push_back(symbol);
        m_sections[m_symtab].info = quint32(symbols.size()); // index of the first global
        for (const Symbol& symbol : functionSymbols(strings, m_spec.symbols, SymGlobalFunc))
            symbols.push_back(symbol);
        m_sections[m_symtab].data = symbolTable(symbols);
        m_sections[m_strtab].data = strings.data();
    }
}

QByteArray ElfBuilder::serialize() const
{
    QByteArray out;
    out.reserve(qsizetype(m_shoff + m_sections.size() * shentSize()));
    ElfStream s(out, m_spec.is64, m_spec.bigEndian);
    writeFileHeader(s);
    writeProgramHeaders(s);
    for (const Section& section : m_sections) {
        if (section.type == 0)
            continue;
        s.padTo(qsizetype(section.offset));
        out.append(section.data);
    }
    s.padTo(qsizetype(m_shoff));
    writeSectionHeaders(s);
    return out;
}

void ElfBuilder::writeFileHeader(ElfStream& s) const
{
    for (const char c : { '\x7f', 'E', 'L', 'F' })
        s.u8(quint8(c));
    s.u8(m_spec.is64 ? 2 : 1); // EI_CLASS
    s.u8(m_spec.bigEndian ? 2 : 1); // EI_DATA
    s.u8(1); // EI_VERSION
    s.u8(0); // EI_OSABI: System V
    s.padTo(16);
    s.u16(m_rel ? 1 : 3); // ET_REL or ET_DYN (shared objects and position-independent executables)
    s.u16(m_spec.machine);
    s.u32(1); // EV_CURRENT
    s.word(m_interpreted ? m_sections[m_text].addr : 0); // e_entry
    s.word(m_rel ? 0 : ehdrSize()); // e_phoff
    s.word(m_shoff);
    s.u32(0); // e_flags
    s.u16(quint16(ehdrSize()));
    s.u16(m_rel ? 0 : quint16(phentSize()));
    s.u16(quint16(phnum()));
    s.u16(quint16(shentSize()));
    s.u16(quint16(m_sections.size()));
    s.u16(quint16(m_shstrtab));
}

void ElfBuilder::writeProgramHeaders(ElfStream& s) const
{
    const auto header
        = [this, &s](quint32 type, quint32 flags, quint64 offset, quint64 vaddr, quint64 size, quint64 align) {
              s.u32(type);
              if (m_spec.is64)
                  s.u32(flags);
              s.word(offset);
              s.word(vaddr);
              s.word(vaddr); // p_paddr
              s.word(size); // p_filesz
              s.word(size); // p_memsz
              if (!m_spec.is64)
                  s.u32(flags);
              s.word(align);
          };
    if (m_rel)
        return;
    if (m_interpreted) {
        header(PtPhdr, PfR, ehdrSize(), ehdrSize(), quint64(phnum()) * phentSize(), wordSize());
        const Section& interp = m_sections[m_interp];
        header(PtInterp, PfR, interp.offset, interp.addr, quint64(interp.data.size()), 1);
    }
    const Section& dynamic = m_sections[m_dynamic];
    header(PtLoad, PfR | PfX, 0, 0, m_rxEnd, PageSize);
    header(PtLoad, PfR | PfW, dynamic.offset, dynamic.addr, quint64(dynamic.data.size()), PageSize);
    header(PtDynamic, PfR | PfW, dynamic.offset, dynamic.addr, quint64(dynamic.data.size()), wordSize());
    header(PtGnuStack, PfR | PfW, 0, 0, 0, 16);
}

void ElfBuilder::writeSectionHeaders(ElfStream& s) const
{
    for (const Section& section : m_sections) {
        s.u32(section.nameOffset);
        s.u32(section.type);
        s.word(section.flags);
        s.word(section.addr);
        s.word(section.offset);
        s.word(quint64(section.data.size()));
        s.u32(section.link);
        s.u32(section.info);
        s.word(section.align);
        s.word(section.entsize);
    }
}

} // namespace BundleScope
