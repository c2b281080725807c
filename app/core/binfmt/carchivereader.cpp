// SPDX-License-Identifier: GPL-3.0-or-later
#include "carchivereader.h"

#include "binfmt/zlibinflate.h"

#include <QtEndian>

namespace BundleScope {

namespace {
    constexpr char s_magic[] = { 'M', 'E', 'I', '\014', '\013', '\012', '\013', '\016' };
    constexpr qint64 s_chunk = 64 * 1024;
    constexpr qint64 s_entryHeader = 18; // 4 x u32 + flag + type code
    constexpr qint64 s_maxTocLength = 256 * 1024 * 1024;

    quint32 be32(const char* p)
    {
        return qFromBigEndian<quint32>(p);
    }
} // namespace

Result<CArchiveInfo> CArchiveReader::read(QIODevice& device)
{
    const qint64 fileSize = device.size();
    if (fileSize < CookieSize)
        return makeError(Error::Code::NotABundle, tr("File too small to hold a PyInstaller archive"));
    const qint64 lowest = std::max<qint64>(0, fileSize - MaxCookieSearch);
    // Search backwards in overlapping chunks: the last cookie is the real one (the bootloader's own code holds the
    // magic too, earlier in the file).
    qint64 chunkEnd = fileSize;
    Error lastError = makeError(Error::Code::NotABundle, tr("No PyInstaller archive found in this file"));
    while (chunkEnd > lowest) {
        const qint64 chunkStart = std::max(lowest, chunkEnd - s_chunk);
        if (!device.seek(chunkStart))
            return makeError(Error::Code::Io, tr("Cannot read the file: %1").arg(device.errorString()));
        const QByteArray chunk = device.read(chunkEnd - chunkStart);
        if (chunk.size() != chunkEnd - chunkStart)
            return makeError(Error::Code::Io, tr("Cannot read the file: %1").arg(device.errorString()));
        for (qsizetype i = chunk.size() - qsizetype(sizeof s_magic); i >= 0; --i) {
            if (chunk[i] != 'M' || memcmp(chunk.constData() + i, s_magic, sizeof s_magic) != 0)
                continue;
            const qint64 cookieOffset = chunkStart + i;
            auto info = parseAt(device, cookieOffset);
            if (info)
                return info;
            lastError = info.error(); // a stray magic: keep searching backwards
        }
        if (chunkStart == lowest)
            break;
        chunkEnd = chunkStart + qint64(sizeof s_magic) - 1; // overlap so a magic across the boundary is seen
    }
    return lastError;
}

Result<CArchiveInfo> CArchiveReader::parseAt(QIODevice& device, qint64 cookieOffset)
{
    const qint64 fileSize = device.size();
    if (cookieOffset + CookieSize > fileSize)
        return makeError(Error::Code::Malformed, tr("PyInstaller cookie truncated"));
    if (!device.seek(cookieOffset))
        return makeError(Error::Code::Io, device.errorString());
    const QByteArray cookie = device.read(CookieSize);
    if (cookie.size() != CookieSize)
        return makeError(Error::Code::Io, device.errorString());
    CArchiveInfo info;
    info.cookieOffset = cookieOffset;
    info.packageLength = be32(cookie.constData() + 8);
    const qint64 tocOffset = be32(cookie.constData() + 12);
    const qint64 tocLength = be32(cookie.constData() + 16);
    info.pythonVersion = qint32(be32(cookie.constData() + 20));
    info.pythonLibrary = QByteArray(cookie.constData() + 24, 64);
    info.pythonLibrary.truncate(info.pythonLibrary.indexOf('\0') >= 0 ? info.pythonLibrary.indexOf('\0') : 64);
    const qint64 cookieEnd = cookieOffset + CookieSize;
    info.packageStart = cookieEnd - info.packageLength;
    if (info.packageLength < CookieSize || info.packageStart < 0)
        return makeError(
            Error::Code::Malformed, tr("PyInstaller archive length %1 is impossible").arg(info.packageLength));
    if (tocLength > s_maxTocLength || tocOffset + tocLength > info.packageLength - CookieSize)
        return makeError(Error::Code::Malformed, tr("PyInstaller table of contents lies outside the archive"));
    if (info.pythonVersion < 200 || info.pythonVersion > 999)
        return makeError(
            Error::Code::Malformed, tr("Implausible Python version %1 in the archive").arg(info.pythonVersion));
    if (!device.seek(info.packageStart + tocOffset))
        return makeError(Error::Code::Io, device.errorString());
    const QByteArray toc = device.read(tocLength);
    if (toc.size() != tocLength)
        return makeError(Error::Code::Malformed, tr("PyInstaller table of contents truncated"));
    auto entries = parseToc(toc, info, fileSize);
    if (!entries)
        return entries.error();
    info.entries = std::move(*entries);
    for (const CArchiveEntry& entry : info.entries) {
        if (entry.typeCode == 'o')
            info.options.append(QString::fromUtf8(entry.name));
    }
    return info;
}

Result<std::vector<CArchiveEntry>> CArchiveReader::parseToc(
    const QByteArray& toc, const CArchiveInfo& info, qint64 fileSize)
{
    std::vector<CArchiveEntry> entries;
    qint64 pos = 0;
    while (pos < toc.size()) {
        if (pos + s_entryHeader > toc.size())
            return makeError(Error::Code::Malformed, tr("Truncated entry in the table of contents"));
        const char* p = toc.constData() + pos;
        const qint64 entryLength = be32(p);
        if (entryLength < s_entryHeader + 1 || pos + entryLength > toc.size())
            return makeError(
                Error::Code::Malformed, tr("Entry length %1 in the table of contents is invalid").arg(entryLength));
        CArchiveEntry entry;
        entry.offset = info.packageStart + qint64(be32(p + 4));
        entry.storedLength = be32(p + 8);
        entry.length = be32(p + 12);
        entry.compressed = p[16] != 0;
        entry.typeCode = p[17];
        const QByteArray rawName(p + s_entryHeader, entryLength - s_entryHeader);
        const qsizetype nul = rawName.indexOf('\0');
        if (nul < 0)
            return makeError(Error::Code::Malformed, tr("Unterminated name in the table of contents"));
        entry.name = rawName.left(nul);
        if (entry.offset + entry.storedLength > std::min(fileSize, info.cookieOffset))
            return makeError(
                Error::Code::Malformed, tr("Entry %1 lies outside the archive").arg(QString::fromUtf8(entry.name)));
        if (!entry.compressed && entry.storedLength != entry.length && entry.typeCode != 'z')
            return makeError(Error::Code::Malformed,
                tr("Stored entry %1 has inconsistent lengths").arg(QString::fromUtf8(entry.name)));
        entries.push_back(std::move(entry));
        pos += entryLength;
    }
    return entries;
}

Result<QByteArray> CArchiveReader::readEntry(QIODevice& device, const CArchiveEntry& entry, qint64 maxBytes)
{
    if (!entry.compressed && entry.storedLength > maxBytes)
        return makeError(Error::Code::TooLarge, tr("Entry exceeds %1 bytes").arg(maxBytes));
    if (!device.seek(entry.offset))
        return makeError(Error::Code::Io, device.errorString());
    const QByteArray stored = device.read(entry.storedLength);
    if (stored.size() != qsizetype(entry.storedLength))
        return makeError(Error::Code::Io, tr("Entry %1 is truncated").arg(QString::fromUtf8(entry.name)));
    if (!entry.compressed)
        return stored;
    return ZlibInflate::inflate(stored, std::min<qint64>(maxBytes, qint64(entry.length)));
}

} // namespace BundleScope
