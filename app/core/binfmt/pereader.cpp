// SPDX-License-Identifier: GPL-3.0-or-later
#include "pereader.h"

#include "binfmt/binaryview.h"
#include "binfmt/endiandecoder.h"

#include <QBuffer>

namespace BundleScope {

namespace {

    constexpr EndianDecoder le { false };
    constexpr quint64 CoffSymbolSize = 18;
    constexpr quint64 MaxNameLength = 4096;

    bool isDebugSectionName(const QString& name)
    {
        return name.startsWith(QLatin1String(".debug")) || name.startsWith(QLatin1String(".zdebug"));
    }

} // namespace

Result<PeInfo> PeReader::read(const QByteArray& data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer);
}

Result<PeInfo> PeReader::read(QIODevice& device, const QString& path)
{
    const BinaryView view(device, path);
    Result<PeInfo> info = readHeaders(view);
    if (!info)
        return info;
    Result<QStringList> imports = readImportNames(view, *info, false);
    if (!imports)
        return imports.error();
    info->imports = *imports;
    Result<QStringList> delayImports = readImportNames(view, *info, true);
    if (!delayImports)
        return delayImports.error();
    info->delayImports = *delayImports;
    if (Result<void> debug = readDebugDirectory(view, *info); !debug)
        return debug.error();
    return info;
}

Result<PeInfo> PeReader::readHeaders(const BinaryView& view)
{
    Result<QByteArray> dos = view.read(0, 64, tr("DOS header"));
    if (!dos)
        return dos.error();
    if (!dos->startsWith("MZ"))
        return view.malformed(tr("Not a PE file: no MZ signature"));
    const quint32 lfanew = le.u32(*dos, 0x3c);
    Result<QByteArray> coff = view.read(lfanew, 24, tr("PE signature and COFF header"));
    if (!coff)
        return coff.error();
    if (!coff->startsWith(QByteArrayView("PE\0\0", 4)))
        return view.malformed(tr("No PE signature at offset %1").arg(lfanew));
    PeInfo info;
    info.fileSize = view.size();
    info.machine = le.u16(*coff, 4);
    const quint16 sectionCount = le.u16(*coff, 6);
    info.symbolTableOffset = le.u32(*coff, 12);
    info.symbolCount = le.u32(*coff, 16);
    const quint16 optionalSize = le.u16(*coff, 20);
    info.characteristics = le.u16(*coff, 22);
    if (Result<void> optional = readOptionalHeader(view, info, lfanew + 24ull, optionalSize); !optional)
        return optional.error();
    Result<QByteArray> strings = readSymbols(view, info);
    if (!strings)
        return strings.error();
    if (Result<void> sections = readSections(view, info, lfanew + 24ull + optionalSize, sectionCount, *strings);
        !sections)
        return sections.error();
    return info;
}

Result<void> PeReader::readOptionalHeader(const BinaryView& view, PeInfo& info, quint64 offset, quint16 size)
{
    Result<QByteArray> header = view.read(offset, size, tr("Optional header"));
    if (!header)
        return header.error();
    const QByteArray& h = *header;
    const quint16 magic = le.u16(h, 0);
    if (magic != 0x10b && magic != 0x20b)
        return view.malformed(tr("Unknown optional header magic 0x%1").arg(magic, 0, 16));
    info.isPe32Plus = magic == 0x20b;
    const qint64 directoriesAt = info.isPe32Plus ? 112 : 96;
    if (qint64(size) < directoriesAt)
        return view.malformed(tr("Optional header of %1 bytes is too small").arg(size));
    info.imageBase = info.isPe32Plus ? le.u64(h, 24) : le.u32(h, 28);
    info.subsystem = le.u16(h, 68);
    info.dllCharacteristics = le.u16(h, 70);
    info.fileAlignment = le.u32(h, 36);
    const quint32 count = le.u32(h, directoriesAt - 4);
    if (count > 16 || directoriesAt + qint64(count) * 8 > qint64(size))
        return view.malformed(tr("%1 data directories do not fit the optional header").arg(count));
    for (quint32 i = 0; i < count; ++i)
        info.directories.push_back({ le.u32(h, directoriesAt + i * 8), le.u32(h, directoriesAt + i * 8 + 4) });
    return {};
}

Result<QByteArray> PeReader::readSymbols(const BinaryView& view, PeInfo& info)
{
    if (info.symbolTableOffset == 0)
        return QByteArray();
    const quint64 symbolsEnd = info.symbolTableOffset + quint64(info.symbolCount) * CoffSymbolSize;
    if (!view.contains(info.symbolTableOffset, symbolsEnd - info.symbolTableOffset))
        return view.malformed(tr("COFF symbol table (%1 symbols) lies past the end of the file").arg(info.symbolCount));
    Result<QByteArray> length = view.read(symbolsEnd, 4, tr("COFF string table size"));
    if (!length)
        return length.error();
    info.stringTableSize = le.u32(*length, 0);
    if (info.stringTableSize < 4 || !view.contains(symbolsEnd, info.stringTableSize))
        return view.malformed(tr("COFF string table of %1 bytes does not fit the file").arg(info.stringTableSize));
    info.symbolTableBytes = symbolsEnd - info.symbolTableOffset + info.stringTableSize;
    Result<QByteArray> strings = view.read(symbolsEnd, info.stringTableSize, tr("COFF string table"));
    if (!strings)
        return QByteArray(); // too large to load: long section names then stay "/nnn"
    return strings;
}

Result<void> PeReader::readSections(
    const BinaryView& view, PeInfo& info, quint64 offset, quint16 count, const QByteArray& strings)
{
    Result<QByteArray> table = view.read(offset, quint64(count) * 40, tr("Section table"));
    if (!table)
        return table.error();
    for (quint16 i = 0; i < count; ++i) {
        const qint64 at = qint64(i) * 40;
        PeSection s;
        QByteArray name = table->mid(at, 8);
        name.truncate(name.indexOf('\0') < 0 ? 8 : name.indexOf('\0'));
        s.name = QString::fromUtf8(name);
        bool isNumber = false;
        const quint32 longName = name.startsWith('/') ? name.mid(1).toUInt(&isNumber) : 0;
        if (isNumber && !strings.isEmpty()) {
            const qsizetype end = longName < quint32(strings.size()) ? strings.indexOf('\0', longName) : -1;
            if (end < 0)
                return view.malformed(tr("Long name of section %1 runs past the string table").arg(i));
            s.name = QString::fromUtf8(strings.constData() + longName, end - qsizetype(longName));
        }
        s.virtualSize = le.u32(*table, at + 8);
        s.virtualAddress = le.u32(*table, at + 12);
        s.rawSize = le.u32(*table, at + 16);
        s.rawOffset = le.u32(*table, at + 20);
        s.characteristics = le.u32(*table, at + 36);
        if (s.rawSize > 0 && !view.contains(s.rawOffset, s.rawSize))
            return view.malformed(tr("Section %1 (%2) lies past the end of the file").arg(i).arg(s.name));
        if (isDebugSectionName(s.name))
            info.debugSectionBytes += s.rawSize;
        else if (s.rawSize > 0)
            info.keptEnd = qMax<quint64>(info.keptEnd, quint64(s.rawOffset) + s.rawSize);
        info.sections.push_back(s);
    }
    return {};
}

std::optional<PeReader::Location> PeReader::fileOffset(const PeInfo& info, quint64 rva)
{
    for (const PeSection& s : info.sections) {
        if (rva >= s.virtualAddress && rva - s.virtualAddress < qMax(s.virtualSize, s.rawSize)) {
            const quint64 delta = rva - s.virtualAddress;
            if (delta >= s.rawSize)
                return std::nullopt;
            return Location { s.rawOffset + delta, s.rawSize - delta };
        }
    }
    return std::nullopt;
}

Result<QString> PeReader::readString(const BinaryView& view, const PeInfo& info, quint64 rva, const QString& what)
{
    const std::optional<Location> location = fileOffset(info, rva);
    if (!location)
        return view.malformed(tr("%1 at RVA 0x%2 is not inside any section").arg(what).arg(rva, 0, 16));
    Result<QByteArray> bytes = view.readAtMost(location->offset, qMin(location->available, MaxNameLength), what);
    if (!bytes)
        return bytes.error();
    const qsizetype end = bytes->indexOf('\0');
    if (end < 0)
        return view.malformed(tr("%1 at RVA 0x%2 has no terminating NUL").arg(what).arg(rva, 0, 16));
    return QString::fromUtf8(bytes->constData(), end);
}

Result<QStringList> PeReader::readImportNames(const BinaryView& view, const PeInfo& info, bool delayLoad)
{
    const int index = delayLoad ? PeInfo::DelayImportDirectory : PeInfo::ImportDirectory;
    if (int(info.directories.size()) <= index || info.directories[index].address == 0)
        return QStringList();
    const QString what = delayLoad ? tr("Delay-load import directory") : tr("Import directory");
    const quint32 rva = info.directories[index].address;
    const std::optional<Location> location = fileOffset(info, rva);
    if (!location)
        return view.malformed(tr("%1 at RVA 0x%2 is not inside any section").arg(what).arg(rva, 0, 16));
    const quint64 entry = delayLoad ? 32 : 20; // ImgDelayDescr / IMAGE_IMPORT_DESCRIPTOR
    Result<QByteArray> table
        = view.readAtMost(location->offset, qMin(location->available, entry * MaxDescriptors), what);
    if (!table)
        return table.error();
    QStringList names;
    for (qint64 at = 0;; at += qint64(entry)) {
        if (at + qint64(entry) > table->size())
            return view.malformed(tr("%1 has no terminating entry").arg(what));
        const quint32 attributes = le.u32(*table, at);
        quint64 nameRva = le.u32(*table, at + (delayLoad ? 4 : 12));
        if (nameRva == 0)
            break;
        if (delayLoad && (attributes & 1) == 0) // pre-VC7 descriptors hold virtual addresses, not RVAs
            nameRva = nameRva >= info.imageBase ? nameRva - info.imageBase : nameRva;
        Result<QString> name = readString(view, info, nameRva, tr("Imported DLL name"));
        if (!name)
            return name.error();
        names.append(*name);
    }
    return names;
}

Result<void> PeReader::readDebugDirectory(const BinaryView& view, PeInfo& info)
{
    if (int(info.directories.size()) <= PeInfo::DebugDirectory || info.directories[PeInfo::DebugDirectory].size == 0)
        return {};
    const PeDataDirectory directory = info.directories[PeInfo::DebugDirectory];
    const std::optional<Location> location = fileOffset(info, directory.address);
    if (!location)
        return view.malformed(tr("Debug directory is not inside any section"));
    const quint64 count = qMin<quint64>(directory.size / 28, MaxDescriptors);
    Result<QByteArray> table = view.read(location->offset, count * 28, tr("Debug directory"));
    if (!table)
        return table.error();
    quint64 sectionsEnd = 0;
    for (const PeSection& s : info.sections)
        sectionsEnd = qMax<quint64>(sectionsEnd, quint64(s.rawOffset) + s.rawSize);
    for (quint64 i = 0; i < count; ++i) {
        const quint32 size = le.u32(*table, qint64(i * 28 + 16));
        const quint32 pointer = le.u32(*table, qint64(i * 28 + 24));
        if (size == 0 || pointer == 0)
            continue;
        if (!view.contains(pointer, size))
            return view.malformed(tr("Debug data %1 lies past the end of the file").arg(i));
        if (pointer >= sectionsEnd)
            info.debugDataBytes += size;
    }
    return {};
}

} // namespace BundleScope
