// SPDX-License-Identifier: GPL-3.0-or-later
#include "demofilesink.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace BundleScope {

DemoFileSink::DemoFileSink(const QString& root)
    : m_root(root)
{
}

bool DemoFileSink::makeParent(const QString& absolutePath)
{
    const QString folder = QFileInfo(absolutePath).path();
    if (m_folders.contains(folder))
        return true;
    if (!QDir().mkpath(folder)) {
        m_error = makeError(Error::Code::Io, tr("Cannot create the folder."), folder);
        return false;
    }
    m_folders.insert(folder);
    return true;
}

void DemoFileSink::write(const QString& relativePath, const QByteArray& content, bool executable)
{
    if (!ok())
        return;
    const QString path = m_root + u'/' + relativePath;
    if (!makeParent(path))
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        m_error = makeError(Error::Code::Io, tr("Cannot write the file: %1").arg(file.errorString()), path);
        return;
    }
    if (executable)
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther);
    m_entries.push_back(
        { relativePath, QCryptographicHash::hash(content, QCryptographicHash::Sha256), qint64(content.size()) });
    m_bytes += content.size();
}

void DemoFileSink::symlink(const QString& relativePath, const QString& target)
{
    if (!ok())
        return;
    const QString path = m_root + u'/' + relativePath;
    if (!makeParent(path))
        return;
    if (!QFile::link(target, path))
        m_error = makeError(Error::Code::Io, tr("Cannot create the symbolic link."), path);
}

QByteArray DemoFileSink::record(const QString& base, const QStringList& prefixes, const QString& recordPath) const
{
    QByteArray out;
    const QString basePrefix = base.isEmpty() ? QString() : base + u'/';
    for (const Entry& entry : m_entries) {
        if (!entry.path.startsWith(basePrefix))
            continue;
        const QString path = entry.path.mid(basePrefix.size());
        const bool listed = std::any_of(
            prefixes.cbegin(), prefixes.cend(), [&path](const QString& prefix) { return path.startsWith(prefix); });
        if (!listed)
            continue;
        const QByteArray hash = entry.sha256.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        out += path.toUtf8() + ",sha256=" + hash + ',' + QByteArray::number(entry.size) + '\n';
    }
    out += recordPath.toUtf8() + ",,\n";
    return out;
}

} // namespace BundleScope
