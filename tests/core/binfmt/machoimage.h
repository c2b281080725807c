// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace BundleScope::Test {

// Writes a small Mach-O file byte by byte (<mach-o/loader.h>, <mach-o/nlist.h>, <mach-o/fat.h>) for the reader
// tests: header; LC_SEGMENT(_64) __TEXT and __DWARF; LC_SYMTAB; LC_DYSYMTAB; LC_ID_DYLIB; LC_LOAD_DYLIB;
// LC_LOAD_WEAK_DYLIB; LC_REEXPORT_DYLIB; LC_RPATH; optionally LC_CODE_SIGNATURE; then DWARF bytes, four nlist entries
// (two STABS, two regular), the string table and the signature blob. fat() wraps slices in a universal file.
// Test thread only.
class MachOImage {
public:
    static constexpr int DwarfSize = 0x100;
    static constexpr int HeaderSize64 = 32;

    bool is64 = true;
    bool bigEndian = false;
    quint32 cpuType = 0x01000007; // CPU_TYPE_X86_64
    bool signature = false;

    QByteArray build() const
    {
        const QByteArray probe = commands(0);
        const quint32 dataStart = quint32(headerSize() + probe.size());
        const QByteArray loadCommands = commands(dataStart);
        QByteArray out = integer(is64 ? 0xfeedfacfu : 0xfeedfaceu, 4) + integer(cpuType, 4) + integer(3, 4)
            + integer(6, 4) + integer(quint64(commandCount()), 4) + integer(quint64(loadCommands.size()), 4)
            + integer(0x85, 4);
        if (is64)
            out += integer(0, 4);
        out += loadCommands;
        out += QByteArray(DwarfSize, 'D');
        out += symbols();
        out += strings();
        if (signature)
            out += QByteArray(16, 'X');
        return out;
    }

    // A universal file holding `slices` at 16-byte aligned offsets (fat_arch, or fat_arch_64 when wide).
    static QByteArray fat(const QList<QPair<quint32, QByteArray>>& slices, bool wide = false)
    {
        QByteArray out = big(wide ? 0xcafebabfu : 0xcafebabeu, 4) + big(quint64(slices.size()), 4);
        quint64 offset = 8 + quint64(slices.size()) * (wide ? 32 : 20);
        for (const auto& [cpu, bytes] : slices) {
            offset = (offset + 15) / 16 * 16;
            out += big(cpu, 4) + big(3, 4);
            if (wide)
                out += big(offset, 8) + big(quint64(bytes.size()), 8) + big(4, 4) + big(0, 4);
            else
                out += big(offset, 4) + big(quint64(bytes.size()), 4) + big(4, 4);
            offset += quint64(bytes.size());
        }
        for (const auto& [cpu, bytes] : slices) {
            out.append(QByteArray((16 - out.size() % 16) % 16, '\0'));
            out += bytes;
        }
        return out;
    }

    QByteArray integer(quint64 value, int width) const
    {
        QByteArray out(width, '\0');
        for (int i = 0; i < width; ++i)
            out[i] = char((value >> (8 * (bigEndian ? width - 1 - i : i))) & 0xff);
        return out;
    }
    int headerSize() const { return is64 ? 32 : 28; }
    int commandCount() const { return signature ? 10 : 9; }

private:
    static QByteArray big(quint64 value, int width)
    {
        QByteArray out(width, '\0');
        for (int i = 0; i < width; ++i)
            out[i] = char((value >> (8 * (width - 1 - i))) & 0xff);
        return out;
    }
    QByteArray word(quint64 value) const { return integer(value, is64 ? 8 : 4); }
    QByteArray segment(const char* name, quint64 fileOffset, quint64 fileSize) const
    {
        QByteArray segname(16, '\0');
        segname.replace(0, qsizetype(qstrlen(name)), name);
        const quint32 cmd = is64 ? 0x19 : 0x1;
        return integer(cmd, 4) + integer(is64 ? 72 : 56, 4) + segname + word(0) + word(fileSize) + word(fileOffset)
            + word(fileSize) + integer(7, 4) + integer(5, 4) + integer(0, 4) + integer(0, 4);
    }
    QByteArray stringCommand(quint32 cmd, const QByteArray& text, bool dylib) const
    {
        const int fixed = dylib ? 24 : 12;
        QByteArray padded = text + '\0';
        padded.append(QByteArray((8 - (fixed + padded.size()) % 8) % 8, '\0'));
        QByteArray out = integer(cmd, 4) + integer(quint64(fixed + padded.size()), 4) + integer(quint64(fixed), 4);
        if (dylib)
            out += integer(2, 4) + integer(0x10000, 4) + integer(0x10000, 4);
        return out + padded;
    }
    QByteArray commands(quint32 dataStart) const
    {
        const quint32 symoff = dataStart + DwarfSize;
        const quint32 stroff = symoff + quint32(symbols().size());
        const quint32 signatureOffset = stroff + quint32(strings().size());
        QByteArray out = segment("__TEXT", 0, dataStart) + segment("__DWARF", dataStart, DwarfSize);
        out += integer(0x2, 4) + integer(24, 4) + integer(symoff, 4) + integer(4, 4) + integer(stroff, 4)
            + integer(quint64(strings().size()), 4);
        out += integer(0xb, 4) + integer(80, 4) + integer(0, 4) + integer(3, 4) + QByteArray(64, '\0');
        out += stringCommand(0xd, "@rpath/libfoo.dylib", true);
        out += stringCommand(0xc, "/usr/lib/libSystem.B.dylib", true);
        out += stringCommand(0x80000018u, "@rpath/libweak.dylib", true);
        out += stringCommand(0x8000001fu, "@rpath/libre.dylib", true);
        out += stringCommand(0x8000001cu, "@loader_path/../lib", false);
        if (signature)
            out += integer(0x1d, 4) + integer(16, 4) + integer(signatureOffset, 4) + integer(16, 4);
        return out;
    }
    // N_SO "a.c" and N_FUN "_f" (debug), then "_f" (N_SECT|N_EXT) and "_g" (N_SECT) kept.
    QByteArray symbols() const
    {
        QByteArray out;
        for (auto [name, type] : { std::pair<quint32, quint8> { 1, 0x64 }, { 5, 0x24 }, { 5, 0x0f }, { 8, 0x0e } })
            out += integer(name, 4) + QByteArray(1, char(type)) + QByteArray(1, '\1') + integer(0, 2) + word(0x1000);
        return out;
    }
    static QByteArray strings() { return QByteArray("\0a.c\0_f\0_g\0\0", 12); }
};

} // namespace BundleScope::Test
