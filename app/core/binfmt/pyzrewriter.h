// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>

namespace BundleScope {

// Rebuilds a PyInstaller PYZ without some of its modules (CArchiveRewriter's PYZ half): the 8-byte header ("PYZ\0" and
// the .pyc magic) and every kept module's compressed bytes are copied unchanged, in their original order; the table
// of contents is written anew as the marshalled list of (name, (typecode, offset, length)) that PyInstaller's
// ZlibArchiveReader reads (`dict(marshal.load(...))`), with plain (unshared) marshal objects. Pure; any thread.
class PyzRewriter {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::PyzRewriter)
public:
    struct Rewritten {
        QByteArray pyz;
        int removedModules = 0;
        QSet<QByteArray> emptiedPackages; // top-level names none of whose modules stay
    };

    // `pyz`: the whole PYZ; `removedPaths`: module paths as PyzEntry::relativePath() gives them ("json/decoder.pyc",
    // "json/__init__.pyc"). Paths not in the PYZ are left in `notFound` for the caller to report.
    [[nodiscard]] static Result<Rewritten> without(
        const QByteArray& pyz, const QSet<QByteArray>& removedPaths, QSet<QByteArray>* notFound = nullptr);
};

} // namespace BundleScope
