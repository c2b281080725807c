// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

#include <vector>

namespace BundleScope {

// One member of a PyInstaller CArchive (the "PKG" appended to or embedded in the bootloader executable).
struct CArchiveEntry {
    QByteArray name; // UTF-8, '/'-separated
    qint64 offset = 0; // absolute file offset of the stored bytes
    quint32 storedLength = 0;
    quint32 length = 0; // uncompressed
    bool compressed = false; // zlib (PKG entries are level 9; the PYZ is stored as is)
    // b binary, x data, z PYZ, m/M module/package, s script, o option, d dependency, l splash, n symlink
    char typeCode = 0;
};

struct CArchiveInfo {
    qint64 cookieOffset = 0;
    qint64 packageStart = 0; // first byte of the PKG: what precedes it is the bootloader
    qint64 packageLength = 0;
    int pythonVersion = 0; // e.g. 311
    QByteArray pythonLibrary; // e.g. "libpython3.11.so.1.0"
    std::vector<CArchiveEntry> entries;
    QStringList options; // run-time options ('o' entries), e.g. "pyi-contents-directory _internal"
};

// Reads the table of contents of PyInstaller's CArchive, as written by PyInstaller 6
// (PyInstaller/archive/writers.py, bootloader/src/pyi_archive.c):
//   cookie (88 bytes, big-endian): magic "MEI\014\013\012\013\016", package length u32, TOC offset u32, TOC length u32,
//   Python version i32, Python library name char[64]; package start = cookie end - package length.
//   TOC entry: entry length u32, data offset u32, stored length u32, uncompressed length u32, compression flag u8,
//   type code char, NUL-terminated UTF-8 name padded to a multiple of 16 bytes.
// On Linux the PKG sits in an ELF section followed by the section headers, so the cookie is searched backwards from
// the end in overlapping chunks, as the bootloader does. Every offset and length is checked against the file size.
class CArchiveReader {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::CArchiveReader)
public:
    static constexpr qint64 CookieSize = 88;
    static constexpr qint64 MaxCookieSearch = 16 * 1024 * 1024; // only trailers follow the PKG

    // device must be open, readable and seekable. NotABundle when no cookie is found.
    static Result<CArchiveInfo> read(QIODevice& device);
    // The entry's content, decompressed; Error TooLarge when it exceeds maxBytes.
    static Result<QByteArray> readEntry(QIODevice& device, const CArchiveEntry& entry, qint64 maxBytes);

private:
    static Result<CArchiveInfo> parseAt(QIODevice& device, qint64 cookieOffset);
    static Result<std::vector<CArchiveEntry>> parseToc(
        const QByteArray& toc, const CArchiveInfo& info, qint64 fileSize);
};

} // namespace BundleScope
