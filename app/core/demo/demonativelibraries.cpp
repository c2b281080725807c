// SPDX-License-Identifier: GPL-3.0-or-later
#include "demonativelibraries.h"

#include "demofilesink.h"
#include "demolauncherarchive.h"
#include "demorandom.h"
#include "elfwriter.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <iterator>

namespace BundleScope {

namespace {

    enum Variant { Always, CudaOnly, CpuOnly };

    // One native file of the demo bundle. Paths are relative to _internal/; `needed` is space-separated.
    struct NativeFile {
        const char* path;
        const char* soname;
        const char* needed;
        const char* runpath;
        int textKiB; // multiplied by the scale
        int debugKiB; // > 0: unstripped
        const char* copyOf; // byte-identical copy of an earlier entry
        Variant variant;
    };

#define EXT ".cpython-311-x86_64-linux-gnu.so"
    constexpr const char* s_openblas = "libopenblas64_p-r0-0cf96a72.3.23.dev.so";
    constexpr NativeFile s_files[] = {
        { "libpython3.11.so.1.0", "libpython3.11.so.1.0", "libm.so.6 libc.so.6", "", 1600, 0, nullptr, Always },
        // Debian's python3.11-dev symlink libpython3.11.so, collected as a second file; the launcher loads .so.1.0.
        { "libpython3.11.so", "", "", "", 0, 0, "libpython3.11.so.1.0", Always },
        // Like libc.so.6, a library that can be run (PT_INTERP, see s_runnable); PyQt5's extension module needs it.
        { "libQt5Core.so.5", "libQt5Core.so.5", "libz.so.1 libstdc++.so.6 libc.so.6", "", 600, 0, nullptr, Always },
        { "PyQt5/QtCore.abi3.so", "", "libQt5Core.so.5 libstdc++.so.6 libc.so.6", "", 300, 0, nullptr, Always },
        { "libcrypto.so.3", "libcrypto.so.3", "libc.so.6", "", 1000, 0, nullptr, Always },
        { "libssl.so.3", "libssl.so.3", "libcrypto.so.3 libc.so.6", "", 300, 0, nullptr, Always },
        { "libffi.so.8", "libffi.so.8", "libc.so.6", "", 40, 0, nullptr, Always },
        { "libz.so.1", "libz.so.1", "libc.so.6", "", 90, 0, nullptr, Always },
        { "libbz2.so.1.0", "libbz2.so.1.0", "libc.so.6", "", 70, 0, nullptr, Always },
        { "liblzma.so.5", "liblzma.so.5", "libc.so.6", "", 150, 0, nullptr, Always },
        { "libtcl8.6.so", "libtcl8.6.so", "libz.so.1 libm.so.6 libc.so.6", "", 700, 0, nullptr, Always },
        { "libtk8.6.so", "libtk8.6.so", "libtcl8.6.so libX11.so.6 libc.so.6", "", 800, 0, nullptr, Always },
        { "lib-dynload/_ssl" EXT, "", "libssl.so.3 libcrypto.so.3 libc.so.6", "", 120, 0, nullptr, Always },
        { "lib-dynload/_hashlib" EXT, "", "libcrypto.so.3 libc.so.6", "", 60, 0, nullptr, Always },
        { "lib-dynload/_ctypes" EXT, "", "libffi.so.8 libc.so.6", "", 120, 0, nullptr, Always },
        { "lib-dynload/zlib" EXT, "", "libz.so.1 libc.so.6", "", 40, 0, nullptr, Always },
        { "lib-dynload/_bz2" EXT, "", "libbz2.so.1.0 libc.so.6", "", 30, 0, nullptr, Always },
        { "lib-dynload/_lzma" EXT, "", "liblzma.so.5 libc.so.6", "", 40, 0, nullptr, Always },
        { "lib-dynload/_tkinter" EXT, "", "libtk8.6.so libtcl8.6.so libc.so.6", "", 60, 0, nullptr, Always },
        { "lib-dynload/_decimal" EXT, "", "libm.so.6 libc.so.6", "", 220, 0, nullptr, Always },
        { "lib-dynload/_json" EXT, "", "libc.so.6", "", 50, 0, nullptr, Always },
        { "lib-dynload/_struct" EXT, "", "libc.so.6", "", 50, 0, nullptr, Always },
        { "lib-dynload/math" EXT, "", "libm.so.6 libc.so.6", "", 60, 0, nullptr, Always },
        { "lib-dynload/_pickle" EXT, "", "libc.so.6", "", 90, 0, nullptr, Always },
        { "lib-dynload/_datetime" EXT, "", "libc.so.6", "", 100, 0, nullptr, Always },
        { "lib-dynload/unicodedata" EXT, "", "libc.so.6", "", 600, 0, nullptr, Always },
        { "lib-dynload/_socket" EXT, "", "libc.so.6", "", 80, 0, nullptr, Always },
        { "lib-dynload/select" EXT, "", "libc.so.6", "", 30, 0, nullptr, Always },
        { "lib-dynload/array" EXT, "", "libc.so.6", "", 70, 0, nullptr, Always },
        { "lib-dynload/_asyncio" EXT, "", "libc.so.6", "", 60, 0, nullptr, Always },
        { "lib-dynload/_multiprocessing" EXT, "", "libc.so.6", "", 20, 0, nullptr, Always },
        { "lib-dynload/_posixsubprocess" EXT, "", "libc.so.6", "", 20, 0, nullptr, Always },
        { "lib-dynload/mmap" EXT, "", "libc.so.6", "", 30, 0, nullptr, Always },
        { "torch/_C" EXT, "", "libtorch_python.so", "$ORIGIN/lib", 40, 0, nullptr, Always },
        { "torch/lib/libtorch_python.so", "libtorch_python.so",
            "libshm.so.2.3 libtorch.so libtorch_cpu.so libc10.so libstdc++.so.6 libc.so.6", "$ORIGIN", 1000, 0, nullptr,
            Always },
        { "torch/lib/libtorch.so", "libtorch.so", "libtorch_cpu.so libc10.so", "$ORIGIN", 20, 0, nullptr, CpuOnly },
        { "torch/lib/libtorch.so", "libtorch.so", "libtorch_cpu.so libtorch_cuda.so libc10.so", "$ORIGIN", 20, 0,
            nullptr, CudaOnly },
        { "torch/lib/libtorch_cpu.so", "libtorch_cpu.so", "libc10.so libgomp-a34b3233.so.1 libstdc++.so.6 libc.so.6",
            "$ORIGIN", 4000, 2000, nullptr, Always },
        { "torch/lib/libc10.so", "libc10.so", "libstdc++.so.6 libc.so.6", "$ORIGIN", 600, 300, nullptr, Always },
        { "torch/lib/libgomp-a34b3233.so.1", "libgomp-a34b3233.so.1", "libc.so.6", "", 250, 0, nullptr, Always },
        // Debian packs libshm.so.2.3 in /usr/lib and torch/lib/libshm.so as a symlink to it: PyInstaller copies both.
        { "libshm.so.2.3", "libshm.so.2.3", "libtorch_cpu.so libc10.so", "$ORIGIN:$ORIGIN/torch/lib", 40, 0, nullptr,
            Always },
        { "torch/lib/libshm.so", "", "", "", 0, 0, "libshm.so.2.3", Always },
        // torch/__init__.py loads it with ctypes.CDLL: nothing links it (the launcher's PYZ names it).
        { "torch/lib/libtorch_global_deps.so", "libtorch_global_deps.so", "libgomp-a34b3233.so.1 libc.so.6", "$ORIGIN",
            12, 0, nullptr, Always },
        { "torch/lib/libtorch_cuda.so", "libtorch_cuda.so",
            "libc10_cuda.so libc10.so libtorch_cpu.so libcudnn.so.8 libcublas.so.12 libcublasLt.so.12 libcudart.so.12",
            "$ORIGIN:$ORIGIN/../../nvidia/cublas/lib:$ORIGIN/../../nvidia/cuda_runtime/lib", 2500, 0, nullptr,
            CudaOnly },
        { "torch/lib/libc10_cuda.so", "libc10_cuda.so", "libc10.so libcudart.so.12",
            "$ORIGIN:$ORIGIN/../../nvidia/cuda_runtime/lib", 400, 0, nullptr, CudaOnly },
        { "torch/lib/libcudnn.so.8", "libcudnn.so.8", "libc.so.6", "", 1600, 0, nullptr, CudaOnly },
        { "torch/lib/libcublas.so.12", "libcublas.so.12", "libcublasLt.so.12 libc.so.6",
            "$ORIGIN:$ORIGIN/../../nvidia/cublas/lib", 1500, 0, nullptr, CudaOnly },
        { "nvidia/cudnn/lib/libcudnn.so.8", "", "", "", 0, 0, "torch/lib/libcudnn.so.8", CudaOnly },
        { "nvidia/cublas/lib/libcublas.so.12", "", "", "", 0, 0, "torch/lib/libcublas.so.12", CudaOnly },
        { "nvidia/cublas/lib/libcublasLt.so.12", "libcublasLt.so.12", "libc.so.6", "", 1500, 0, nullptr, CudaOnly },
        { "nvidia/cuda_runtime/lib/libcudart.so.12", "libcudart.so.12", "libc.so.6", "", 400, 0, nullptr, CudaOnly },
        { "numpy.libs/libquadmath-96973f99.so.0.0.0", "libquadmath-96973f99.so.0.0.0", "libc.so.6", "", 200, 0, nullptr,
            Always },
        { "numpy.libs/libgfortran-040039e1.so.5.0.0", "libgfortran-040039e1.so.5.0.0",
            "libquadmath-96973f99.so.0.0.0 libc.so.6", "$ORIGIN", 700, 0, nullptr, Always },
        { "numpy.libs/libopenblas64_p-r0-0cf96a72.3.23.dev.so", s_openblas, "libgfortran-040039e1.so.5.0.0 libc.so.6",
            "$ORIGIN", 2500, 0, nullptr, Always },
        { "numpy/core/_multiarray_umath" EXT, "", "libopenblas64_p-r0-0cf96a72.3.23.dev.so libc.so.6",
            "$ORIGIN/../../numpy.libs", 1200, 0, nullptr, Always },
        { "numpy/linalg/_umath_linalg" EXT, "", "libopenblas64_p-r0-0cf96a72.3.23.dev.so libc.so.6",
            "$ORIGIN/../../numpy.libs", 150, 0, nullptr, Always },
        { "numpy/random/_generator" EXT, "", "libc.so.6", "", 350, 0, nullptr, Always },
        { "numpy/fft/_pocketfft_internal" EXT, "", "libc.so.6", "", 60, 0, nullptr, Always },
        { "scipy.libs/libgfortran-040039e1.so.5.0.0", "", "", "", 0, 0, "numpy.libs/libgfortran-040039e1.so.5.0.0",
            Always },
        { "scipy.libs/libquadmath-96973f99.so.0.0.0", "", "", "", 0, 0, "numpy.libs/libquadmath-96973f99.so.0.0.0",
            Always },
        { "scipy.libs/libopenblasp-r0-23e5df77.3.21.dev.so", "libopenblasp-r0-23e5df77.3.21.dev.so",
            "libgfortran-040039e1.so.5.0.0 libc.so.6", "$ORIGIN", 2000, 0, nullptr, Always },
        { "scipy/linalg/_flapack" EXT, "", "libopenblasp-r0-23e5df77.3.21.dev.so libgfortran-040039e1.so.5.0.0",
            "$ORIGIN/../../scipy.libs", 900, 600, nullptr, Always },
        { "scipy/sparse/_sparsetools" EXT, "", "libstdc++.so.6 libc.so.6", "", 800, 0, nullptr, Always },
        { "scipy/special/_ufuncs" EXT, "", "libgfortran-040039e1.so.5.0.0 libc.so.6", "$ORIGIN/../../scipy.libs", 500,
            0, nullptr, Always },
        { "pillow.libs/libjpeg-e44fd0cd.so.62.4.0", "libjpeg-e44fd0cd.so.62.4.0", "libc.so.6", "", 250, 0, nullptr,
            Always },
        { "pillow.libs/libopenjp2-05423b53.so", "libopenjp2-05423b53.so", "libc.so.6", "", 300, 0, nullptr, Always },
        { "pillow.libs/libpng16-78d422d5.so.16.43.0", "libpng16-78d422d5.so.16.43.0", "libz.so.1 libc.so.6", "", 200, 0,
            nullptr, Always },
        { "pillow.libs/libfreetype-f154df84.so.6.20.1", "libfreetype-f154df84.so.6.20.1",
            "libpng16-78d422d5.so.16.43.0 libz.so.1 libc.so.6", "$ORIGIN", 700, 0, nullptr, Always },
        { "PIL/_imaging" EXT, "", "libjpeg-e44fd0cd.so.62.4.0 libopenjp2-05423b53.so libz.so.1 libc.so.6",
            "$ORIGIN/../pillow.libs", 450, 0, nullptr, Always },
        { "PIL/_imagingft" EXT, "", "libfreetype-f154df84.so.6.20.1 libc.so.6", "$ORIGIN/../pillow.libs", 80, 0,
            nullptr, Always },
    };
#undef EXT

    // Shared objects with a PT_INTERP, as Qt builds libQt5Core.so.5 (it prints its build when run).
    constexpr const char* s_runnable[] = { "libQt5Core.so.5" };

    QList<QByteArray> exportedSymbols(const QByteArray& path, int textKiB)
    {
        static constexpr const char* verbs[] = { "create", "destroy", "get", "set", "run", "init", "apply", "copy" };
        QByteArray stem = path.mid(path.lastIndexOf('/') + 1);
        stem = stem.left(stem.indexOf('.')).replace('-', '_');
        if (stem.startsWith("lib"))
            stem = stem.mid(3);
        QList<QByteArray> symbols;
        const int count = qBound(4, textKiB / 32, 160);
        for (int i = 0; i < count; ++i)
            symbols.append(stem + '_' + verbs[i % 8] + '_' + QByteArray::number(i));
        if (path.contains(".cpython-311") || path.endsWith(".abi3.so"))
            symbols.prepend("PyInit_" + stem);
        return symbols;
    }

    ElfSpec specFor(const NativeFile& file, int scale)
    {
        ElfSpec spec;
        spec.soname = file.soname;
        spec.needed = QByteArray(file.needed).split(' ');
        spec.needed.removeAll(QByteArray());
        spec.runpath = file.runpath;
        spec.textSize = qint64(file.textKiB) * 1024 * scale;
        spec.rodataSize = spec.textSize / 8;
        spec.debugSize = qint64(file.debugKiB) * 1024 * scale;
        spec.symbols = exportedSymbols(file.path, file.textKiB);
        spec.runnable = std::find_if(std::begin(s_runnable), std::end(s_runnable), [&file](const char* path) {
            return qstrcmp(path, file.path) == 0;
        }) != std::end(s_runnable);
        return spec;
    }

} // namespace

void DemoNativeLibraries::write(DemoFileSink& sink, const QString& internal, const QString& launcher, int scale,
    bool withCuda, const DemoRandom& random)
{
    QHash<QByteArray, QByteArray> images;
    for (const NativeFile& file : s_files) {
        if ((file.variant == CudaOnly && !withCuda) || (file.variant == CpuOnly && withCuda))
            continue;
        const QString path = internal + u'/' + QLatin1String(file.path);
        QByteArray image;
        if (file.copyOf) {
            image = images.value(file.copyOf);
        } else {
            DemoRandom stream = random.fork(QByteArray(file.path));
            image = ElfWriter::write(specFor(file, scale), stream);
            images.insert(file.path, image);
        }
        sink.write(path, image, true);
    }
    sink.symlink(internal + QStringLiteral("/libffi.so"), QStringLiteral("libffi.so.8"));

    DemoRandom stream = random.fork(QByteArray("launcher"));
    ElfSpec program;
    program.kind = ElfSpec::Kind::Executable;
    program.needed = { "libdl.so.2", "libz.so.1", "libc.so.6" };
    program.textSize = 96 * 1024;
    program.symbols = { "main", "pyi_main", "pyi_arch_open" };
    program.extraSections = { { "pydata", DemoLauncherArchive::package(launcher.toUtf8(), scale, stream) } };
    sink.write(launcher, ElfWriter::write(program, stream), true);
    program.extraSections.clear();
    program.needed = { "libshm.so.2.3", "libc10.so", "libc.so.6" };
    program.runpath = "$ORIGIN/../lib";
    program.textSize = 24 * 1024;
    sink.write(internal + QStringLiteral("/torch/bin/torch_shm_manager"), ElfWriter::write(program, stream), true);
    sink.write(internal + QStringLiteral("/numpy/core/lib/libnpymath.a"),
        staticArchive("npy_math", 6 * scale, 8 * 1024, stream));
}

QByteArray DemoNativeLibraries::staticArchive(
    const QByteArray& stem, int members, qint64 memberSize, DemoRandom& random)
{
    QByteArray out("!<arch>\n");
    for (int i = 0; i < members; ++i) {
        ElfSpec spec;
        spec.kind = ElfSpec::Kind::Relocatable;
        spec.textSize = memberSize;
        spec.symbols = { stem + "_fn_" + QByteArray::number(i) };
        const QByteArray object = ElfWriter::write(spec, random);
        const QByteArray name = stem + '_' + QByteArray::number(i) + ".o/";
        out += name.leftJustified(16, ' ') + QByteArray("0").leftJustified(12, ' ')
            + QByteArray("0").leftJustified(6, ' ') + QByteArray("0").leftJustified(6, ' ')
            + QByteArray("644").leftJustified(8, ' ') + QByteArray::number(object.size()).leftJustified(10, ' ')
            + "`\n";
        out += object;
        if (object.size() % 2)
            out += '\n';
    }
    return out;
}

} // namespace BundleScope
