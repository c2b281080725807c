// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyinstallerexecutables.h"

#include "demo/demolauncherarchive.h"
#include "demo/demorandom.h"
#include "demo/pyinstallerarchivewriter.h"

#include <random>

namespace BundleScope::Test {

namespace {
    // Code-like bytes (a small alphabet with zero runs) and random bytes: what a bootloader or a .so looks like to
    // a compressor.
    QByteArray machineCode(std::mt19937_64& rng, quint64 size)
    {
        QByteArray out("\x7f"
                       "ELF\x02\x01\x01",
            7);
        while (quint64(out.size()) < size) {
            const quint64 length = 2048 + rng() % 16384;
            if (rng() % 3 == 0) {
                out.append(QByteArray(qsizetype(length / 4), '\0'));
                continue;
            }
            QByteArray code(qsizetype(length), Qt::Uninitialized);
            for (char& c : code)
                c = char(0x40 + (rng() % 24) * (rng() % 3));
            out.append(code);
        }
        out.resize(qsizetype(size));
        return out;
    }

    QByteArray noise(std::mt19937_64& rng, quint64 size)
    {
        QByteArray out(qsizetype(size), Qt::Uninitialized);
        for (char& c : out)
            c = char(rng());
        return out;
    }
} // namespace

QByteArray PyInstallerExecutables::launcher(const QByteArray& appName, int scale, quint64 seed)
{
    std::mt19937_64 rng(seed);
    DemoRandom random(seed);
    const QByteArray pkg = DemoLauncherArchive::package(appName, scale, random);
    QByteArray executable = machineCode(rng, 120 * 1024);
    executable.append(pkg);
    executable.append(QByteArray(2276, '\x01'));
    return executable;
}

QByteArray PyInstallerExecutables::oneFile(const QByteArray& appName, quint64 payloadBytes, quint64 seed)
{
    std::mt19937_64 rng(seed);
    CArchiveWriter pkg;
    pkg.add("pyi-contents-directory _internal", 'o', {}, false);
    pkg.add("struct", 'm', machineCode(rng, 700), true);
    pkg.add(appName, 's', QByteArray("from app import main\nmain()\n").repeated(20), true);
    pkg.add("libpython3.11.so.1.0", 'b', machineCode(rng, payloadBytes * 3 / 10), true);
    pkg.add(
        "numpy/core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so", 'b', machineCode(rng, payloadBytes / 5), true);
    pkg.add("models/weights.bin", 'x', noise(rng, payloadBytes * 2 / 5), true);
    pkg.add("base_library.zip", 'x', noise(rng, payloadBytes / 10), false);
    pkg.add("libz.so", 'n', QByteArray("libz.so.1"), true);
    QByteArray executable = machineCode(rng, 60 * 1024);
    executable.append(pkg.finish());
    executable.append(QByteArray(2276, '\x01'));
    return executable;
}

} // namespace BundleScope::Test
