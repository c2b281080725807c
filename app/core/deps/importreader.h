// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "deps/nativeimports.h"

#include <QCoreApplication>
#include <QIODevice>

namespace BundleScope {

// Reads the dynamic dependencies of one native file: detects the format from the first bytes (BinaryFormat), then
// reads only headers and import tables (ElfReader::readDynamicOnly, PeReader, MachOReader: the first slice of a
// universal file). Not a native file: Format::None, no error. Stateless, any thread; the device is the caller's.
class ImportReader {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ImportReader)
public:
    [[nodiscard]] static Result<NativeImports> read(QIODevice& device, const QString& path = {});

    // ld.so: DT_RUNPATH wins over DT_RPATH (System V gABI, "Shared Object Dependencies").
    static QStringList elfSearchPaths(const QString& rpath, const QString& runpath);
};

} // namespace BundleScope
