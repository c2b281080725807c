// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binfmt/peinfo.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QIODevice>

namespace BundleScope {

class BinaryView;

// Parses a PE image (PE32 and PE32+) after the Microsoft PE/COFF specification: DOS header, "PE\0\0", COFF file
// header, optional header with DllCharacteristics and data directories, section table, import and delay-load import
// DLL names (RVAs resolved through the sections), COFF symbol/string tables and the debug directory. Every offset is
// checked against the file size and every table count is capped; a truncated or lying file yields Malformed.
// Stateless, any thread; the device belongs to the caller and must be open for reading and seekable.
class PeReader {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::PeReader)
public:
    static constexpr int MaxDescriptors = 4096;

    [[nodiscard]] static Result<PeInfo> read(QIODevice& device, const QString& path = {});
    [[nodiscard]] static Result<PeInfo> read(const QByteArray& data);

private:
    static Result<PeInfo> readHeaders(const BinaryView& view);
    static Result<void> readOptionalHeader(const BinaryView& view, PeInfo& info, quint64 offset, quint16 size);
    static Result<void> readSections(
        const BinaryView& view, PeInfo& info, quint64 offset, quint16 count, const QByteArray& strings);
    static Result<QByteArray> readSymbols(const BinaryView& view, PeInfo& info);
    static Result<QStringList> readImportNames(const BinaryView& view, const PeInfo& info, bool delayLoad);
    static Result<void> readDebugDirectory(const BinaryView& view, PeInfo& info);
    static Result<QString> readString(const BinaryView& view, const PeInfo& info, quint64 rva, const QString& what);
    struct Location {
        quint64 offset = 0; // in the file
        quint64 available = 0; // raw bytes of the section from there on
    };
    static std::optional<Location> fileOffset(const PeInfo& info, quint64 rva);
};

} // namespace BundleScope
