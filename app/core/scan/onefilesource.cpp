// SPDX-License-Identifier: GPL-3.0-or-later
#include "onefilesource.h"

#include "binfmt/zlibinflate.h"
#include "scan/memorycontentdevice.h"
#include "scan/virtualtreebuilder.h"

#include <QFile>
#include <QFileInfo>

namespace BundleScope {

namespace {
    // Where a node's bytes are: a PKG member, a PYZ module, or the bootloader (the file outside the PKG).
    struct Location {
        enum class Kind { PkgMember, PyzModule, Bootloader } kind;
        qint64 offset = 0;
        qint64 storedLength = 0;
        qint64 length = 0;
        bool compressed = false;
    };

    class OneFileContentReader : public ContentReader {
    public:
        OneFileContentReader(QString path, std::vector<Location> locations, std::vector<qint64> locators)
            : m_path(std::move(path))
            , m_locations(std::move(locations))
            , m_locators(std::move(locators))
        {
        }
        std::unique_ptr<QIODevice> open(NodeId id) const override
        {
            if (id >= m_locators.size() || m_locators[id] == VirtualTreeBuilder::NoLocator)
                return nullptr;
            const Location& where = m_locations[std::size_t(m_locators[id])];
            QFile file(m_path);
            if (!file.open(QIODevice::ReadOnly) || !file.seek(where.offset))
                return nullptr;
            const qint64 storedLimit = where.compressed ? OneFileSource::MaxMemberBytes : where.length;
            if (where.storedLength > std::min(storedLimit, OneFileSource::MaxMemberBytes))
                return nullptr;
            const QByteArray stored = file.read(where.storedLength);
            if (stored.size() != where.storedLength)
                return nullptr;
            if (!where.compressed)
                return std::make_unique<MemoryContentDevice>(stored);
            auto content = ZlibInflate::inflate(stored, OneFileSource::MaxMemberBytes);
            return content ? std::make_unique<MemoryContentDevice>(std::move(*content)) : nullptr;
        }

    private:
        QString m_path;
        std::vector<Location> m_locations;
        std::vector<qint64> m_locators;
    };
} // namespace

OneFileSource::OneFileSource(QString path)
    : m_path(std::move(path))
{
}

bool OneFileSource::isOneFileExecutable(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && CArchiveReader::read(file).hasValue();
}

Result<ScanResult> OneFileSource::scan(const CancellationToken& token, const ProgressCallback& progress)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("Cannot open the file: %1").arg(file.errorString()), m_path);
    auto archive = CArchiveReader::read(file);
    if (!archive) {
        Error error = archive.error();
        error.path = m_path;
        return error;
    }
    std::vector<Location> locations;
    VirtualTreeBuilder members;
    auto addMember = [&](QByteArray path, const Location& where, NodeKind kind = NodeKind::File) {
        VirtualTreeBuilder::Member member;
        member.path = std::move(path);
        member.kind = kind;
        member.size = quint64(where.length);
        member.storedSize = quint64(where.storedLength);
        member.locator = qint64(locations.size());
        locations.push_back(where);
        members.add(std::move(member));
    };
    const qint64 fileSize = file.size();
    const qint64 trailer = fileSize - (archive->cookieOffset + CArchiveReader::CookieSize);
    addMember(
        "(bootloader)", { Location::Kind::Bootloader, 0, archive->packageStart, archive->packageStart + trailer });

    ScanProgress status;
    qint64 pyzBytes = 0;
    for (const CArchiveEntry& entry : archive->entries) {
        if (token.isCancelled())
            return makeError(Error::Code::Cancelled, tr("Scan cancelled"), m_path);
        if (entry.typeCode == 'o')
            continue; // run-time options: recorded in the archive info, no bytes
        const Location where { Location::Kind::PkgMember, entry.offset, entry.storedLength, entry.length,
            entry.compressed };
        if (entry.typeCode == 'z') {
            pyzBytes += entry.storedLength;
            auto pyz = PyzReader::read(file, entry.offset, entry.storedLength);
            if (pyz) {
                for (const PyzEntry& module : pyz->entries) {
                    if (token.isCancelled())
                        return makeError(Error::Code::Cancelled, tr("Scan cancelled"), m_path);
                    file.seek(module.offset);
                    const QByteArray stored = file.read(module.storedLength);
                    bool capped = false;
                    auto real = ZlibInflate::inflatedSize(stored, MaxInflateForSize, &capped);
                    const Location moduleAt { Location::Kind::PyzModule, module.offset, module.storedLength,
                        qint64(real.valueOr(quint64(module.storedLength))), true };
                    addMember(entry.name + '/' + module.relativePath(), moduleAt);
                }
                continue;
            }
        }
        if (entry.typeCode == 'n') {
            VirtualTreeBuilder::Member link;
            link.path = entry.name;
            link.kind = NodeKind::Symlink;
            link.symlinkTarget = CArchiveReader::readEntry(file, entry, 4096).valueOr({});
            members.add(std::move(link));
            continue;
        }
        addMember(entry.name, where);
        status.files += 1;
        status.bytes += entry.length;
        if (progress && status.files % 256 == 0) {
            status.currentPath = QString::fromUtf8(entry.name);
            progress(status);
        }
    }
    members.setMetadata(QStringLiteral("pyinstaller.python_version"), archive->pythonVersion);
    members.setMetadata(QStringLiteral("pyinstaller.python_library"), QString::fromUtf8(archive->pythonLibrary));
    members.setMetadata(QStringLiteral("pyinstaller.bootloader_bytes"), archive->packageStart + trailer);
    members.setMetadata(QStringLiteral("pyinstaller.pkg_bytes"), archive->packageLength);
    members.setMetadata(QStringLiteral("pyinstaller.pyz_bytes"), pyzBytes);
    members.setMetadata(QStringLiteral("pyinstaller.options"), archive->options);
    const qint64 mtime = QFileInfo(m_path).lastModified().toSecsSinceEpoch();
    auto built = members.build(m_path, BundleTree::SourceKind::OneFileExecutable, mtime);
    auto reader = std::make_shared<OneFileContentReader>(m_path, std::move(locations), std::move(built.locators));
    return ScanResult { std::move(built.tree), std::move(reader) };
}

} // namespace BundleScope
