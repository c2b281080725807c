// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace BundleScope {

// Generates a synthetic but realistic PyInstaller 6 one-folder bundle (dist/<app>/<app> + dist/<app>/_internal/) for
// the "Open demo bundle" action, the tests and the benchmarks. Everything is derived from Options::seed, so two runs
// with equal options give byte-identical trees. Scale 1 is about 58 MB in 1417 files (46 MB without CUDA) and takes
// about 1 s of CPU time; most sizes and file counts grow linearly with the scale. Synchronous and stateless: run it on
// a worker thread from the GUI.
//
// Contents: an ELF launcher with the PKG archive (bootstrap, entry script, PYZ.pyz) in its "pydata" section,
// libpython3.11.so.1.0, base_library.zip, lib-dynload/*.cpython-311-x86_64-linux-gnu.so,
// torch / numpy / scipy / PIL / setuptools / pytest / _pytest packages (.py + __pycache__/*.pyc, tests/ and
// testing/ folders, headers, .pyi stubs, CMake files, a static archive), *.dist-info with a correct RECORD, native
// libraries (valid ELF64, some unstripped) with a realistic DT_NEEDED graph, CUDA libraries duplicated byte for byte
// under torch/lib and nvidia/*/lib, _tcl_data/_tk_data, models/encoder.safetensors and models/classifier.pt, and a
// libffi.so -> libffi.so.8 symlink. It also has the quirks of real bundles (issue 13), each guarded by a fixture test:
// a shared library that can be run (libQt5Core.so.5, PT_INTERP + SONAME), a library only the PYZ's Python code loads
// (torch/lib/libtorch_global_deps.so), Debian's torch/lib symlink copied as a file (torch/lib/libshm.so beside
// libshm.so.2.3) and libpython3.11.so beside libpython3.11.so.1.0 (the launcher loads the latter).
class DemoBundleGenerator {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::DemoBundleGenerator)
public:
    struct Options {
        QString appName = QStringLiteral("inference");
        int scale = 1; // multiplies file counts and sizes, 1..1000
        bool withCuda = true;
        quint32 seed = 1;
    };

    // Creates <parentDir>/<appName> (which must not exist yet) and returns its absolute path. The tree is written
    // into a hidden sibling folder first and renamed at the end, so a failure leaves nothing half-written.
    static Result<QString> generate(const QString& parentDir, const Options& options);

private:
    static Result<void> writeTree(const QString& root, const Options& options);
};

} // namespace BundleScope
