// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binfmt/machoinfo.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QIODevice>

namespace BundleScope {

class BinaryView;

// Parses thin Mach-O files (32/64-bit, either byte order) and universal (fat, fat64) files after Apple's
// <mach-o/loader.h>, <mach-o/fat.h> and <mach-o/nlist.h>: segments (incl. __DWARF), LC_SYMTAB / LC_DYSYMTAB, dylib
// load commands, LC_RPATH, LC_ID_DYLIB and LC_CODE_SIGNATURE. The symbol table is scanned for STABS entries to
// estimate `strip -S`. Every offset is checked against its slice and counts are capped: a truncated or lying file
// yields Malformed. Stateless, any thread; the device belongs to the caller and must be open and seekable.
class MachOReader {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::MachOReader)
public:
    static constexpr quint32 MaxArchitectures = 64;
    static constexpr quint32 MaxLoadCommands = 65536;

    [[nodiscard]] static Result<MachOInfo> read(QIODevice& device, const QString& path = {});
    [[nodiscard]] static Result<MachOInfo> read(const QByteArray& data);

private:
    static Result<std::vector<MachOSlice>> readFatHeader(const BinaryView& view);
    static Result<void> readSlice(const BinaryView& view, MachOSlice& slice);
    static Result<void> readLoadCommand(
        const BinaryView& view, MachOSlice& slice, const QByteArray& commands, qint64 at, quint32 size);
    static Result<void> readSymbols(const BinaryView& view, MachOSlice& slice, quint32 symoff, quint32 stroff);
};

} // namespace BundleScope
