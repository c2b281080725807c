// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace BundleScope {

// Streaming XXH64 (spec: github.com/Cyan4973/xxHash, doc/xxhash_spec.md), a non-cryptographic 64-bit hash several
// times faster than QCryptographicHash on this class of machine (see DuplicatesAnalyzer). Used to confirm that files of
// equal size and equal head/tail are identical. One instance per thread.
class FastHash {
public:
    explicit FastHash(quint64 seed = 0);
    void addData(QByteArrayView data);
    quint64 result() const;
    static quint64 hash(QByteArrayView data, quint64 seed = 0);

private:
    void consumeStripe(const uchar* stripe);

    quint64 m_acc[4];
    quint64 m_seed;
    quint64 m_total = 0;
    uchar m_buffer[32];
    int m_buffered = 0;
};

} // namespace BundleScope
