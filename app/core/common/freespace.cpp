// SPDX-License-Identifier: GPL-3.0-or-later
#include "freespace.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <limits>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/statvfs.h>
#else
#include <QStorageInfo>
#endif

namespace BundleScope {

#ifdef Q_OS_UNIX
namespace {
    // statvfs(2) on one existing path; errno tells why not.
    std::optional<struct statvfs> query(const QString& path)
    {
        const QByteArray native = QFile::encodeName(path);
        struct statvfs info { };
        int rc = 0;
        do {
            rc = ::statvfs(native.constData(), &info);
        } while (rc != 0 && errno == EINTR);
        if (rc != 0)
            return std::nullopt;
        return info;
    }
} // namespace

std::optional<quint64> FreeSpace::available(const QString& path)
{
    if (path.isEmpty())
        return std::nullopt;
    QString probe = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (true) {
        if (const std::optional<struct statvfs> info = query(probe)) {
            // A file system that reports no blocks at all does not know its size (FUSE, some virtual ones).
            if (info->f_blocks == 0 && info->f_bavail == 0) {
                qCDebug(lcScan) << "free space unknown: the file system of" << probe << "reports no size";
                return std::nullopt;
            }
            const quint64 unit = info->f_frsize != 0 ? quint64(info->f_frsize) : quint64(info->f_bsize);
            const quint64 blocks = quint64(info->f_bavail);
            if (unit != 0 && blocks > std::numeric_limits<quint64>::max() / unit)
                return std::numeric_limits<quint64>::max();
            return blocks * unit;
        }
        // Only a missing path (a file yet to be written, a folder yet to be made) is worth asking about higher up.
        if (errno != ENOENT && errno != ENOTDIR) {
            qCDebug(lcScan) << "free space unknown: statvfs" << probe << "failed:" << qt_error_string(errno);
            return std::nullopt;
        }
        const QString parent = QFileInfo(probe).path();
        if (parent == probe)
            return std::nullopt;
        probe = parent;
    }
}
#else
// Elsewhere the mount table is the only way Qt offers; an invalid answer is unknown, not zero.
std::optional<quint64> FreeSpace::available(const QString& path)
{
    QString probe = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!QFileInfo::exists(probe)) {
        const QString parent = QFileInfo(probe).path();
        if (parent == probe)
            return std::nullopt;
        probe = parent;
    }
    const QStorageInfo storage(probe);
    if (!storage.isValid() || !storage.isReady() || storage.bytesAvailable() < 0)
        return std::nullopt;
    return quint64(storage.bytesAvailable());
}
#endif

} // namespace BundleScope
