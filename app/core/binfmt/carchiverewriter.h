// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace BundleScope {

// Rewrites a PyInstaller launcher (bootloader + CArchive "PKG") without some of the modules in its PYZ, so that it
// is what PyInstaller builds with those modules in the .spec's `excludes`: the verified-slimming trials and their
// output (issue 14, SLIM.md).
//  - The PYZ is rebuilt from the kept modules: their compressed bytes copied as they are, a new table of contents
//    (a marshalled list of (name, (typecode, offset, length)), which PyInstaller's reader turns into a dict).
//  - Run-time hooks ('s' entries `pyi_rth_<package>`) of packages none of whose modules stay are dropped too, as
//    PyInstaller would not bundle them (a hook imports its package at start-up).
//  - Every other PKG member keeps its bytes; offsets, lengths, the TOC and the 88-byte cookie are recomputed.
//  - The bytes before the PKG (the bootloader) are kept; what follows the cookie (on Linux the ELF section headers
//    objcopy wrote after the "pydata" section) moves by a multiple of 8, and the ELF header and section table are
//    patched: the section holding the PKG gets its new size, later sections and the table their new offsets.
// Pure function of its input; any thread.
class CArchiveRewriter {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::CArchiveRewriter)
public:
    struct Rewritten {
        QByteArray launcher;
        int removedModules = 0;
        QStringList removedHooks; // run-time hook scripts dropped with their package
    };

    // `removedMembers`: launcher member paths as the bundle tree shows them, "<pyz name>/<module path>.pyc"
    // (PyzEntry::relativePath), e.g. "PYZ-00.pyz/setuptools/dist.pyc". Errors: NotABundle (no PKG), Malformed,
    // NotFound (a member that is not in the launcher), Unsupported (an ELF whose segments load the PKG, or a 32-bit
    // or big-endian ELF with bytes after the PKG).
    [[nodiscard]] static Result<Rewritten> withoutModules(
        const QByteArray& launcher, const QSet<QByteArray>& removedMembers);
    // The same for a file: reads `from`, writes `to` (through a temporary file renamed into place, with from's
    // permissions). `from` and `to` may be the same path.
    [[nodiscard]] static Result<Rewritten> rewriteFile(
        const QString& from, const QString& to, const QSet<QByteArray>& removedMembers);
};

} // namespace BundleScope
