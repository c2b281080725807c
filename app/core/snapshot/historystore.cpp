// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"

#include "model/layoutdetector.h"
#include "snapshot/snapshotwriter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace BundleScope {

namespace {
    const QLatin1String s_suffix(".bundlescope.json.gz");
    const QString s_timeFormat = QStringLiteral("yyyyMMdd'T'HHmmsszzz");
} // namespace

HistoryStore::HistoryStore(QString directory, int keep)
    : m_directory(std::move(directory))
    , m_keep(std::max(1, keep))
{
}

QString HistoryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history");
}

QString HistoryStore::bundleName(const BundleTree& tree)
{
    return tree.name(LayoutDetector::detect(tree).bundleRoot);
}

QString HistoryStore::bundleDirectory(const QString& bundleName) const
{
    // Bundle names become folder names: keep them portable.
    QString safe = bundleName;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    if (safe.isEmpty() || safe.startsWith(u'.'))
        safe.prepend(u'_');
    return m_directory + u'/' + safe;
}

Result<QString> HistoryStore::add(
    const BundleTree& tree, const QDateTime& when, const std::vector<ReportSection>& sections)
{
    const QString name = bundleName(tree);
    const QString folder = bundleDirectory(name);
    if (!QDir().mkpath(folder))
        return makeError(Error::Code::Io, tr("The history folder cannot be created."), folder);
    const QString path
        = folder + u'/' + when.toUTC().toString(s_timeFormat) + u'-' + QString::number(tree.totalSize()) + s_suffix;
    if (const Result<void> saved = SnapshotWriter::save(tree, path, sections); !saved)
        return saved.error();
    const std::vector<Entry> all = entries(name);
    for (std::size_t i = 0; i + std::size_t(m_keep) < all.size(); ++i)
        QFile::remove(all[i].path);
    return path;
}

Result<void> HistoryStore::remove(const QString& path)
{
    QFile file(path);
    if (!file.remove())
        return makeError(Error::Code::Io, tr("The snapshot cannot be deleted: %1").arg(file.errorString()), path);
    return {};
}

std::vector<HistoryStore::Entry> HistoryStore::entries(const QString& bundleName) const
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{8}T[0-9]{9})-([0-9]+)\\.bundlescope\\.json\\.gz$"));
    const QDir folder(bundleDirectory(bundleName));
    std::vector<Entry> result;
    const QStringList files = folder.entryList({ QStringLiteral("*") + s_suffix }, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QDateTime time = QDateTime::fromString(match.captured(1), s_timeFormat);
        time.setTimeSpec(Qt::UTC);
        result.push_back({ folder.filePath(file), time, match.captured(2).toULongLong() });
    }
    std::sort(result.begin(), result.end(), [](const Entry& a, const Entry& b) { return a.time < b.time; });
    return result;
}

QStringList HistoryStore::bundleNames() const
{
    return QDir(m_directory).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace BundleScope
