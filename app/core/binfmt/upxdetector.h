// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

namespace BundleScope {

// Tells whether a binary is UPX-packed, from what UPX writes into every file it packs (upx/src/packhead.cpp,
// p_lx_elf.cpp, p_w64pe_amd64.cpp): the "UPX!" PackHeader magic, which sits in the first few KiB (l_info after the
// program headers of an ELF, after the section table of a PE) and again in the trailer at the end of the file; PE files
// also keep sections named UPX0 / UPX1 (checked by the callers that parse PE section tables). Reads at most 8 KiB.
// Stateless, any thread; the device is the caller's and its position is changed.
class UpxDetector {
public:
    static constexpr qint64 WindowSize = 4096;

    static bool hasMagic(QIODevice& device);
};

} // namespace BundleScope
