// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparelauncher.h"

#include "compare/compareview.h"

#include <QFileDialog>
#include <QFileInfo>

namespace BundleScope {

CompareView* CompareLauncher::open(QWidget* parent, const QString& baselinePath, const QString& otherPath)
{
    auto* view = new CompareView(parent);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowTitle(
        tr("Compare: %1 → %2").arg(QFileInfo(baselinePath).fileName(), QFileInfo(otherPath).fileName()));
    view->resize(1100, 700);
    view->compare(baselinePath, otherPath);
    view->show();
    return view;
}

CompareView* CompareLauncher::ask(QWidget* parent, const QString& baselinePath, bool folder)
{
    const QString start = QFileInfo(baselinePath).absolutePath();
    const QString other = folder
        ? QFileDialog::getExistingDirectory(parent, tr("Choose the bundle folder to compare with"), start)
        : QFileDialog::getOpenFileName(parent, tr("Choose the bundle, archive or snapshot to compare with"), start);
    if (other.isEmpty())
        return nullptr;
    return open(parent, baselinePath, other);
}

} // namespace BundleScope
