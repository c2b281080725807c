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
    bool isExecutable = false; // ELF ET_EXEC / PIE with an interpreter is not told apart; PE without the DLL flag
    QStringList needed; // DT_NEEDED; PE imports + delay imports; Mach-O dylib load commands
    QString soname; // DT_SONAME; Mach-O LC_ID_DYLIB
    QStringList searchPaths; // DT_RUNPATH, else DT_RPATH (split on ':'); Mach-O LC_RPATH. Raw: $ORIGIN unexpanded
};

} // namespace BundleScope
