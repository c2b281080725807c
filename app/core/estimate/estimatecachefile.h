// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace BundleScope {

// The on-disk form of EstimateCache: a small versioned binary file written with QDataStream (Qt_6_4 encoding):
//   quint32 magic "BSEC", quint32 version (FormatVersion), quint32 count, then count x
//   (QByteArray key, quint64 compressed bytes, quint64 last use).
// A wrong magic, version or count, a short or trailing-garbage file, or a key of the wrong length is rejected as a
// whole. The version also changes when the estimator's sampling or compressors change what a key means.
// Stateless; any thread (the caller serializes access to one file).
class EstimateCacheFile {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::EstimateCacheFile)
public:
    static constexpr quint32 Magic = 0x42534543; // "BSEC"
    static constexpr quint32 FormatVersion = 1;
    static constexpr int KeyBytes = 20; // SHA-1

    struct Record {
        QByteArray key;
        quint64 compressed = 0;
        quint64 used = 0;
    };

    [[nodiscard]] static Result<std::vector<Record>> read(const QString& fileName);
    [[nodiscard]] static Result<void> write(const QString& fileName, const std::vector<Record>& records);
};

} // namespace BundleScope
