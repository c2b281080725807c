// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace BundleScope {

// One entry of the section table (Microsoft PE/COFF specification, "Section Table (Section Headers)").
struct PeSection {
    QString name; // long names ("/4") resolved through the COFF string table
    quint32 virtualSize = 0;
    quint32 virtualAddress = 0;
    quint32 rawSize = 0;
    quint32 rawOffset = 0;
    quint32 characteristics = 0;
};

// An optional-header data directory: an RVA (a file offset for the security directory) and a size.
struct PeDataDirectory {
    quint32 address = 0;
    quint32 size = 0;
};

// What PeReader found in a PE image; a value, shared freely between threads.
struct PeInfo {
    enum Directory { ImportDirectory = 1, SecurityDirectory = 4, DebugDirectory = 6, DelayImportDirectory = 13 };
    static constexpr quint16 GuardCf = 0x4000; // IMAGE_DLLCHARACTERISTICS_GUARD_CF
    static constexpr quint16 DllFlag = 0x2000; // IMAGE_FILE_DLL in the COFF characteristics

    quint64 fileSize = 0;
    quint16 machine = 0;
    quint16 characteristics = 0;
    quint32 symbolTableOffset = 0; // PointerToSymbolTable (deprecated for images; MinGW still writes one)
    quint32 symbolCount = 0;
    quint32 stringTableSize = 0; // COFF string table after the symbols, its 4-byte length included
    bool isPe32Plus = false;
    quint64 imageBase = 0;
    quint16 subsystem = 0;
    quint16 dllCharacteristics = 0;
    std::vector<PeDataDirectory> directories;
    std::vector<PeSection> sections;
    QStringList imports;
    QStringList delayImports;

    quint32 fileAlignment = 0;
    quint64 symbolTableBytes = 0; // COFF symbol table + string table
    quint64 debugSectionBytes = 0; // raw data of .debug_* / .zdebug_* sections (MinGW -g)
    quint64 debugDataBytes = 0; // debug directory raw data lying outside every section (appended CodeView etc.)
    quint64 keptEnd = 0; // end of the last non-debug section's raw data: where a stripped file ends

    bool hasGuardCf() const { return (dllCharacteristics & GuardCf) != 0; }
    bool isDll() const { return (characteristics & DllFlag) != 0; }
    bool isSigned() const { return directories.size() > SecurityDirectory && directories[SecurityDirectory].size > 0; }
    // What `strip` would remove: symbols, DWARF sections and out-of-section debug data. When those make up the
    // whole tail of the file after the last kept section (up to FileAlignment padding per piece), the file is cut
    // there, padding included, as binutils strip rewrites it; otherwise (overlay, certificate) only the pieces count.
    quint64 debugBytes() const
    {
        const quint64 pieces = symbolTableBytes + debugSectionBytes + debugDataBytes;
        if (pieces == 0 || isSigned() || keptEnd >= fileSize)
            return qMin(pieces, fileSize);
        const quint64 tail = fileSize - keptEnd;
        const quint64 slack = quint64(qMax<quint32>(fileAlignment, 1)) * quint64(sections.size() + 2);
        return qMin(tail >= pieces && tail - pieces < slack ? tail : pieces, fileSize); // lying headers may overlap
    }
    bool hasSection(QStringView name) const
    {
        for (const PeSection& s : sections) {
            if (s.name == name)
                return true;
        }
        return false;
    }
};

} // namespace BundleScope
