// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtEndian>

namespace BundleScope::Test {

// Writes a small PE32 or PE32+ image byte by byte (Microsoft PE/COFF specification) for the reader and UPX tests:
// DOS header, COFF header, optional header with 16 data directories, four sections (.text holding the debug
// directory, .idata with two imports, .didat with one delay-load import, a long-named "/4" = .debug_info), CodeView
// data outside the sections, a COFF symbol table and its string table, and optionally a certificate. Test thread.
class PeImage {
public:
    // Layout constants the tests use to corrupt precise fields.
    static constexpr int PeOffset = 0x40;
    static constexpr int CoffOffset = PeOffset + 4;
    static constexpr int OptionalOffset = CoffOffset + 20;
    static constexpr int DebugDataOffset = 0xa00;
    static constexpr int SymbolsOffset = 0xa40;
    static constexpr int SymbolCount = 3;
    static constexpr int StringTableSize = 16;

    bool pe32Plus = false;
    quint16 dllCharacteristics = 0x0140; // DYNAMIC_BASE | NX_COMPAT
    bool withSymbols = true;
    bool signature = false;
    QByteArray extraSectionName; // replaces ".didat" when set (e.g. "UPX0")

    int optionalSize() const { return (pe32Plus ? 112 : 96) + 16 * 8; }
    int sectionTableOffset() const { return OptionalOffset + optionalSize(); }

    QByteArray build() const
    {
        QByteArray out(0xa00, '\0');
        out[0] = 'M';
        out[1] = 'Z';
        put(out, 0x3c, PeOffset, 4);
        out.replace(PeOffset, 4, QByteArray("PE\0\0", 4));
        put(out, CoffOffset, pe32Plus ? 0x8664 : 0x14c, 2);
        put(out, CoffOffset + 2, 4, 2);
        put(out, CoffOffset + 8, withSymbols ? SymbolsOffset : 0, 4);
        put(out, CoffOffset + 12, withSymbols ? SymbolCount : 0, 4);
        put(out, CoffOffset + 16, quint64(optionalSize()), 2);
        put(out, CoffOffset + 18, 0x2022, 2); // DLL | EXECUTABLE_IMAGE | LARGE_ADDRESS_AWARE
        writeOptionalHeader(out);
        const QByteArray names[4]
            = { ".text", ".idata", extraSectionName.isEmpty() ? ".didat" : extraSectionName, "/4" };
        for (int i = 0; i < 4; ++i) {
            const int at = sectionTableOffset() + i * 40;
            out.replace(at, names[i].size(), names[i]);
            put(out, at + 8, 0x200, 4); // VirtualSize
            put(out, at + 12, 0x1000u * quint64(i + 1), 4); // VirtualAddress
            put(out, at + 16, 0x200, 4); // SizeOfRawData
            put(out, at + 20, 0x200u * quint64(i + 1), 4); // PointerToRawData
            put(out, at + 36, i == 3 ? 0x42000040u : 0x40000040u, 4);
        }
        // .text: one debug directory entry (CodeView) pointing past the sections.
        put(out, 0x200 + 12, 2, 4);
        put(out, 0x200 + 16, 0x40, 4);
        put(out, 0x200 + 24, DebugDataOffset, 4);
        // .idata: two import descriptors and the terminating zero one, names at +0x100 and +0x110.
        put(out, 0x400 + 12, 0x2100, 4);
        put(out, 0x400 + 32, 0x2110, 4);
        out.replace(0x500, 13, QByteArray("KERNEL32.dll", 13));
        out.replace(0x510, 14, QByteArray("python311.dll", 14));
        // .didat: one delay-load descriptor (RVA-based) and a zero one.
        put(out, 0x600, 1, 4);
        put(out, 0x604, 0x3100, 4);
        out.replace(0x700, 11, QByteArray("nvcuda.dll", 11));
        out.append(QByteArray(0x40, 'C')); // CodeView data at DebugDataOffset
        if (withSymbols) {
            out.append(QByteArray(SymbolCount * 18, 'S'));
            QByteArray strings(4, '\0');
            strings += QByteArray(".debug_info") + '\0';
            put(strings, 0, quint64(strings.size()), 4);
            out.append(strings);
        }
        if (signature) {
            put(out, OptionalOffset + (pe32Plus ? 112 : 96) + 4 * 8, quint64(out.size()), 4);
            put(out, OptionalOffset + (pe32Plus ? 112 : 96) + 4 * 8 + 4, 8, 4);
            out.append(QByteArray(8, 'X'));
        }
        return out;
    }

    static void put(QByteArray& out, qsizetype at, quint64 value, int width)
    {
        for (int i = 0; i < width; ++i)
            out[at + i] = char((value >> (8 * i)) & 0xff);
    }

private:
    void writeOptionalHeader(QByteArray& out) const
    {
        put(out, OptionalOffset, pe32Plus ? 0x20b : 0x10b, 2);
        if (pe32Plus)
            put(out, OptionalOffset + 24, 0x180000000ull, 8);
        else
            put(out, OptionalOffset + 28, 0x10000000, 4);
        put(out, OptionalOffset + 68, 3, 2); // console
        put(out, OptionalOffset + 70, dllCharacteristics, 2);
        const int directories = OptionalOffset + (pe32Plus ? 112 : 96);
        put(out, directories - 4, 16, 4);
        put(out, directories + 1 * 8, 0x2000, 4); // import
        put(out, directories + 1 * 8 + 4, 60, 4);
        put(out, directories + 6 * 8, 0x1000, 4); // debug
        put(out, directories + 6 * 8 + 4, 28, 4);
        put(out, directories + 13 * 8, 0x3000, 4); // delay import
        put(out, directories + 13 * 8 + 4, 64, 4);
    }
};

} // namespace BundleScope::Test
