// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivelimits.h"

#include "common/sizeformat.h"

#include <karchive_version.h>

#include <QFileInfo>
#include <QRegularExpression>

#include <link.h>

namespace BundleScope {

namespace {
    int parseVersion(const QString& fileName)
    {
        static const QRegularExpression re(QStringLiteral("\\.so\\.(\\d+)\\.(\\d+)\\.(\\d+)$"));
        const auto match = re.match(fileName);
        if (!match.hasMatch())
            return -1;
        return (match.captured(1).toInt() << 16) | (match.captured(2).toInt() << 8) | match.captured(3).toInt();
    }

    int visitObject(dl_phdr_info* info, size_t, void* data)
    {
        const QString name = QFile::decodeName(info->dlpi_name ? info->dlpi_name : "");
        if (!name.contains(QLatin1String("libKF6Archive.so")))
            return 0;
        *static_cast<int*>(data) = parseVersion(QFileInfo(name).canonicalFilePath());
        return 1;
    }

    int detectVersion()
    {
        // The loaded shared object's real file name carries the full version; a static build has none.
        int version = -1;
        dl_iterate_phdr(&visitObject, &version);
        return version > 0 ? version : KARCHIVE_VERSION;
    }
} // namespace

int ArchiveLimits::runtimeKArchiveVersion()
{
    static const int version = detectVersion();
    return version;
}

QString ArchiveLimits::runtimeKArchiveVersionString()
{
    const int v = runtimeKArchiveVersion();
    return QStringLiteral("%1.%2.%3").arg(v >> 16).arg((v >> 8) & 0xff).arg(v & 0xff);
}

quint64 ArchiveLimits::zipWorstCaseOffset(const ArchivePlan& plan)
{
    quint64 offset = 0;
    for (const ArchiveEntry& entry : plan.entries()) {
        // Local header with the UT extra field, name (directories get a '/'), data; deflate never grows data by more
        // than 5 bytes per 16 KiB stored block plus a few bytes of stream end (zlib's deflateBound).
        offset += ZipLocalHeaderBytes + quint64(entry.path.size()) + 1;
        offset += entry.size + (entry.size >> 12) + (entry.size >> 14) + (entry.size >> 25) + 13
            + quint64(entry.symlinkTarget.size()) * 4;
    }
    return offset;
}

Result<void> ArchiveLimits::check(const ArchivePlan& plan)
{
    const bool zip = plan.format() == ArchiveFormat::Zip;
    if (!zip) {
        for (const ArchiveEntry& entry : plan.entries()) {
            if (entry.size > TarMaxMemberSize)
                return makeError(Error::Code::TooLarge,
                    tr("%1 is %2: KTar cannot store files of 8 GiB or more. Leave it out of the "
                       "archive or ship it separately.")
                        .arg(QFile::decodeName(entry.path), SizeFormat::format(entry.size)),
                    QFile::decodeName(entry.path));
        }
        return {};
    }
    if (kzipWritesZip64())
        return {};
    const QString advice
        = tr("KArchive %1 writes no Zip64; export as tar.gz instead.").arg(runtimeKArchiveVersionString());
    if (plan.entries().size() > ZipMaxEntries)
        return makeError(Error::Code::TooLarge,
            tr("The archive would hold %1 entries, more than zip without Zip64 can count (65,535). %2")
                .arg(plan.entries().size())
                .arg(advice));
    for (const ArchiveEntry& entry : plan.entries()) {
        if (entry.size > ZipMaxValue)
            return makeError(Error::Code::TooLarge,
                tr("%1 is %2, 4 GiB or more: zip needs Zip64 for it. %3")
                    .arg(QFile::decodeName(entry.path), SizeFormat::format(entry.size), advice),
                QFile::decodeName(entry.path));
    }
    const quint64 worst = zipWorstCaseOffset(plan);
    if (worst > ZipMaxValue)
        return makeError(Error::Code::TooLarge,
            tr("The zip could reach %1, past the 4 GiB offsets zip without Zip64 can address. %2")
                .arg(SizeFormat::format(worst), advice));
    return {};
}

} // namespace BundleScope
