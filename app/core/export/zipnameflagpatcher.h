// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QIODevice>

namespace BundleScope {

// KZip 6.13 writes names as UTF-8 bytes but never sets general purpose bit 11 ("language encoding flag",
// PKWARE APPNOTE 6.3.10 section 4.4.4), so Python's zipfile and Windows read non-ASCII names as CP437. This walks the
// finished central directory (APPNOTE 4.3.12/4.3.16) and sets the bit in the central and local header of every entry
// whose name is not plain ASCII. Synchronous; the device must be readable, writable and seekable.
class ZipNameFlagPatcher {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ZipNameFlagPatcher)
public:
    static Result<void> patch(QIODevice& device);
};

} // namespace BundleScope
