// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

namespace BundleScope {

class DemoRandom;

// What ElfWriter should produce: a small but structurally valid ELF object.
struct ElfSpec {
    enum class Kind { SharedObject, Executable, Relocatable };
    static constexpr quint16 MachineX86_64 = 62;
    static constexpr quint16 Machine386 = 3;
    static constexpr quint16 MachinePpc = 20;
    static constexpr quint16 MachinePpc64 = 21;

    Kind kind = Kind::SharedObject;
    bool is64 = true;
    bool bigEndian = false;
    quint16 machine = MachineX86_64;
    QByteArray soname; // DT_SONAME, shared objects only
    QList<QByteArray> needed; // DT_NEEDED, in order
    QByteArray runpath; // DT_RUNPATH, e.g. "$ORIGIN/../lib"
    QByteArray interpreter = "/lib64/ld-linux-x86-64.so.2"; // PT_INTERP, executables and runnable shared objects
    // A shared object that can also be run, like libc.so.6 or libQt5Core.so.5: it keeps its SONAME and gets a
    // PT_INTERP and an entry point. It is still a library, not a program.
    bool runnable = false;
    QList<QByteArray> symbols; // exported functions, in .dynsym (and .symtab when unstripped)
    qint64 textSize = 4096; // bytes of .text (machine-code-like pseudo-random content)
    qint64 rodataSize = 0; // bytes of .rodata
    qint64 debugSize = 0; // > 0: unstripped, with .symtab/.strtab/.comment and this many bytes of .debug_* sections
    struct ExtraSection {
        QByteArray name;
        QByteArray data;
    };
    // Non-allocated PROGBITS sections after .dynamic, e.g. the "pydata" section PyInstaller adds with objcopy to hold
    // the PKG archive of a Linux executable (it survives strip, unlike bytes appended after the section headers).
    QList<ExtraSection> extraSections;
};

// Writes synthetic ELF files for the demo bundle and the tests: ELF header, program headers (PT_PHDR/PT_INTERP for
// executables and runnable shared objects, two PT_LOAD, PT_DYNAMIC, PT_GNU_STACK) and section headers (.hash, .dynsym,
// .dynstr, .text, .rodata, .dynamic, .shstrtab, plus .symtab/.strtab/.comment/.debug_* when unstripped), all offsets
// and addresses consistent so that readelf, objdump and strip accept the result. Layout follows the System V gABI
// ("Object Files", "Program Loading and Dynamic Linking") and the x86-64 psABI; 32-bit and big-endian variants use the
// same code paths. Stateless; callable from any thread.
class ElfWriter {
public:
    static QByteArray write(const ElfSpec& spec, DemoRandom& random);
    // The System V ABI hash function used by DT_HASH (gABI, "Hash Table").
    static quint32 sysvHash(const QByteArray& name);
};

} // namespace BundleScope
