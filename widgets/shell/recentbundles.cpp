// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentbundles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace BundleScope {

namespace {
    QString key()
    {
        return QStringLiteral("recentBundles");
    }
} // namespace

QStringList RecentBundles::paths()
{
    QStringList list = QSettings().value(key()).toStringList();
    list.removeIf([](const QString& path) { return !QFileInfo::exists(path); }); // kept, in case it comes back
    return list;
}

void RecentBundles::add(const QString& path)
{
    const QString clean = QDir::cleanPath(path);
    QStringList list = QSettings().value(key()).toStringList();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > MaxCount)
        list.removeLast();
    QSettings().setValue(key(), list);
}

void RecentBundles::clear()
{
    QSettings().remove(key());
}

} // namespace BundleScope
