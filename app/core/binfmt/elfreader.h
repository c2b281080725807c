// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binfmt/elfinfo.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QIODevice>

namespace BundleScope {

class BinaryView;

// Parses an ELF file (32/64-bit, either byte order) following the System V gABI (ch. 4 "Object Files", ch. 5
// "Program Loading and Dynamic Linking"): sections, program headers, the dynamic section's DT_NEEDED / DT_SONAME /
// DT_RPATH / DT_RUNPATH, and the strip savings (ElfStripModel). Reads only headers and tables, never the whole file;
// every offset is checked against the file size and counts are capped: a truncated or lying file yields Malformed.
// Stateless, any thread; the device belongs to the caller and must be open for reading and seekable.
class ElfReader {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ElfReader)
public:
    static constexpr quint32 MaxSections = 100000;
    static constexpr quint32 MaxSegments = 65535;

    [[nodiscard]] static Result<ElfInfo> read(QIODevice& device, const QString& path = {});
    [[nodiscard]] static Result<ElfInfo> read(const QByteArray& data);
    // Headers and the dynamic section only (no symbol table, no strip model): what dependency analysis needs.
    [[nodiscard]] static Result<ElfInfo> readDynamicOnly(QIODevice& device, const QString& path = {});

private:
    static Result<ElfInfo> readHeader(const BinaryView& view);
    static Result<void> readSections(const BinaryView& view, ElfInfo& info, quint64 shoff, quint32 shnum);
    static Result<void> readSegments(
        const BinaryView& view, ElfInfo& info, quint64 phoff, quint32 phnum, quint16 entsize);
    static Result<void> readDynamic(const BinaryView& view, ElfInfo& info);
    static void readDebugSymbols(const BinaryView& view, ElfInfo& info);
};

} // namespace BundleScope
