// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentbundles.h"

#include <QDir>
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
    return QSettings().value(key()).toStringList();
}

void RecentBundles::add(const QString& path)
{
    const QString clean = QDir::cleanPath(path);
    QStringList list = paths();
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
