// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace BundleScope {

// A segment load command (LC_SEGMENT / LC_SEGMENT_64, <mach-o/loader.h>).
struct MachOSegment {
    QString name;
    quint64 fileOffset = 0; // relative to the slice
    quint64 fileSize = 0;
    quint64 vmSize = 0;
};

// One architecture of a Mach-O file: the whole file when thin, one fat_arch entry of a universal binary.
struct MachOSlice {
    quint32 cpuType = 0;
    quint32 cpuSubtype = 0;
    quint64 offset = 0; // of the slice in the file
    quint64 size = 0;
    bool is64 = false;
    bool bigEndian = false;
    quint32 fileType = 0; // MH_EXECUTE 2, MH_DYLIB 6, MH_BUNDLE 8, MH_DSYM 10
    std::vector<MachOSegment> segments;

    bool hasSymbolTable = false; // LC_SYMTAB
    quint32 symbolCount = 0;
    quint32 stringTableSize = 0;
    quint32 localSymbolCount = 0; // LC_DYSYMTAB nlocalsym
    quint32 debugSymbolCount = 0; // STABS entries (n_type & N_STAB), what `strip -S` removes
    quint64 debugStringBytes = 0; // string bytes only those entries use

    QString installName; // LC_ID_DYLIB
    QStringList dylibs; // LC_LOAD_DYLIB, LC_LOAD_WEAK_DYLIB, LC_REEXPORT_DYLIB, in load order
    QStringList weakDylibs;
    QStringList reexportedDylibs;
    QStringList rpaths; // LC_RPATH, raw (@loader_path is the caller's)
    quint32 codeSignatureSize = 0; // LC_CODE_SIGNATURE datasize

    bool isSigned() const { return codeSignatureSize > 0; }
    quint64 dwarfBytes() const
    {
        quint64 bytes = 0;
        for (const MachOSegment& s : segments)
            bytes += s.name == QLatin1String("__DWARF") ? s.fileSize : 0;
        return bytes;
    }
    // Estimate of `strip -S`: STABS symbol entries, their strings and any __DWARF segment. Not exact: strip also
    // re-lays __LINKEDIT (alignment) and invalidates the code signature, which PyInstaller then re-creates.
    quint64 stripEstimate() const
    {
        return qMin(dwarfBytes() + quint64(debugSymbolCount) * (is64 ? 16 : 12) + debugStringBytes, size);
    }
};

// What MachOReader found; a value, shared freely between threads.
struct MachOInfo {
    bool isFat = false;
    quint64 fileSize = 0;
    std::vector<MachOSlice> slices;

    bool isSigned() const
    {
        for (const MachOSlice& s : slices) {
            if (s.isSigned())
                return true;
        }
        return false;
    }
    quint64 stripEstimate() const
    {
        quint64 bytes = 0;
        for (const MachOSlice& s : slices)
            bytes += s.stripEstimate();
        return bytes;
    }
};

} // namespace BundleScope
