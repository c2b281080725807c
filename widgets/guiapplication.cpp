// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapplication.h"

#include <QApplication>
#include <QMessageBox>

namespace BundleScope {

int GuiApplication::run(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMessageBox::information(nullptr, QApplication::tr("BundleScope"), QApplication::tr("The GUI is being built."));
    return 0;
}

} // namespace BundleScope
