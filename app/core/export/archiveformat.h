// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace BundleScope {

// The distribution archive formats BundleScope writes (and estimates). Zip is one deflate stream per entry
// (PKWARE APPNOTE 6.3.x); the tar formats are one ustar/GNU stream compressed as a whole.
enum class ArchiveFormat { TarGz, Zip, TarXz, TarZst };

// Names, extensions and parsing of ArchiveFormat values. Stateless, any thread.
class ArchiveFormats {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ArchiveFormats)
public:
    static QString id(ArchiveFormat format); // "tar.gz", "zip", "tar.xz", "tar.zst": stable, used by CLI and JSON
    static QString extension(ArchiveFormat format); // ".tar.gz" …
    static QString displayName(ArchiveFormat format); // translated
    static std::optional<ArchiveFormat> fromId(QStringView id); // also accepts "tgz", "targz", "zst"
    static std::vector<ArchiveFormat> all();
    static bool isTar(ArchiveFormat format) { return format != ArchiveFormat::Zip; }
    // Whether the compression level is applied (gzip and zip deflate 1-9). xz uses preset 6, zstd KArchive's default.
    static bool hasLevel(ArchiveFormat format)
    {
        return format == ArchiveFormat::TarGz || format == ArchiveFormat::Zip;
    }
};

} // namespace BundleScope
