// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slim/slimresult.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace BundleScope::Test {

// A one-folder bundle whose app is a small C program (compiled with gcc while the test runs) that fails when
// particular files are missing, for the slim tests:
//   app                          the program; prints "app ok" and exits 0 when everything below is there
//   _internal/data/model.txt     read with fopen           (missing: "Unable to find model.txt", exit 1)
//   _internal/libplugin.so       dlopen()ed                (missing: "Error: <dlerror>", exit 2)
//   _internal/bin/helper         checked with access(X_OK) (missing: "Unable to find helper", exit 3)
//   _internal/b/blob.bin         read; an identical copy of _internal/a/blob.bin (a duplicate: a link works)
//   _internal/pkg/tests/…        test files nothing reads
//   _internal/libunused.so       a library nothing loads
//   _internal/filler/f1…f3.bin   more files nothing reads
//   _internal/big/unused.dat     2 MiB nothing opens (an unused-in-the-run candidate for --trace)
//   _internal/base_library.zip   so that it looks like PyInstaller output
// `./app --write` also writes into its own folder (appends to model.txt, creates _internal/cache/new.txt);
// `./app --fail` always fails ("Traceback … RuntimeError: self-test failed").
class SlimFixture {
public:
    // Writes the bundle to `root` (the top folder); false after a qWarning (e.g. gcc missing: install gcc).
    static bool write(const QString& root);
    // SlimItems acting on the paths above, by name: "model", "plugin", "helper" (break the app), "tests", "dup"
    // (a link), "unused_lib", "filler1".."filler2" (removable).
    static std::vector<SlimItem> items(const QString& root);
    // Sorted "path <sha1 or link target>" of everything below root: a listing to compare before/after.
    static QStringList fingerprint(const QString& root);
    // A fake one-file executable (bootloader bytes + a PyInstaller PKG with its cookie) at `path`.
    static bool writeOneFile(const QString& path);

    // A one-folder bundle whose launcher `app` is a C program carrying a PyInstaller 6 PKG in an ELF section
    // "pydata" (added with objcopy, as PyInstaller does), so the scan opens it and shows its PYZ modules. At run time
    // it reads its own PKG as the bootloader and PyInstaller's importer would and checks, like Python would fail:
    //   PYZ modules appmod, appmod.core     needed ("ModuleNotFoundError: No module named 'appmod.core'", exit 1)
    //   run-time hook pyi_rth_unusedpkg     needs the PYZ module unusedpkg when the hook is in the PKG
    //   PYZ unusedpkg, unusedpkg.helpers    nothing else needs them
    //   PYZ mixedpkg.tests.test_one/_two    test modules; _internal/mixedpkg/tests/data.txt is their file on disk
    // and prints "launcher ok". Also _internal/base_library.zip and _internal/libpython3.11.so.1.0 (stand-ins) so it
    // looks like PyInstaller output. False after a qWarning (gcc or objcopy missing).
    static bool writeLauncherBundle(const QString& root);
    // The PYZ member paths of a module of writeLauncherBundle()'s PYZ, as the tree shows them below the launcher.
    static QString pyzMember(const QByteArray& module, bool package = false);
};

} // namespace BundleScope::Test
