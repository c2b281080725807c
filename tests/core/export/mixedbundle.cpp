// SPDX-License-Identifier: GPL-3.0-or-later
#include "mixedbundle.h"

#include "pyinstallerexecutables.h"
#include "scan/foldersource.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

#include <random>

namespace BundleScope::Test {

namespace {
    const char* const s_words[]
        = { "def", "return", "self", "import", "from", "class", "None", "if", "else", "for", "in", "tensor", "shape",
              "dtype", "numpy", "torch", "kwargs", "args", "value", "config", "module", "device", "batch", "layer" };

    QByteArray pythonSource(std::mt19937_64& rng, quint64 size)
    {
        QByteArray out;
        out.reserve(qsizetype(size + 64));
        while (quint64(out.size()) < size) {
            const int indent = int(rng() % 3) * 4;
            out.append(QByteArray(indent, ' '));
            const int words = 2 + int(rng() % 7);
            for (int w = 0; w < words; ++w) {
                out.append(s_words[rng() % std::size(s_words)]);
                if (rng() % 4 == 0)
                    out.append(QByteArray::number(quint64(rng() % 1000)));
                out.append(w + 1 < words ? " " : ":\n");
            }
        }
        out.resize(qsizetype(size));
        return out;
    }

    QByteArray randomBytes(std::mt19937_64& rng, quint64 size)
    {
        QByteArray out(qsizetype(size), Qt::Uninitialized);
        for (qsizetype i = 0; i + 8 <= out.size(); i += 8) {
            const quint64 v = rng();
            std::memcpy(out.data() + i, &v, 8);
        }
        return out;
    }

    QByteArray bytecode(std::mt19937_64& rng, quint64 size)
    {
        QByteArray out("\x6f\x0d\x0d\x0a\0\0\0\0", 8);
        while (quint64(out.size()) < size) {
            if (rng() % 3 == 0)
                out.append(randomBytes(rng, 16 + rng() % 48));
            else
                out.append(pythonSource(rng, 24 + rng() % 64));
        }
        out.resize(qsizetype(size));
        return out;
    }

    QByteArray sharedLibrary(std::mt19937_64& rng, quint64 size)
    {
        QByteArray out("\x7f"
                       "ELF\x02\x01\x01",
            7);
        // Regions of code-like bytes (small alphabet), strings, zeros and random data, as .text/.rodata/.bss/.data.
        while (quint64(out.size()) < size) {
            const quint64 length = 4096 + rng() % 65536;
            switch (rng() % 4) {
            case 0: {
                QByteArray code(qsizetype(length), Qt::Uninitialized);
                for (char& c : code)
                    c = char(0x40 + (rng() % 24) * (rng() % 3));
                out.append(code);
                break;
            }
            case 1:
                out.append(pythonSource(rng, length));
                break;
            case 2:
                out.append(QByteArray(qsizetype(length / 4), '\0'));
                break;
            default:
                out.append(randomBytes(rng, length / 2));
            }
        }
        out.resize(qsizetype(size));
        return out;
    }
} // namespace

bool MixedBundle::write(const QString& root, quint64 totalBytes, quint64 seed, Launcher launcher)
{
    std::mt19937_64 rng(seed);
    const QString internal = root + QStringLiteral("/_internal");
    const QByteArray app = launcher == Launcher::WithArchive
        ? PyInstallerExecutables::launcher("app", int(std::max<quint64>(1, totalBytes / (8 * 1024 * 1024))), seed)
        : sharedLibrary(rng, 200 * 1024);
    bool ok = writeFile(root + QStringLiteral("/app"), app);
    ok = ok
        && QFile::setPermissions(root + QStringLiteral("/app"),
            QFile::permissions(root + QStringLiteral("/app")) | QFileDevice::ExeOwner | QFileDevice::ExeGroup
                | QFileDevice::ExeOther);
    // Small files: ~15%, in packages of 20-60 modules.
    quint64 small = 0;
    for (int package = 0; small < totalBytes * 15 / 100; ++package) {
        const QString dir = internal + QStringLiteral("/pkg%1").arg(package);
        const int modules = 20 + int(rng() % 40);
        for (int m = 0; m < modules; ++m) {
            const quint64 size = 200 + rng() % (rng() % 4 == 0 ? 60000 : 6000);
            ok = ok && writeFile(dir + QStringLiteral("/mod%1.py").arg(m), pythonSource(rng, size));
            ok = ok
                && writeFile(
                    dir + QStringLiteral("/__pycache__/mod%1.cpython-311.pyc").arg(m), bytecode(rng, size * 3 / 4));
            small += size + size * 3 / 4;
        }
    }
    for (int lib = 0; quint64(lib) * (totalBytes / 8) < totalBytes * 45 / 100; ++lib)
        ok = ok && writeFile(internal + QStringLiteral("/lib%1.so.1").arg(lib), sharedLibrary(rng, totalBytes / 8));
    ok = ok
        && writeFile(internal + QStringLiteral("/models/weights.safetensors"), randomBytes(rng, totalBytes * 2 / 5));
    ok = ok && QFile::link(QStringLiteral("lib0.so.1"), internal + QStringLiteral("/lib0.so"));
    const QString longDir
        = internal + QStringLiteral("/a_rather_long_package_name_for_testing/with_a_nested_subpackage");
    ok = ok
        && writeFile(longDir + QStringLiteral("/and_a_module_name_that_pushes_the_path_past_one_hundred_bytes.py"),
            pythonSource(rng, 3000));
    ok = ok && writeFile(internal + QStringLiteral("/données/übersicht_模型.txt"), pythonSource(rng, 1000));
    ok = ok && QDir().mkpath(internal + QStringLiteral("/empty_dir"));
    return ok;
}

ScanResult MixedBundle::scan(const QString& root)
{
    FolderSource source(root);
    source.setThreadCount(2);
    Result<ScanResult> result = source.scan(CancellationToken(), {});
    if (!result) {
        qWarning("scan failed: %s", qPrintable(result.error().toString()));
        return {};
    }
    return *result;
}

} // namespace BundleScope::Test
