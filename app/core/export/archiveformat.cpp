// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiveformat.h"

namespace BundleScope {

QString ArchiveFormats::id(ArchiveFormat format)
{
    switch (format) {
    case ArchiveFormat::TarGz:
        return QStringLiteral("tar.gz");
    case ArchiveFormat::Zip:
        return QStringLiteral("zip");
    case ArchiveFormat::TarXz:
        return QStringLiteral("tar.xz");
    case ArchiveFormat::TarZst:
        return QStringLiteral("tar.zst");
    }
    return {};
}

QString ArchiveFormats::extension(ArchiveFormat format)
{
    return u'.' + id(format);
}

QString ArchiveFormats::displayName(ArchiveFormat format)
{
    switch (format) {
    case ArchiveFormat::TarGz:
        return tr("tar.gz (gzip)");
    case ArchiveFormat::Zip:
        return tr("zip (deflate)");
    case ArchiveFormat::TarXz:
        return tr("tar.xz (xz)");
    case ArchiveFormat::TarZst:
        return tr("tar.zst (zstd)");
    }
    return {};
}

std::optional<ArchiveFormat> ArchiveFormats::fromId(QStringView id)
{
    const QString lower = id.toString().toLower();
    if (lower == u"tar.gz" || lower == u"tgz" || lower == u"targz" || lower == u"gz")
        return ArchiveFormat::TarGz;
    if (lower == u"zip")
        return ArchiveFormat::Zip;
    if (lower == u"tar.xz" || lower == u"txz" || lower == u"xz")
        return ArchiveFormat::TarXz;
    if (lower == u"tar.zst" || lower == u"tzst" || lower == u"zst" || lower == u"zstd")
        return ArchiveFormat::TarZst;
    return std::nullopt;
}

std::vector<ArchiveFormat> ArchiveFormats::all()
{
    return { ArchiveFormat::TarGz, ArchiveFormat::Zip, ArchiveFormat::TarXz, ArchiveFormat::TarZst };
}

} // namespace BundleScope
