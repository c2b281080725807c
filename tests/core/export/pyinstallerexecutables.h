// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace BundleScope::Test {

// Executables that carry a PyInstaller 6 PKG (CArchive), as the export and estimate tests need them: a stand-in ELF
// bootloader followed by the PKG and the bytes objcopy leaves after a "pydata" section. Deterministic for a seed.
class PyInstallerExecutables {
public:
    // A one-folder bundle's launcher: bootstrap modules, the entry script and a PYZ of compressed modules
    // (DemoLauncherArchive), about 120 KiB of bootloader plus ~0.4 MiB of already-compressed PKG per `scale`.
    static QByteArray launcher(const QByteArray& appName, int scale = 1, quint64 seed = 1);
    // A one-file executable: the launcher's PKG plus the bundle's files as compressed binaries and data
    // (libpython, extension modules, a model file), about `payloadBytes` before compression.
    static QByteArray oneFile(const QByteArray& appName, quint64 payloadBytes, quint64 seed = 1);
};

} // namespace BundleScope::Test
