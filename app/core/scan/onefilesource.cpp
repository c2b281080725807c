// SPDX-License-Identifier: GPL-3.0-or-later
#include "onefilesource.h"

#include "scan/carchivemembers.h"
#include "scan/virtualtreebuilder.h"

#include <QFile>
#include <QFileInfo>

namespace BundleScope {

namespace {
    class OneFileContentReader : public ContentReader {
    public:
        OneFileContentReader(
            QString path, std::vector<CArchiveMembers::Location> locations, std::vector<qint64> locators)
            : m_path(std::move(path))
            , m_locations(std::move(locations))
            , m_locators(std::move(locators))
        {
        }
        std::unique_ptr<QIODevice> open(NodeId id) const override
        {
            if (id >= m_locators.size() || m_locators[id] == VirtualTreeBuilder::NoLocator)
                return nullptr;
            return CArchiveMembers::open(
                m_path, m_locations[std::size_t(m_locators[id])], OneFileSource::MaxMemberBytes);
        }

    private:
        QString m_path;
        std::vector<CArchiveMembers::Location> m_locations;
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
    if (progress)
        progress({ quint64(archive->entries.size()), quint64(file.size()), m_path });
    VirtualTreeBuilder members;
    auto collected = CArchiveMembers::collect(file, *archive, CArchiveMembers::Sizes::Uncompressed, members, token);
    if (!collected) {
        Error error = collected.error();
        error.path = m_path;
        return error;
    }
    CArchiveMembers::addMetadata(members, *archive, file.size(), collected->pyzBytes);
    members.setRootFile(quint64(file.size()), QFileInfo(m_path).isExecutable());
    const qint64 mtime = QFileInfo(m_path).lastModified().toSecsSinceEpoch();
    const auto& locations = collected->locations;
    auto readMember = [this, &locations](qint64 locator, qint64 maxBytes) {
        auto device = CArchiveMembers::open(m_path, locations[std::size_t(locator)], maxBytes);
        return device ? device->readAll() : QByteArray();
    };
    auto built = members.build(m_path, BundleTree::SourceKind::OneFileExecutable, mtime, readMember);
    auto reader
        = std::make_shared<OneFileContentReader>(m_path, std::move(collected->locations), std::move(built.locators));
    return ScanResult { std::move(built.tree), std::move(reader) };
}

} // namespace BundleScope
