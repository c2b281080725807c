// SPDX-License-Identifier: GPL-3.0-or-later
#include "carchiverewriter.h"

#include "binfmt/carchivereader.h"
#include "binfmt/pyzrewriter.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QtEndian>

#include <cerrno>
#include <cstdio>

namespace BundleScope {

namespace {
    constexpr qsizetype s_cookieSize = CArchiveReader::CookieSize;
    constexpr qsizetype s_tocHeader = 18;

    quint32 be32(const char* p)
    {
        return qFromBigEndian<quint32>(p);
    }
    void setBe32(char* p, quint32 value)
    {
        qToBigEndian(value, p);
    }
    quint64 le64(const QByteArray& data, qsizetype at)
    {
        return qFromLittleEndian<quint64>(data.constData() + at);
    }
    void setLe64(QByteArray& data, qsizetype at, quint64 value)
    {
        qToLittleEndian(value, data.data() + at);
    }
    quint16 le16(const QByteArray& data, qsizetype at)
    {
        return qFromLittleEndian<quint16>(data.constData() + at);
    }

    // PyInstaller names a package's run-time hook pyi_rth_<package>, with a few historical exceptions.
    bool isRuntimeHookOf(const QByteArray& script, const QSet<QByteArray>& packages)
    {
        static const QHash<QByteArray, QByteArray> aliases { { "pkg_resources", "pkgres" },
            { "matplotlib", "mplconfig" }, { "_tkinter", "_tkinter" }, { "tkinter", "_tkinter" } };
        if (!script.startsWith("pyi_rth_"))
            return false;
        const QByteArray hook = script.mid(8).toLower();
        for (const QByteArray& package : packages) {
            if (hook == package.toLower() || hook == aliases.value(package))
                return true;
        }
        return false;
    }

    // The ELF around a PKG that changed length by `pkgDelta` while the bytes after it moved by `shift`: the section
    // holding the PKG grows or shrinks, the sections and the section table after it move. `file` is the new file.
    Result<void> patchElf(QByteArray& file, qint64 packageStart, qint64 oldPackageEnd, qint64 pkgDelta, qint64 shift)
    {
        constexpr qsizetype header64 = 64;
        if (file.size() < header64 || file[4] != 2 || file[5] != 1) {
            if (qint64(file.size()) - shift == oldPackageEnd)
                return {}; // nothing follows the PKG: no ELF offset can point past it
            return makeError(Error::Code::Unsupported,
                CArchiveRewriter::tr("Only 64-bit little-endian ELF launchers with data after the archive can be "
                                     "rewritten."));
        }
        const quint64 phoff = le64(file, 0x20);
        const quint16 phentsize = le16(file, 0x36);
        const quint16 phnum = le16(file, 0x38);
        for (quint16 i = 0; i < phnum; ++i) {
            const quint64 at = phoff + quint64(i) * phentsize;
            if (at + 0x28 > quint64(packageStart))
                return makeError(
                    Error::Code::Malformed, CArchiveRewriter::tr("ELF program headers overlap the archive."));
            const quint64 offset = le64(file, qsizetype(at + 0x08));
            const quint64 fileSize = le64(file, qsizetype(at + 0x20));
            if (fileSize > 0 && offset + fileSize > quint64(packageStart))
                return makeError(Error::Code::Unsupported,
                    CArchiveRewriter::tr("A loaded ELF segment covers the archive; it cannot be rewritten."));
        }
        const quint64 oldShoff = le64(file, 0x28);
        if (oldShoff == 0)
            return {};
        if (oldShoff > quint64(packageStart) && oldShoff < quint64(oldPackageEnd))
            return makeError(Error::Code::Malformed, CArchiveRewriter::tr("ELF section headers overlap the archive."));
        const quint64 shoff = oldShoff >= quint64(oldPackageEnd) ? oldShoff + quint64(shift) : oldShoff;
        setLe64(file, 0x28, shoff);
        const quint16 shentsize = le16(file, 0x3A);
        const quint16 shnum = le16(file, 0x3C);
        if (shentsize < 0x28 || shoff + quint64(shnum) * shentsize > quint64(file.size()))
            return makeError(Error::Code::Malformed, CArchiveRewriter::tr("ELF section headers lie outside the file."));
        for (quint16 i = 0; i < shnum; ++i) {
            const qsizetype at = qsizetype(shoff + quint64(i) * shentsize);
            constexpr quint32 noBits = 8;
            if (qFromLittleEndian<quint32>(file.constData() + at + 4) == noBits)
                continue;
            const quint64 offset = le64(file, at + 0x18);
            const quint64 size = le64(file, at + 0x20);
            if (offset >= quint64(oldPackageEnd) && offset > 0)
                setLe64(file, at + 0x18, offset + quint64(shift));
            else if (offset <= quint64(packageStart) && offset + size >= quint64(oldPackageEnd))
                setLe64(file, at + 0x20,
                    size + quint64(offset + size == quint64(oldPackageEnd) ? pkgDelta : shift)); // "pydata"
        }
        return {};
    }
} // namespace

Result<CArchiveRewriter::Rewritten> CArchiveRewriter::withoutModules(
    const QByteArray& launcher, const QSet<QByteArray>& removedMembers)
{
    QByteArray shared = launcher;
    QBuffer device(&shared);
    device.open(QIODevice::ReadOnly);
    const Result<CArchiveInfo> info = CArchiveReader::read(device);
    if (!info)
        return info.error();

    // The members to remove, by the PYZ that holds them.
    QHash<QByteArray, QSet<QByteArray>> byPyz;
    for (const CArchiveEntry& entry : info->entries) {
        if (entry.typeCode == 'z')
            byPyz.insert(entry.name, {});
    }
    for (const QByteArray& member : removedMembers) {
        const qsizetype slash = member.indexOf('/');
        const auto pyz = byPyz.find(member.left(slash));
        if (slash <= 0 || pyz == byPyz.end())
            return makeError(Error::Code::NotFound,
                tr("%1 is not a module of the launcher's PYZ archive.").arg(QString::fromUtf8(member)));
        pyz->insert(member.mid(slash + 1));
    }

    Rewritten rewritten;
    QHash<QByteArray, QByteArray> newPyz;
    QSet<QByteArray> emptied;
    for (const CArchiveEntry& entry : info->entries) {
        if (entry.typeCode != 'z' || byPyz.value(entry.name).isEmpty())
            continue;
        QSet<QByteArray> notFound;
        Result<PyzRewriter::Rewritten> pyz
            = PyzRewriter::without(QByteArray::fromRawData(launcher.constData() + entry.offset, entry.storedLength),
                byPyz.value(entry.name), &notFound);
        if (!pyz)
            return pyz.error();
        if (!notFound.isEmpty())
            return makeError(Error::Code::NotFound,
                tr("%1/%2 is not a module of the launcher's PYZ archive.")
                    .arg(QString::fromUtf8(entry.name), QString::fromUtf8(*notFound.cbegin())));
        rewritten.removedModules += pyz->removedModules;
        emptied.unite(pyz->emptiedPackages);
        newPyz.insert(entry.name, std::move(pyz->pyz));
    }

    // Written once into one buffer (bootloader, members, TOC, cookie, trailer): fresh memory is what costs here.
    const char* cookie = launcher.constData() + info->cookieOffset;
    const qint64 tocStart = info->packageStart + be32(cookie + 12);
    QByteArray& out = rewritten.launcher;
    out.reserve(launcher.size() + 8);
    out.append(launcher.constData(), info->packageStart);
    QByteArray toc;
    qint64 rawEntry = tocStart;
    for (const CArchiveEntry& entry : info->entries) {
        QByteArray raw = launcher.mid(rawEntry, be32(launcher.constData() + rawEntry));
        rawEntry += raw.size();
        if (raw.size() < s_tocHeader)
            return makeError(Error::Code::Malformed, tr("PyInstaller table of contents entry truncated"));
        if (entry.typeCode == 's' && isRuntimeHookOf(entry.name, emptied)) {
            rewritten.removedHooks.append(QString::fromUtf8(entry.name));
            continue;
        }
        const auto pyz = newPyz.constFind(entry.name);
        const bool replaced = entry.typeCode == 'z' && pyz != newPyz.cend();
        setBe32(raw.data() + 4, quint32(out.size() - info->packageStart));
        if (replaced) {
            setBe32(raw.data() + 8, quint32(pyz->size()));
            setBe32(raw.data() + 12, quint32(pyz->size()));
            out.append(*pyz);
        } else {
            out.append(launcher.constData() + entry.offset, entry.storedLength);
        }
        toc.append(raw);
    }
    const qint64 dataLength = out.size() - info->packageStart;
    out.append(toc);
    out.append(cookie, s_cookieSize);
    const qint64 packageLength = out.size() - info->packageStart;
    char* newCookie = out.data() + out.size() - s_cookieSize;
    setBe32(newCookie + 8, quint32(packageLength));
    setBe32(newCookie + 12, quint32(dataLength));
    setBe32(newCookie + 16, quint32(toc.size()));

    const qint64 oldEnd = info->cookieOffset + s_cookieSize;
    const qint64 pkgDelta = packageLength - info->packageLength;
    const qint64 trailing = launcher.size() - oldEnd;
    // What follows keeps its 8-byte alignment (ELF section headers): zero bytes no section covers make up the rest.
    const qint64 padding = trailing == 0 ? 0 : ((-pkgDelta) % 8 + 8) % 8;
    out.append(QByteArray(padding, '\0'));
    out.append(launcher.constData() + oldEnd, trailing);
    if (launcher.startsWith("\x7f"
                            "ELF")) {
        if (Result<void> patched = patchElf(out, info->packageStart, oldEnd, pkgDelta, pkgDelta + padding); !patched)
            return patched.error();
    }

    // Read back what was written: a launcher the bootloader cannot open must never reach a trial or --out.
    QBuffer check(&rewritten.launcher);
    check.open(QIODevice::ReadOnly);
    const Result<CArchiveInfo> reread = CArchiveReader::read(check);
    if (!reread || reread->packageStart != info->packageStart
        || reread->entries.size() + std::size_t(rewritten.removedHooks.size()) != info->entries.size())
        return makeError(Error::Code::Malformed, tr("The rewritten launcher does not read back."));
    return rewritten;
}

Result<CArchiveRewriter::Rewritten> CArchiveRewriter::rewriteFile(
    const QString& from, const QString& to, const QSet<QByteArray>& removedMembers)
{
    QFile input(from);
    if (!input.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("Cannot read the launcher: %1").arg(input.errorString()), from);
    const QFile::Permissions permissions = input.permissions();
    // Mapped, not read: the launcher's pages come from the page cache without a copy.
    const uchar* mapped = input.map(0, input.size());
    if (!mapped)
        return makeError(Error::Code::Io, tr("Cannot read the launcher: %1").arg(input.errorString()), from);
    Result<Rewritten> rewritten
        = withoutModules(QByteArray::fromRawData(reinterpret_cast<const char*>(mapped), input.size()), removedMembers);
    input.unmap(const_cast<uchar*>(mapped));
    input.close();
    if (!rewritten)
        return rewritten.error();
    // A sibling file renamed over `to`: a reader never sees half a launcher. No fsync: trials and --out copies are
    // scratch until the user keeps them, and syncing 25 MB per trial would dominate the trial's overhead.
    const QString partial = to + QStringLiteral(".bundlescope-partial");
    QFile output(partial);
    if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || output.write(rewritten->launcher) != rewritten->launcher.size() || !output.setPermissions(permissions)) {
        const QString reason = output.errorString();
        output.close();
        QFile::remove(partial);
        return makeError(Error::Code::Io, tr("Cannot write the launcher: %1").arg(reason), to);
    }
    output.close();
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(to).constData()) != 0) {
        const QString reason = qt_error_string(errno);
        QFile::remove(partial);
        return makeError(Error::Code::Io, tr("Cannot write the launcher: %1").arg(reason), to);
    }
    return rewritten;
}

} // namespace BundleScope
