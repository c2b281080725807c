// SPDX-License-Identifier: GPL-3.0-or-later
#include "elfreader.h"

#include "binfmt/binaryview.h"
#include "binfmt/elfstripmodel.h"
#include "binfmt/endiandecoder.h"

#include <QBuffer>
#include <QSet>

namespace BundleScope {

namespace {

    constexpr quint16 ExtendedIndex = 0xffff; // SHN_XINDEX / PN_XNUM: the real value lives in section 0
    constexpr quint64 DtNull = 0, DtNeeded = 1, DtStrTab = 5, DtStrSz = 10, DtSoname = 14, DtRpath = 15, DtRunpath = 29;

    // A NUL-terminated string at `offset` of a string table, or nullopt when it runs off the table.
    std::optional<QString> tableString(const QByteArray& table, quint64 offset)
    {
        if (offset >= quint64(table.size()))
            return std::nullopt;
        const qsizetype end = table.indexOf('\0', qsizetype(offset));
        if (end < 0)
            return std::nullopt;
        return QString::fromUtf8(table.constData() + offset, end - qsizetype(offset));
    }

    ElfSection parseSection(const QByteArray& table, qint64 at, const EndianDecoder& d, bool is64)
    {
        ElfSection s;
        s.type = d.u32(table, at + 4);
        if (is64) {
            s.flags = d.u64(table, at + 8);
            s.offset = d.u64(table, at + 24);
            s.size = d.u64(table, at + 32);
            s.link = d.u32(table, at + 40);
            s.info = d.u32(table, at + 44);
            s.addralign = d.u64(table, at + 48);
            s.entsize = d.u64(table, at + 56);
        } else {
            s.flags = d.u32(table, at + 8);
            s.offset = d.u32(table, at + 16);
            s.size = d.u32(table, at + 20);
            s.link = d.u32(table, at + 24);
            s.info = d.u32(table, at + 28);
            s.addralign = d.u32(table, at + 32);
            s.entsize = d.u32(table, at + 36);
        }
        return s;
    }

    ElfSegment parseSegment(const QByteArray& table, qint64 at, const EndianDecoder& d, bool is64)
    {
        ElfSegment p;
        p.type = d.u32(table, at);
        if (is64) {
            p.flags = d.u32(table, at + 4);
            p.offset = d.u64(table, at + 8);
            p.vaddr = d.u64(table, at + 16);
            p.fileSize = d.u64(table, at + 32);
            p.memSize = d.u64(table, at + 40);
            p.align = d.u64(table, at + 48);
        } else {
            p.offset = d.u32(table, at + 4);
            p.vaddr = d.u32(table, at + 8);
            p.fileSize = d.u32(table, at + 16);
            p.memSize = d.u32(table, at + 20);
            p.flags = d.u32(table, at + 24);
            p.align = d.u32(table, at + 28);
        }
        return p;
    }

    // File offset of a virtual address through the PT_LOAD segments; nullopt when no segment maps it.
    std::optional<quint64> fileOffsetOf(const ElfInfo& info, quint64 vaddr)
    {
        for (const ElfSegment& p : info.segments) {
            if (p.type == ElfSegment::Load && vaddr >= p.vaddr && vaddr - p.vaddr < p.fileSize)
                return p.offset + (vaddr - p.vaddr);
        }
        return std::nullopt;
    }

} // namespace

Result<ElfInfo> ElfReader::read(const QByteArray& data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer);
}

Result<ElfInfo> ElfReader::read(QIODevice& device, const QString& path)
{
    const BinaryView view(device, path);
    Result<ElfInfo> info = readHeader(view);
    if (!info)
        return info;
    if (Result<void> dynamic = readDynamic(view, *info); !dynamic)
        return dynamic.error();
    readDebugSymbols(view, *info);
    info->strip = ElfStripModel::savings(*info);
    return info;
}

Result<ElfInfo> ElfReader::readDynamicOnly(QIODevice& device, const QString& path)
{
    const BinaryView view(device, path);
    Result<ElfInfo> info = readHeader(view);
    if (!info)
        return info;
    if (Result<void> dynamic = readDynamic(view, *info); !dynamic)
        return dynamic.error();
    return info;
}

Result<ElfInfo> ElfReader::readHeader(const BinaryView& view)
{
    Result<QByteArray> ident = view.read(0, 16, tr("ELF identification"));
    if (!ident)
        return ident.error();
    if (!ident->startsWith(QByteArrayView("\x7f"
                                          "ELF",
            4)))
        return view.malformed(tr("Not an ELF file: bad magic"));
    const char elfClass = ident->at(4);
    const char encoding = ident->at(5);
    if ((elfClass != 1 && elfClass != 2) || (encoding != 1 && encoding != 2))
        return view.malformed(tr("Unknown ELF class %1 or data encoding %2").arg(int(elfClass)).arg(int(encoding)));
    ElfInfo info;
    info.is64 = elfClass == 2;
    info.bigEndian = encoding == 2;
    info.fileSize = view.size();
    info.headerSize = info.is64 ? 64 : 52;
    Result<QByteArray> header = view.read(0, info.headerSize, tr("ELF header"));
    if (!header)
        return header.error();
    const EndianDecoder d { info.bigEndian };
    const QByteArray& h = *header;
    info.fileType = d.u16(h, 16);
    info.machine = d.u16(h, 18);
    const quint64 phoff = info.is64 ? d.u64(h, 32) : d.u32(h, 28);
    const quint64 shoff = info.is64 ? d.u64(h, 40) : d.u32(h, 32);
    const qint64 base = info.is64 ? 54 : 42; // e_phentsize
    const quint16 phentsize = d.u16(h, base);
    const quint16 phnum = d.u16(h, base + 2);
    info.sectionHeaderEntrySize = d.u16(h, base + 4);
    const quint16 shnum = d.u16(h, base + 6);
    info.sectionNameTableIndex = d.u16(h, base + 8);
    if (Result<void> sections = readSections(view, info, shoff, shnum); !sections)
        return sections.error();
    // PN_XNUM: the real program header count is in section 0's sh_info.
    const quint32 segmentCount = phnum == ExtendedIndex && !info.sections.empty() ? info.sections[0].info : phnum;
    if (Result<void> segments = readSegments(view, info, phoff, segmentCount, phentsize); !segments)
        return segments.error();
    return info;
}

Result<void> ElfReader::readSections(const BinaryView& view, ElfInfo& info, quint64 shoff, quint32 shnum)
{
    if (shoff == 0)
        return {};
    const quint16 minimum = info.is64 ? 64 : 40;
    if (info.sectionHeaderEntrySize < minimum)
        return view.malformed(tr("Section header entries of %1 bytes are too small").arg(info.sectionHeaderEntrySize));
    const EndianDecoder d { info.bigEndian };
    const quint64 entsize = info.sectionHeaderEntrySize;
    if (shnum == 0 || info.sectionNameTableIndex == ExtendedIndex) { // extended numbering lives in section 0
        Result<QByteArray> first = view.read(shoff, entsize, tr("Section header 0"));
        if (!first)
            return first.error();
        const ElfSection zero = parseSection(*first, 0, d, info.is64);
        if (shnum == 0)
            shnum = quint32(qMin<quint64>(zero.size, quint64(MaxSections) + 1));
        if (info.sectionNameTableIndex == ExtendedIndex)
            info.sectionNameTableIndex = zero.link;
    }
    if (shnum > MaxSections)
        return view.malformed(tr("Too many sections (%1)").arg(shnum));
    Result<QByteArray> table = view.read(shoff, quint64(shnum) * entsize, tr("Section header table"));
    if (!table)
        return table.error();
    info.sections.reserve(shnum);
    for (quint32 i = 0; i < shnum; ++i) {
        ElfSection section = parseSection(*table, qint64(i * entsize), d, info.is64);
        if (!view.contains(section.offset, section.fileSize()))
            return view.malformed(tr("Section %1 (%2 bytes at offset %3) lies past the end of the file")
                                      .arg(i)
                                      .arg(section.size)
                                      .arg(section.offset));
        info.sections.push_back(section);
    }
    if (info.sectionNameTableIndex == 0)
        return {};
    if (info.sectionNameTableIndex >= shnum)
        return view.malformed(tr("Section name table index %1 is out of range").arg(info.sectionNameTableIndex));
    const ElfSection& names = info.sections[info.sectionNameTableIndex];
    Result<QByteArray> strings = view.read(names.offset, names.fileSize(), tr("Section name table"));
    if (!strings)
        return strings.error();
    for (quint32 i = 0; i < shnum; ++i) {
        const quint32 nameOffset = d.u32(*table, qint64(i * entsize));
        const std::optional<QString> name = tableString(*strings, nameOffset);
        if (!name && (i != 0 || nameOffset != 0))
            return view.malformed(tr("Name of section %1 runs past its string table").arg(i));
        info.sections[i].name = name.value_or(QString());
    }
    return {};
}

Result<void> ElfReader::readSegments(
    const BinaryView& view, ElfInfo& info, quint64 phoff, quint32 phnum, quint16 entsize)
{
    if (phnum == 0)
        return {};
    if (phnum > MaxSegments)
        return view.malformed(tr("Too many program headers (%1)").arg(phnum));
    if (entsize < (info.is64 ? 56 : 32))
        return view.malformed(tr("Program header entries of %1 bytes are too small").arg(entsize));
    Result<QByteArray> table = view.read(phoff, quint64(phnum) * entsize, tr("Program header table"));
    if (!table)
        return table.error();
    info.programHeaderBytes = phoff + quint64(phnum) * entsize;
    const EndianDecoder d { info.bigEndian };
    for (quint32 i = 0; i < phnum; ++i) {
        const ElfSegment segment = parseSegment(*table, qint64(i) * entsize, d, info.is64);
        if (!view.contains(segment.offset, segment.fileSize))
            return view.malformed(tr("Program header %1 maps bytes past the end of the file").arg(i));
        info.segments.push_back(segment);
    }
    return {};
}

Result<void> ElfReader::readDynamic(const BinaryView& view, ElfInfo& info)
{
    quint64 offset = 0, size = 0;
    std::optional<quint64> strOffset, strSize;
    for (const ElfSection& s : info.sections) {
        if (s.type != ElfSection::Dynamic)
            continue;
        offset = s.offset;
        size = s.size;
        if (s.link < info.sections.size() && info.sections[s.link].type == ElfSection::StrTab) {
            strOffset = info.sections[s.link].offset;
            strSize = info.sections[s.link].size;
        }
        break;
    }
    if (size == 0) { // no section headers (sstrip'ed files): use PT_DYNAMIC
        for (const ElfSegment& p : info.segments) {
            if (p.type == ElfSegment::Dynamic) {
                offset = p.offset;
                size = p.fileSize;
            }
        }
    }
    if (size == 0)
        return {};
    Result<QByteArray> table = view.read(offset, size, tr("Dynamic section"));
    if (!table)
        return table.error();
    const EndianDecoder d { info.bigEndian };
    const qint64 entry = info.is64 ? 16 : 8;
    std::vector<std::pair<quint64, quint64>> strings; // (tag, string offset)
    quint64 strTabAddress = 0, strTabSize = 0;
    for (qint64 at = 0; at + entry <= qint64(table->size()); at += entry) {
        const quint64 tag = d.word(*table, at, info.is64);
        const quint64 value = d.word(*table, at + entry / 2, info.is64);
        if (tag == DtNull)
            break;
        if (tag == DtNeeded || tag == DtSoname || tag == DtRpath || tag == DtRunpath)
            strings.emplace_back(tag, value);
        else if (tag == DtStrTab)
            strTabAddress = value;
        else if (tag == DtStrSz)
            strTabSize = value;
    }
    if (strings.empty())
        return {};
    if (!strOffset) {
        strOffset = fileOffsetOf(info, strTabAddress);
        strSize = strTabSize;
        if (!strOffset)
            return view.malformed(tr("DT_STRTAB address %1 is not mapped by any segment").arg(strTabAddress));
    }
    Result<QByteArray> strtab = view.read(*strOffset, *strSize, tr("Dynamic string table"));
    if (!strtab)
        return strtab.error();
    for (const auto& [tag, stringOffset] : strings) {
        const std::optional<QString> value = tableString(*strtab, stringOffset);
        if (!value)
            return view.malformed(tr("Dynamic entry string at %1 runs past the string table").arg(stringOffset));
        if (tag == DtNeeded)
            info.needed.append(*value);
        else if (tag == DtSoname)
            info.soname = *value;
        else if (tag == DtRpath)
            info.rpath = *value;
        else
            info.runpath = *value;
    }
    return {};
}

void ElfReader::readDebugSymbols(const BinaryView& view, ElfInfo& info)
{
    const auto symtab = std::find_if(
        info.sections.cbegin(), info.sections.cend(), [](const ElfSection& s) { return s.type == ElfSection::SymTab; });
    if (symtab == info.sections.cend() || symtab->link >= info.sections.size())
        return;
    const ElfSection& strtabSection = info.sections[symtab->link];
    Result<QByteArray> symbols = view.read(symtab->offset, symtab->size, tr("Symbol table"));
    Result<QByteArray> strtab = view.read(strtabSection.offset, strtabSection.size, tr("Symbol string table"));
    if (!symbols || !strtab)
        return; // too large to model: the strip --strip-debug figure then leaves .symtab as it is
    const EndianDecoder d { info.bigEndian };
    const qint64 entry = info.is64 ? 24 : 16;
    QSet<quint32> removedNames;
    std::vector<quint32> keptNames;
    quint64 count = 0;
    for (qint64 at = entry; at + entry <= qint64(symbols->size()); at += entry) {
        const quint32 name = d.u32(*symbols, at);
        const quint8 type = d.u8(*symbols, at + (info.is64 ? 4 : 12)) & 0xf;
        const quint16 index = d.u16(*symbols, at + (info.is64 ? 6 : 14));
        const bool debugSection = index < info.sections.size() && ElfStripModel::isDebugSection(info.sections[index]);
        if (type == 4 /* STT_FILE */ || (type == 3 /* STT_SECTION */ && debugSection)) {
            ++count;
            if (name != 0)
                removedNames.insert(name);
        } else {
            keptNames.push_back(name);
        }
    }
    for (quint32 name : keptNames)
        removedNames.remove(name);
    quint64 bytes = 0;
    for (quint32 name : std::as_const(removedNames)) {
        const qsizetype end = name < quint32(strtab->size()) ? strtab->indexOf('\0', qsizetype(name)) : -1;
        bytes += end >= 0 ? quint64(end - qsizetype(name)) + 1 : 0;
    }
    info.debugSymbols = { true, count, bytes };
}

} // namespace BundleScope
