// SPDX-License-Identifier: GPL-3.0-or-later
#include "fasthash.h"

#include <QtEndian>

#include <cstring>

namespace BundleScope {

namespace {

    constexpr quint64 Prime1 = 0x9E3779B185EBCA87ull;
    constexpr quint64 Prime2 = 0xC2B2AE3D27D4EB4Full;
    constexpr quint64 Prime3 = 0x165667B19E3779F9ull;
    constexpr quint64 Prime4 = 0x85EBCA77C2B2AE63ull;
    constexpr quint64 Prime5 = 0x27D4EB2F165667C5ull;

    inline quint64 rotl(quint64 x, int r)
    {
        return (x << r) | (x >> (64 - r));
    }

    inline quint64 read64(const uchar* p)
    {
        quint64 v;
        std::memcpy(&v, p, 8);
        return qFromLittleEndian(v);
    }

    inline quint32 read32(const uchar* p)
    {
        quint32 v;
        std::memcpy(&v, p, 4);
        return qFromLittleEndian(v);
    }

    inline quint64 round(quint64 acc, quint64 lane)
    {
        acc += lane * Prime2;
        acc = rotl(acc, 31);
        return acc * Prime1;
    }

    inline quint64 merge(quint64 hash, quint64 acc)
    {
        hash ^= round(0, acc);
        return hash * Prime1 + Prime4;
    }

} // namespace

FastHash::FastHash(quint64 seed)
    : m_acc { seed + Prime1 + Prime2, seed + Prime2, seed, seed - Prime1 }
    , m_seed(seed)
{
}

void FastHash::consumeStripe(const uchar* stripe)
{
    for (int lane = 0; lane < 4; ++lane)
        m_acc[lane] = round(m_acc[lane], read64(stripe + 8 * lane));
}

void FastHash::addData(QByteArrayView data)
{
    const uchar* p = reinterpret_cast<const uchar*>(data.data());
    qsizetype length = data.size();
    m_total += quint64(length);
    if (m_buffered > 0) {
        const int take = int(qMin<qsizetype>(32 - m_buffered, length));
        std::memcpy(m_buffer + m_buffered, p, size_t(take));
        m_buffered += take;
        p += take;
        length -= take;
        if (m_buffered < 32)
            return;
        consumeStripe(m_buffer);
        m_buffered = 0;
    }
    for (; length >= 32; p += 32, length -= 32)
        consumeStripe(p);
    std::memcpy(m_buffer, p, size_t(length));
    m_buffered = int(length);
}

quint64 FastHash::result() const
{
    quint64 h;
    if (m_total >= 32) {
        h = rotl(m_acc[0], 1) + rotl(m_acc[1], 7) + rotl(m_acc[2], 12) + rotl(m_acc[3], 18);
        for (quint64 acc : m_acc)
            h = merge(h, acc);
    } else {
        h = m_seed + Prime5;
    }
    h += m_total;
    const uchar* p = m_buffer;
    int left = m_buffered;
    for (; left >= 8; p += 8, left -= 8) {
        h ^= round(0, read64(p));
        h = rotl(h, 27) * Prime1 + Prime4;
    }
    if (left >= 4) {
        h ^= quint64(read32(p)) * Prime1;
        h = rotl(h, 23) * Prime2 + Prime3;
        p += 4;
        left -= 4;
    }
    for (; left > 0; ++p, --left) {
        h ^= quint64(*p) * Prime5;
        h = rotl(h, 11) * Prime1;
    }
    h ^= h >> 33;
    h *= Prime2;
    h ^= h >> 29;
    h *= Prime3;
    h ^= h >> 32;
    return h;
}

quint64 FastHash::hash(QByteArrayView data, quint64 seed)
{
    FastHash hasher(seed);
    hasher.addData(data);
    return hasher.result();
}

} // namespace BundleScope
