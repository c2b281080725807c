// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace BundleScope {

class CompareView;

// Opens a CompareView window comparing the bundle that is open (the baseline) with another bundle, archive or
// snapshot (the build after a change). GUI thread; the window is a child of `parent` and deletes itself on close.
class CompareLauncher {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::CompareLauncher)
public:
    static CompareView* open(QWidget* parent, const QString& baselinePath, const QString& otherPath);
    // Asks for the other side (a folder when `folder`, else a file), then opens the window; nullptr when cancelled.
    static CompareView* ask(QWidget* parent, const QString& baselinePath, bool folder);
};

} // namespace BundleScope
