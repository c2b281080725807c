// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivesource.h"

#include "scan/memorycontentdevice.h"
#include "scan/virtualtreebuilder.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KTar>
#include <KZip>
#include <KZipFileEntry>

#include <QFileInfo>

#include <algorithm>
#include <mutex>

namespace BundleScope {

namespace {
    bool isZipName(const QString& lower)
    {
        return lower.endsWith(QLatin1String(".zip")) || lower.endsWith(QLatin1String(".whl"));
    }

    std::unique_ptr<KArchive> openArchive(const QString& path)
    {
        const QString lower = path.toLower();
        std::unique_ptr<KArchive> archive;
        if (isZipName(lower))
            archive = std::make_unique<KZip>(path);
        else
            archive = std::make_unique<KTar>(path); // compression detected from the name and the magic bytes
        return archive;
    }

    // Keeps the archive open for the life of the tree; KArchive is not thread-safe, so reads are serialized.
    class ArchiveContentReader : public ContentReader {
    public:
        ArchiveContentReader(
            std::unique_ptr<KArchive> archive, std::vector<const KArchiveFile*> files, std::vector<qint64> locators)
            : m_archive(std::move(archive))
            , m_files(std::move(files))
            , m_locators(std::move(locators))
        {
        }
        std::unique_ptr<QIODevice> open(NodeId id) const override
        {
            if (id >= m_locators.size() || m_locators[id] == VirtualTreeBuilder::NoLocator)
                return nullptr;
            const KArchiveFile* file = m_files[std::size_t(m_locators[id])];
            if (file->size() > ArchiveSource::MaxMemberBytes)
                return nullptr;
            std::lock_guard lock(m_mutex);
            std::unique_ptr<QIODevice> device(file->createDevice());
            if (!device)
                return nullptr;
            // The member's own size, not the limit: QIODevice::read(max) allocates `max` bytes up front, 512 MiB per
            // open (an estimate opens a member once per sample; under AddressSanitizer each took about a second).
            // One byte more, so that a damaged member that inflates to more than its size shows as longer; fewer or
            // more bytes than the scan's size are what CheckedReadDevice and DiskEntries::readAt report.
            QByteArray content = device->read(std::max<qint64>(file->size(), 0) + 1);
            return std::make_unique<MemoryContentDevice>(std::move(content));
        }

    private:
        mutable std::mutex m_mutex;
        std::unique_ptr<KArchive> m_archive;
        std::vector<const KArchiveFile*> m_files;
        std::vector<qint64> m_locators;
    };

    struct Walker {
        VirtualTreeBuilder& members;
        std::vector<const KArchiveFile*>& files;
        const CancellationToken& token;
        const BundleSource::ProgressCallback& progress;
        ScanProgress status;

        bool walk(const KArchiveDirectory* dir, const QByteArray& prefix)
        {
            const QStringList names = dir->entries();
            for (const QString& name : names) {
                if (token.isCancelled())
                    return false;
                const KArchiveEntry* entry = dir->entry(name);
                if (!entry)
                    continue;
                VirtualTreeBuilder::Member member;
                member.path = prefix + name.toUtf8();
                member.mtime = entry->date().toSecsSinceEpoch();
                if (entry->permissions() & 0111)
                    member.flags |= ExecutableBit;
                if (!entry->symLinkTarget().isEmpty()) {
                    member.kind = NodeKind::Symlink;
                    member.symlinkTarget = entry->symLinkTarget().toUtf8();
                    members.add(std::move(member));
                } else if (entry->isDirectory()) {
                    member.kind = NodeKind::Directory;
                    const QByteArray path = member.path;
                    members.add(std::move(member));
                    if (!walk(static_cast<const KArchiveDirectory*>(entry), path + '/'))
                        return false;
                } else {
                    const auto* file = static_cast<const KArchiveFile*>(entry);
                    member.size = quint64(std::max<qint64>(0, file->size()));
                    const auto* zipEntry = dynamic_cast<const KZipFileEntry*>(file);
                    member.storedSize
                        = zipEntry ? quint64(std::max<qint64>(0, zipEntry->compressedSize())) : member.size;
                    member.locator = qint64(files.size());
                    files.push_back(file);
                    status.files += 1;
                    status.bytes += member.size;
                    if (progress && status.files % 512 == 0) {
                        status.currentPath = QString::fromUtf8(member.path);
                        progress(status);
                    }
                    members.add(std::move(member));
                }
            }
            return true;
        }
    };
} // namespace

ArchiveSource::ArchiveSource(QString path)
    : m_path(std::move(path))
{
}

bool ArchiveSource::isSupportedArchiveName(const QString& fileName)
{
    static const char* const suffixes[] = { ".zip", ".whl", ".tar", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.bz2",
        ".tbz2", ".tbz", ".tar.zst", ".tzst" };
    const QString lower = fileName.toLower();
    for (const char* suffix : suffixes) {
        if (lower.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

Result<ScanResult> ArchiveSource::scan(const CancellationToken& token, const ProgressCallback& progress)
{
    std::unique_ptr<KArchive> archive = openArchive(m_path);
    if (!archive->open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Malformed, tr("Cannot read the archive: %1").arg(archive->errorString()), m_path);
    }
    VirtualTreeBuilder members;
    std::vector<const KArchiveFile*> files;
    Walker walker { members, files, token, progress, {} };
    if (!walker.walk(archive->directory(), {}))
        return makeError(Error::Code::Cancelled, tr("Scan cancelled"), m_path);
    const qint64 mtime = QFileInfo(m_path).lastModified().toSecsSinceEpoch();
    auto readMember = [&files](qint64 locator, qint64 maxBytes) {
        const KArchiveFile* file = files[std::size_t(locator)];
        if (file->size() > maxBytes)
            return QByteArray();
        return file->data();
    };
    auto built = members.build(m_path, BundleTree::SourceKind::Archive, mtime, readMember);
    auto reader
        = std::make_shared<ArchiveContentReader>(std::move(archive), std::move(files), std::move(built.locators));
    return ScanResult { std::move(built.tree), std::move(reader) };
}

} // namespace BundleScope
