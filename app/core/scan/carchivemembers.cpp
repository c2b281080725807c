// SPDX-License-Identifier: GPL-3.0-or-later
#include "carchivemembers.h"

#include "binfmt/marshalstrings.h"
#include "binfmt/pyzreader.h"
#include "binfmt/zlibinflate.h"
#include "scan/memorycontentdevice.h"

#include <QFile>
#include <QtEndian>

namespace BundleScope {

namespace {
    constexpr quint64 s_maxInflateForSize = 64ull * 1024 * 1024; // sizing one PYZ module stops here (bombs)

    struct Collector {
        VirtualTreeBuilder& members;
        CArchiveMembers::Collected& out;
        CArchiveMembers::Sizes sizes;

        void add(QByteArray path, quint64 realSize, const CArchiveMembers::Location& where)
        {
            VirtualTreeBuilder::Member member;
            member.path = std::move(path);
            member.size = sizes == CArchiveMembers::Sizes::Stored ? quint64(where.storedLength) : realSize;
            member.storedSize = quint64(where.storedLength);
            member.locator = qint64(out.locations.size());
            out.locations.push_back(where);
            members.add(std::move(member));
        }
        // Bytes that belong to no member (tables of contents, headers): shown so the parts add up to the whole.
        void addIndex(QByteArray path, qint64 bytes)
        {
            if (bytes <= 0)
                return;
            VirtualTreeBuilder::Member member;
            member.path = std::move(path);
            member.size = quint64(bytes);
            member.storedSize = quint64(bytes);
            members.add(std::move(member));
        }
    };

    // The PYZ's modules below "<pyz name>/"; returns false when the PYZ cannot be read (it is then listed as one file).
    bool collectPyz(QIODevice& file, const CArchiveEntry& entry, Collector& collector, const CancellationToken& token)
    {
        auto pyz = PyzReader::read(file, entry.offset, entry.storedLength);
        if (!pyz)
            return false;
        // The bytecode version of the modules (ImportGraphBuilder): what the PYZ says, not the cookie.
        if (pyz->pycMagic.size() == 4)
            collector.members.setMetadata(QStringLiteral("pyinstaller.pyz_python_version"),
                MarshalStrings::versionFromMagic(qFromLittleEndian<quint16>(pyz->pycMagic.constData())));
        qint64 moduleBytes = 0;
        for (const PyzEntry& module : pyz->entries) {
            if (token.isCancelled())
                return true;
            // Real sizes cost one inflate per module: only worth it when they are shown (one-file executables).
            quint64 realSize = quint64(module.storedLength);
            if (collector.sizes == CArchiveMembers::Sizes::Uncompressed) {
                file.seek(module.offset);
                realSize
                    = ZlibInflate::inflatedSize(file.read(module.storedLength), s_maxInflateForSize).valueOr(realSize);
            }
            collector.add(
                entry.name + '/' + module.relativePath(), realSize, { module.offset, module.storedLength, true });
            moduleBytes += module.storedLength;
        }
        if (collector.sizes == CArchiveMembers::Sizes::Stored)
            collector.addIndex(entry.name + "/(PYZ index)", qint64(entry.storedLength) - moduleBytes);
        return true;
    }
} // namespace

Result<CArchiveMembers::Collected> CArchiveMembers::collect(QIODevice& file, const CArchiveInfo& archive, Sizes sizes,
    VirtualTreeBuilder& members, const CancellationToken& token)
{
    Collected out;
    Collector collector { members, out, sizes };
    const qint64 trailer = file.size() - (archive.cookieOffset + CArchiveReader::CookieSize);
    const qint64 bootloader = archive.packageStart + trailer;
    collector.add("(bootloader)", quint64(bootloader), { 0, bootloader, false });
    qint64 memberBytes = 0;
    for (const CArchiveEntry& entry : archive.entries) {
        if (token.isCancelled())
            return makeError(Error::Code::Cancelled, tr("Scan cancelled"));
        memberBytes += entry.storedLength;
        if (entry.typeCode == 'o')
            continue; // run-time options: listed in the metadata, they hold no bytes
        if (entry.typeCode == 'z') {
            out.pyzBytes += entry.storedLength;
            if (collectPyz(file, entry, collector, token))
                continue;
        }
        if (entry.typeCode == 'n') {
            VirtualTreeBuilder::Member link;
            link.path = entry.name;
            link.kind = NodeKind::Symlink;
            link.size = sizes == Sizes::Stored ? entry.storedLength : 0;
            link.symlinkTarget = CArchiveReader::readEntry(file, entry, 4096).valueOr({});
            members.add(std::move(link));
            continue;
        }
        collector.add(entry.name, entry.length, { entry.offset, entry.storedLength, entry.compressed });
    }
    if (token.isCancelled())
        return makeError(Error::Code::Cancelled, tr("Scan cancelled"));
    if (sizes == Sizes::Stored)
        collector.addIndex("(archive index)", archive.packageLength - memberBytes);
    return out;
}

std::unique_ptr<QIODevice> CArchiveMembers::open(const QString& path, const Location& where, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(where.offset) || where.storedLength > maxBytes)
        return nullptr;
    const QByteArray stored = file.read(where.storedLength);
    if (stored.size() != where.storedLength)
        return nullptr;
    if (!where.compressed)
        return std::make_unique<MemoryContentDevice>(stored);
    auto content = ZlibInflate::inflate(stored, maxBytes);
    return content ? std::make_unique<MemoryContentDevice>(std::move(*content)) : nullptr;
}

void CArchiveMembers::addMetadata(
    VirtualTreeBuilder& members, const CArchiveInfo& archive, qint64 fileSize, qint64 pyzBytes)
{
    const qint64 trailer = fileSize - (archive.cookieOffset + CArchiveReader::CookieSize);
    members.setMetadata(QStringLiteral("pyinstaller.python_version"), archive.pythonVersion);
    members.setMetadata(QStringLiteral("pyinstaller.python_library"), QString::fromUtf8(archive.pythonLibrary));
    members.setMetadata(QStringLiteral("pyinstaller.bootloader_bytes"), archive.packageStart + trailer);
    members.setMetadata(QStringLiteral("pyinstaller.pkg_bytes"), archive.packageLength);
    members.setMetadata(QStringLiteral("pyinstaller.pyz_bytes"), pyzBytes);
    members.setMetadata(QStringLiteral("pyinstaller.options"), archive.options);
    // The entry scripts (type 's': bootstrap, run-time hooks, the app's script), where ImportGraphBuilder starts.
    QStringList scripts;
    for (const CArchiveEntry& entry : archive.entries) {
        if (entry.typeCode == 's')
            scripts.append(QString::fromUtf8(entry.name));
    }
    members.setMetadata(QStringLiteral("pyinstaller.scripts"), scripts);
}

} // namespace BundleScope
