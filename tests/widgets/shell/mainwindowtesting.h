// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Set-up the main-window tests share: settings, caches and the size history kept away from the user's folders, and
// a clean start for every test function.
#include "shell/recentbundles.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace BundleScope::Test {

// For initTestCase(): test-mode standard paths, settings under `applicationName`, the size history inside `dir`.
inline void isolateMainWindowSettings(const QTemporaryDir& dir, const QString& applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BundleScopeTest"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings settings;
    settings.remove(QStringLiteral("history"));
    settings.setValue(QStringLiteral("history/directory"), dir.filePath(QStringLiteral("history")));
}

// For init(): the offscreen platform's harmless notice is the only warning allowed; no recent bundles.
inline void startMainWindowTest()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    RecentBundles::clear();
}

} // namespace BundleScope::Test
