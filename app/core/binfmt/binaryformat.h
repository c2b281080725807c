// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace BundleScope {

// Tells the executable formats apart from the first bytes of a file (ELF: System V gABI e_ident; PE: the "MZ" DOS
// header plus "PE\0\0" at e_lfanew when the head reaches it; Mach-O: <mach-o/loader.h> and <mach-o/fat.h> magics).
// Stateless, any thread.
class BinaryFormat {
public:
    enum class Kind { Unknown, Elf, Pe, MachO, MachOFat };

    // 64 bytes are enough for ELF and Mach-O; PE needs the head to reach e_lfanew + 4 (usually < 512 bytes), a
    // shorter head with a valid DOS header still counts as Pe.
    static Kind detect(QByteArrayView head);
    static QString id(Kind kind); // "elf", "pe", "macho", "macho_fat", "unknown"
};

} // namespace BundleScope
