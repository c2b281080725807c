// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace BundleScope {

// The most recently opened bundle paths, newest first, kept in QSettings ("recentBundles"). Plain value helper,
// GUI thread; the main window and the welcome view read it.
class RecentBundles {
public:
    static constexpr int MaxCount = 8;
    static QStringList paths(); // newest first; entries whose path no longer exists are left out
    static void add(const QString& path);
    static void clear();
};

} // namespace BundleScope
