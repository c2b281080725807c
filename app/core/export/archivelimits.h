// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "export/archiveplan.h"

#include <QCoreApplication>

namespace BundleScope {

// Format limits of the KArchive writers, checked before a single byte is written so no export ever ends in a
// corrupt archive. Stateless, any thread.
//  - KTar stores sizes as 11 octal digits (POSIX ustar, no GNU base-256 in KArchive 6.13): a member must stay
//    below 8 GiB.
//  - KZip before 6.29 writes no Zip64 records (APPNOTE 4.3.9/4.4.8: 32-bit sizes and offsets, 16-bit entry count in
//    the end-of-central-directory record): every size, every local header offset, the central directory offset
//    must stay below 4 GiB and the entry count below 65,536. Offsets are bounded by uncompressed data plus headers
//    because the compressed size is unknown before writing.
class ArchiveLimits {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ArchiveLimits)
public:
    static constexpr quint64 TarMaxMemberSize = 077777777777ull; // 8 GiB - 1
    static constexpr quint64 ZipMaxValue = 0xffffffffull; // 4 GiB - 1
    static constexpr quint32 ZipMaxEntries = 0xffff;
    // What KZip 6.13 writes around each entry with the extended timestamp field (0x5455) we ask for (APPNOTE 4.3.7,
    // 4.3.12, 4.3.16; info-zip's extra field list): a local header of 30 bytes + the name + a 17-byte UT field
    // (flags and three times), a central header of 46 bytes + the name + a 9-byte UT field (flags and the
    // modification time); no data descriptors (it seeks back to fill the sizes in); one 22-byte end record without
    // a comment. The Zip64 worst case and the estimator both count from these.
    static constexpr quint64 ZipLocalHeaderBytes = 30 + 17;
    static constexpr quint64 ZipCentralHeaderBytes = 46 + 9;
    static constexpr quint64 ZipEndRecordBytes = 22;

    // KArchive's version at run time: parsed from the loaded library's file name (libKF6Archive.so.6.13.0), falling
    // back to the headers' KARCHIVE_VERSION. Encoded like KARCHIVE_VERSION: (major << 16) | (minor << 8) | patch.
    static int runtimeKArchiveVersion();
    static QString runtimeKArchiveVersionString();
    static bool kzipWritesZip64() { return runtimeKArchiveVersion() >= ((6 << 16) | (29 << 8)); }

    static Result<void> check(const ArchivePlan& plan);

    // Upper bound of the zip's central directory offset for a plan when nothing compresses (deflate's stored-block
    // overhead included): what the Zip64 check compares against 4 GiB.
    static quint64 zipWorstCaseOffset(const ArchivePlan& plan);
};

} // namespace BundleScope
