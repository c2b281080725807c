// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreader.h"

#include "binfmt/binaryformat.h"
#include "binfmt/elfreader.h"
#include "binfmt/machoreader.h"
#include "binfmt/pereader.h"
#include "binfmt/upxdetector.h"

#include <algorithm>

namespace BundleScope {

namespace {

    constexpr qint64 HeadBytes = 512;
    constexpr quint16 ElfExecutable = 2;
    constexpr quint32 ElfInterpreter = 3; // PT_INTERP

    Result<NativeImports> fromElf(QIODevice& device, const QString& path)
    {
        if (UpxDetector::hasMagic(device)) {
            // What stays readable of a packed file describes the UPX stub, not the library: report nothing.
            NativeImports packed;
            packed.format = NativeImports::Format::Elf;
            packed.packed = true;
            return packed;
        }
        device.seek(0);
        Result<ElfInfo> info = ElfReader::readDynamicOnly(device, path);
        if (!info)
            return info.error();
        NativeImports imports;
        imports.format = NativeImports::Format::Elf;
        // ET_EXEC, or a position-independent executable: ET_DYN with a PT_INTERP program header.
        imports.isExecutable = info->fileType == ElfExecutable
            || std::any_of(info->segments.cbegin(), info->segments.cend(),
                [](const ElfSegment& segment) { return segment.type == ElfInterpreter; });
        imports.needed = info->needed;
        imports.soname = info->soname;
        imports.searchPaths = ImportReader::elfSearchPaths(info->rpath, info->runpath);
        return imports;
    }

    Result<NativeImports> fromPe(QIODevice& device, const QString& path)
    {
        Result<PeInfo> info = PeReader::read(device, path);
        if (!info)
            return info.error();
        NativeImports imports;
        imports.format = NativeImports::Format::Pe;
        imports.isExecutable = !info->isDll();
        imports.needed = info->imports + info->delayImports;
        imports.needed.removeDuplicates();
        return imports;
    }

    Result<NativeImports> fromMachO(QIODevice& device, const QString& path)
    {
        Result<MachOInfo> info = MachOReader::read(device, path);
        if (!info)
            return info.error();
        NativeImports imports;
        imports.format = NativeImports::Format::MachO;
        if (info->slices.empty())
            return imports;
        const MachOSlice& slice = info->slices.front(); // every slice of a universal file links the same libraries
        imports.isExecutable = slice.fileType == 2; // MH_EXECUTE
        imports.needed = slice.dylibs + slice.weakDylibs + slice.reexportedDylibs;
        imports.needed.removeDuplicates();
        imports.soname = slice.installName;
        imports.searchPaths = slice.rpaths;
        return imports;
    }

} // namespace

QStringList ImportReader::elfSearchPaths(const QString& rpath, const QString& runpath)
{
    const QString& paths = runpath.isEmpty() ? rpath : runpath;
    return paths.split(u':', Qt::SkipEmptyParts);
}

Result<NativeImports> ImportReader::read(QIODevice& device, const QString& path)
{
    const QByteArray head = device.peek(HeadBytes);
    switch (BinaryFormat::detect(head)) {
    case BinaryFormat::Kind::Elf:
        return fromElf(device, path);
    case BinaryFormat::Kind::Pe:
        return fromPe(device, path);
    case BinaryFormat::Kind::MachO:
    case BinaryFormat::Kind::MachOFat:
        return fromMachO(device, path);
    case BinaryFormat::Kind::Unknown:
        break;
    }
    return NativeImports {};
}

} // namespace BundleScope
