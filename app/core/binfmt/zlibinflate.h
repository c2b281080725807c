// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace BundleScope {

// zlib (RFC 1950) decompression with a hard cap on the output, so that a hostile entry (a "zip bomb") costs at most
// maxBytes of memory and the time to produce them.
class ZlibInflate {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ZlibInflate)
public:
    static Result<QByteArray> inflate(QByteArrayView compressed, qint64 maxBytes);
    // Size of the decompressed stream without keeping it; stops at cap (returns cap and sets *capped).
    static Result<quint64> inflatedSize(QByteArrayView compressed, quint64 cap, bool* capped = nullptr);
};

} // namespace BundleScope
