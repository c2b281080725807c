// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/bundlesource.h"

#include <QString>

namespace BundleScope::Test {

// Writes a deterministic PyInstaller-like one-folder bundle for export and estimate tests and benchmarks: an
// executable, _internal/ with packages of small .py sources and __pycache__/*.pyc, large .so files mixing code-like,
// string and zero regions, and incompressible model weights; plus a symlink, a > 100-byte path and a non-ASCII name.
// `totalBytes` sets the scale (roughly 15% small files, 45% libraries, 40% weights).
class MixedBundle {
public:
    // Plain: `app` is an ordinary executable. WithArchive: `app` is a PyInstaller launcher carrying a PKG
    // (PyInstallerExecutables::launcher), which the scan opens in place as virtual members.
    enum class Launcher { Plain, WithArchive };
    static bool write(const QString& root, quint64 totalBytes, quint64 seed = 1, Launcher launcher = Launcher::Plain);
    // Scans a folder with FolderSource; QVERIFY-friendly (tree null on failure).
    static ScanResult scan(const QString& root);
};

} // namespace BundleScope::Test
