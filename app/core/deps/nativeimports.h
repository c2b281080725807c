// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace BundleScope {

// The dynamic-linking facts of one native file, whatever its format: what it needs and where the loader looks.
// A value produced by ImportReader on a worker thread.
struct NativeImports {
    enum class Format : std::uint8_t { None, Elf, Pe, MachO };

    Format format = Format::None;
    // ELF ET_EXEC or ET_DYN with a PT_INTERP (a PIE, but also libc.so.6 or libQt5Core.so.5, which can be run: see
    // DependencyGraphBuilder::classify); PE without the DLL flag; Mach-O MH_EXECUTE.
    bool isExecutable = false;
    // An ELF file packed by UPX (UpxDetector): its real dynamic section is compressed, so `needed` is unknown (empty).
    bool packed = false;
    QStringList needed; // DT_NEEDED; PE imports + delay imports; Mach-O dylib load commands
    QString soname; // DT_SONAME; Mach-O LC_ID_DYLIB
    QStringList searchPaths; // DT_RUNPATH, else DT_RPATH (split on ':'); Mach-O LC_RPATH. Raw: $ORIGIN unexpanded
};

} // namespace BundleScope
