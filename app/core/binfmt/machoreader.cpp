// SPDX-License-Identifier: GPL-3.0-or-later
#include "machoreader.h"

#include "binfmt/binaryview.h"
#include "binfmt/endiandecoder.h"

#include <QBuffer>
#include <QSet>

namespace BundleScope {

namespace {

    constexpr quint32 RequiresDyld = 0x80000000u; // LC_REQ_DYLD
    enum LoadCommand : quint32 {
        Segment = 0x1,
        SymTab = 0x2,
        DySymTab = 0xb,
        LoadDylib = 0xc,
        IdDylib = 0xd,
        LoadWeakDylib = 0x18 | RequiresDyld,
        Segment64 = 0x19,
        RPath = 0x1c | RequiresDyld,
        CodeSignature = 0x1d,
        ReexportDylib = 0x1f | RequiresDyld,
        LazyLoadDylib = 0x20,
        LoadUpwardDylib = 0x23 | RequiresDyld,
    };
    constexpr quint32 StabMask = 0xe0; // N_STAB

    // The lc_str at `offset` of a load command: NUL-terminated inside the command, or nullopt.
    std::optional<QString> commandString(const QByteArray& command, quint32 offset)
    {
        if (offset >= quint32(command.size()))
            return std::nullopt;
        const qsizetype end = command.indexOf('\0', offset);
        if (end < 0)
            return std::nullopt;
        return QString::fromUtf8(command.constData() + offset, end - qsizetype(offset));
    }

} // namespace

Result<MachOInfo> MachOReader::read(const QByteArray& data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer);
}

Result<MachOInfo> MachOReader::read(QIODevice& device, const QString& path)
{
    const BinaryView view(device, path);
    Result<QByteArray> magic = view.read(0, 4, tr("Mach-O magic"));
    if (!magic)
        return magic.error();
    MachOInfo info;
    info.fileSize = view.size();
    const quint32 value = EndianDecoder { true }.u32(*magic, 0);
    if (value == 0xcafebabeu || value == 0xcafebabfu) {
        Result<std::vector<MachOSlice>> slices = readFatHeader(view);
        if (!slices)
            return slices.error();
        info.isFat = true;
        info.slices = std::move(*slices);
    } else {
        MachOSlice thin;
        thin.size = view.size();
        info.slices.push_back(thin);
    }
    for (MachOSlice& slice : info.slices) {
        if (Result<void> parsed = readSlice(view.slice(slice.offset, slice.size), slice); !parsed)
            return parsed.error();
    }
    return info;
}

Result<std::vector<MachOSlice>> MachOReader::readFatHeader(const BinaryView& view)
{
    Result<QByteArray> header = view.read(0, 8, tr("Universal header"));
    if (!header)
        return header.error();
    const EndianDecoder be { true }; // fat headers are always big-endian
    const bool is64 = be.u32(*header, 0) == 0xcafebabfu;
    const quint32 count = be.u32(*header, 4);
    if (count == 0 || count > MaxArchitectures)
        return view.malformed(tr("Implausible number of architectures (%1)").arg(count));
    const quint64 entry = is64 ? 32 : 20;
    Result<QByteArray> table = view.read(8, count * entry, tr("Universal architecture table"));
    if (!table)
        return table.error();
    std::vector<MachOSlice> slices;
    for (quint32 i = 0; i < count; ++i) {
        const qint64 at = qint64(i * entry);
        MachOSlice slice;
        slice.cpuType = be.u32(*table, at);
        slice.cpuSubtype = be.u32(*table, at + 4);
        slice.offset = is64 ? be.u64(*table, at + 8) : be.u32(*table, at + 8);
        slice.size = is64 ? be.u64(*table, at + 16) : be.u32(*table, at + 12);
        if (!view.contains(slice.offset, slice.size) || slice.size == 0)
            return view.malformed(tr("Architecture %1 lies past the end of the file").arg(i));
        slices.push_back(slice);
    }
    return slices;
}

Result<void> MachOReader::readSlice(const BinaryView& view, MachOSlice& slice)
{
    Result<QByteArray> magic = view.read(0, 4, tr("Mach-O header"));
    if (!magic)
        return magic.error();
    const quint32 value = EndianDecoder { true }.u32(*magic, 0);
    if (value != 0xfeedfaceu && value != 0xcefaedfeu && value != 0xfeedfacfu && value != 0xcffaedfeu)
        return view.malformed(tr("Not a Mach-O file: bad magic 0x%1").arg(value, 8, 16, QLatin1Char('0')));
    slice.bigEndian = value == 0xfeedfaceu || value == 0xfeedfacfu;
    slice.is64 = value == 0xfeedfacfu || value == 0xcffaedfeu;
    const quint64 headerSize = slice.is64 ? 32 : 28;
    Result<QByteArray> header = view.read(0, headerSize, tr("Mach-O header"));
    if (!header)
        return header.error();
    const EndianDecoder d { slice.bigEndian };
    slice.cpuType = d.u32(*header, 4);
    slice.cpuSubtype = d.u32(*header, 8);
    slice.fileType = d.u32(*header, 12);
    const quint32 count = d.u32(*header, 16);
    const quint32 size = d.u32(*header, 20);
    if (count > MaxLoadCommands)
        return view.malformed(tr("Too many load commands (%1)").arg(count));
    Result<QByteArray> commands = view.read(headerSize, size, tr("Load commands"));
    if (!commands)
        return commands.error();
    qint64 at = 0;
    for (quint32 i = 0; i < count; ++i) {
        const quint32 commandSize = d.u32(*commands, at + 4);
        if (at + 8 > commands->size() || commandSize < 8 || at + qint64(commandSize) > commands->size())
            return view.malformed(tr("Load command %1 does not fit the load command area").arg(i));
        if (Result<void> parsed = readLoadCommand(view, slice, *commands, at, commandSize); !parsed)
            return parsed;
        at += commandSize;
    }
    return {};
}

Result<void> MachOReader::readLoadCommand(
    const BinaryView& view, MachOSlice& slice, const QByteArray& commands, qint64 at, quint32 size)
{
    const EndianDecoder d { slice.bigEndian };
    const QByteArray command = commands.mid(at, size);
    const quint32 type = d.u32(command, 0);
    if (type == Segment || type == Segment64) {
        const bool wide = type == Segment64;
        if (size < (wide ? 72u : 56u))
            return view.malformed(tr("Segment command of %1 bytes is too small").arg(size));
        QByteArray name = command.mid(8, 16);
        name.truncate(name.indexOf('\0') < 0 ? 16 : name.indexOf('\0'));
        MachOSegment segment { QString::fromUtf8(name), wide ? d.u64(command, 40) : d.u32(command, 32),
            wide ? d.u64(command, 48) : d.u32(command, 36), wide ? d.u64(command, 32) : d.u32(command, 28) };
        if (!view.contains(segment.fileOffset, segment.fileSize))
            return view.malformed(tr("Segment %1 lies past the end of the file").arg(segment.name));
        slice.segments.push_back(segment);
    } else if (type == SymTab) {
        if (size < 24)
            return view.malformed(tr("LC_SYMTAB of %1 bytes is too small").arg(size));
        slice.hasSymbolTable = true;
        slice.symbolCount = d.u32(command, 12);
        slice.stringTableSize = d.u32(command, 20);
        return readSymbols(view, slice, d.u32(command, 8), d.u32(command, 16));
    } else if (type == DySymTab && size >= 16) {
        slice.localSymbolCount = d.u32(command, 12);
    } else if (type == CodeSignature && size >= 16) {
        slice.codeSignatureSize = d.u32(command, 12);
    } else if (type == LoadDylib || type == IdDylib || type == LoadWeakDylib || type == ReexportDylib
        || type == LazyLoadDylib || type == LoadUpwardDylib || type == RPath) {
        const std::optional<QString> text = commandString(command, d.u32(command, 8));
        if (!text)
            return view.malformed(tr("Load command string runs past its command (type 0x%1)").arg(type, 0, 16));
        if (type == IdDylib)
            slice.installName = *text;
        else if (type == RPath)
            slice.rpaths.append(*text);
        else
            slice.dylibs.append(*text);
        if (type == LoadWeakDylib)
            slice.weakDylibs.append(*text);
        if (type == ReexportDylib)
            slice.reexportedDylibs.append(*text);
    }
    return {};
}

Result<void> MachOReader::readSymbols(const BinaryView& view, MachOSlice& slice, quint32 symoff, quint32 stroff)
{
    const quint64 entry = slice.is64 ? 16 : 12;
    if (!view.contains(symoff, quint64(slice.symbolCount) * entry))
        return view.malformed(tr("Symbol table (%1 symbols) lies past the end of the file").arg(slice.symbolCount));
    if (!view.contains(stroff, slice.stringTableSize))
        return view.malformed(tr("String table lies past the end of the file"));
    Result<QByteArray> symbols = view.read(symoff, quint64(slice.symbolCount) * entry, tr("Symbol table"));
    Result<QByteArray> strings = view.read(stroff, slice.stringTableSize, tr("String table"));
    if (!symbols || !strings)
        return {}; // larger than a single read may be: the strip estimate then leaves the symbols out
    const EndianDecoder d { slice.bigEndian };
    QSet<quint32> debugNames;
    std::vector<quint32> keptNames;
    for (quint64 at = 0; at + entry <= quint64(symbols->size()); at += entry) {
        const quint32 name = d.u32(*symbols, qint64(at));
        if ((d.u8(*symbols, qint64(at) + 4) & StabMask) != 0) {
            ++slice.debugSymbolCount;
            if (name != 0)
                debugNames.insert(name);
        } else {
            keptNames.push_back(name);
        }
    }
    for (quint32 name : keptNames)
        debugNames.remove(name);
    for (quint32 name : std::as_const(debugNames)) {
        const qsizetype end = name < quint32(strings->size()) ? strings->indexOf('\0', qsizetype(name)) : -1;
        slice.debugStringBytes += end >= 0 ? quint64(end - qsizetype(name)) + 1 : 0;
    }
    return {};
}

} // namespace BundleScope
