// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace BundleScope {

class DemoRandom;

// Builds the PKG (CArchive) that PyInstaller 6 embeds in a one-folder launcher's "pydata" ELF section: the
// bootstrap modules and run-time hooks, the entry script named after the app, the option
// "pyi-contents-directory _internal" and PYZ.pyz with the application's pure-Python modules (torch's among them, naming
// libtorch_global_deps for ctypes) (as
// PyInstaller/building/api.py EXE/PKG assemble it). Uses PyzWriter/CArchiveWriter. Stateless; any thread.
class DemoLauncherArchive {
public:
    static QByteArray package(const QByteArray& appName, int scale, DemoRandom& random);
};

} // namespace BundleScope
