// SPDX-License-Identifier: GPL-3.0-or-later
#include "filechange.h"

#include <QFile>
#include <QtDebug>

#include <sys/stat.h>

namespace BundleScope::Test {

QString fileChangeName(FileChange change)
{
    switch (change) {
    case FileChange::Vanish:
        return QStringLiteral("vanished");
    case FileChange::Shrink:
        return QStringLiteral("shrank");
    case FileChange::Grow:
        return QStringLiteral("grew");
    case FileChange::Fifo:
        return QStringLiteral("replaced by a FIFO");
    case FileChange::InjectReadError:
        return QStringLiteral("read error injected");
    }
    return {};
}

bool applyFileChange(const QString& path, FileChange change, qint64 bytes)
{
    QFile file(path);
    bool done = true;
    switch (change) {
    case FileChange::Vanish:
        done = file.remove();
        break;
    case FileChange::Shrink:
        done = file.resize(file.size() - bytes);
        break;
    case FileChange::Grow:
        done = file.open(QIODevice::Append) && file.write(QByteArray(bytes, 'g')) == bytes;
        break;
    case FileChange::Fifo:
        done = file.remove() && ::mkfifo(QFile::encodeName(path).constData(), 0644) == 0;
        break;
    case FileChange::InjectReadError:
        break;
    }
    if (!done)
        qWarning("cannot change %s (%s): %s", qPrintable(path), qPrintable(fileChangeName(change)),
            qPrintable(file.errorString()));
    return done;
}

} // namespace BundleScope::Test
