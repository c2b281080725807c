// SPDX-License-Identifier: GPL-3.0-or-later
#include "demolauncherarchive.h"

#include "demorandom.h"
#include "pyinstallerarchivewriter.h"
#include "pythonmodulewriter.h"

#include <QString>

namespace BundleScope {

namespace {

    // A marshalled module code object: a .pyc without its 16-byte header.
    QByteArray code(DemoRandom& random, const QByteArray& name, int lines, const QByteArrayList& constants = {})
    {
        const QString fileName = QString::fromUtf8(name) + QStringLiteral(".py");
        const QByteArray source = PythonModuleWriter::source(random, fileName, lines);
        return PythonModuleWriter::pyc(random, fileName, source, constants).mid(16);
    }

} // namespace

QByteArray DemoLauncherArchive::package(const QByteArray& appName, int scale, DemoRandom& random)
{
    static constexpr const char* packages[] = { "inference_app", "json", "logging", "email", "http", "urllib",
        "xml.etree", "importlib.metadata", "multiprocessing", "concurrent.futures", "typing_extensions", "yaml",
        "requests", "urllib3", "charset_normalizer", "idna", "certifi", "tqdm", "filelock", "fsspec", "jinja2",
        "markupsafe", "sympy", "networkx", "packaging" };
    static constexpr const char* modules[]
        = { "core", "utils", "api", "compat", "errors", "models", "helpers", "config", "io", "parser", "cli", "types" };
    PyzWriter pyz;
    for (const char* package : packages) {
        pyz.addModule(package, PyzWriter::Type::Package, code(random, package, int(random.range(10, 80))));
        for (int i = 0; i < 6 * scale; ++i) {
            const QByteArray module
                = QByteArray(package) + '.' + modules[i % 12] + (i < 12 ? QByteArray() : QByteArray::number(i / 12));
            pyz.addModule(module, PyzWriter::Type::Module, code(random, module, int(random.range(40, 400))));
        }
    }

    // torch/__init__.py builds 'libtorch_global_deps' + '.so' and loads it with ctypes.CDLL: the only reference to
    // torch/lib/libtorch_global_deps.so is these string constants (PyInstaller puts torch's modules in the PYZ).
    pyz.addModule(
        "torch", PyzWriter::Type::Package, code(random, "torch", 200, { "libtorch_global_deps", ".so", ".dylib" }));

    CArchiveWriter pkg;
    for (const char* module : { "struct", "pyimod01_archive", "pyimod02_importers", "pyimod03_ctypes" })
        pkg.add(module, 'm', code(random, module, 120), true);
    pkg.add("pyi-contents-directory _internal", 'o', {}, false);
    for (const char* script :
        { "pyiboot01_bootstrap", "pyi_rth_inspect", "pyi_rth_pkgutil", "pyi_rth_multiprocessing" })
        pkg.add(script, 's', code(random, script, 60), true);
    pkg.add(appName, 's', code(random, appName, 80), true);
    pkg.add("PYZ.pyz", 'z', pyz.finish(), false);
    return pkg.finish();
}

} // namespace BundleScope
