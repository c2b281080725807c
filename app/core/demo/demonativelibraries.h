// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace BundleScope {

class DemoFileSink;
class DemoRandom;

// Writes the native part of the demo bundle: the launcher (with DemoLauncherArchive's PKG in "pydata"), libpython,
// lib-dynload extension modules, torch / numpy / scipy / Pillow / Tcl libraries with a realistic DT_NEEDED / DT_RUNPATH
// graph (torch/_C -> libtorch_python -> libtorch_cpu -> libc10, libgomp; libtorch_cuda -> libcudnn, libcublas ...),
// byte-identical CUDA libraries under torch/lib and nvidia/*/lib, a few unstripped libraries, a static archive and a
// libffi.so symlink. Stateless; called by DemoBundleGenerator on its thread.
class DemoNativeLibraries {
public:
    // `internal` is the bundle's "_internal" folder relative to the sink root; `launcher` the executable's path.
    static void write(DemoFileSink& sink, const QString& internal, const QString& launcher, int scale, bool withCuda,
        const DemoRandom& random);
    // A System V ar archive ("!<arch>" + 60-byte member headers, as GNU ar writes without an index) of
    // relocatable ELF objects.
    static QByteArray staticArchive(const QByteArray& stem, int members, qint64 memberSize, DemoRandom& random);
};

} // namespace BundleScope
