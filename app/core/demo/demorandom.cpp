// SPDX-License-Identifier: GPL-3.0-or-later
#include "demorandom.h"

#include <cstring>

namespace BundleScope {

namespace {

    quint64 splitMix64(quint64& x)
    {
        quint64 z = (x += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }

    constexpr quint64 rotl(quint64 x, int k)
    {
        return (x << k) | (x >> (64 - k));
    }

} // namespace

DemoRandom::DemoRandom(quint64 seed)
{
    for (quint64& word : m_state)
        word = splitMix64(seed);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

quint32 DemoRandom::bounded(quint32 bound)
{
    // Lemire's multiply-shift; the tiny bias is irrelevant for demo data.
    return quint32(((next() >> 32) * quint64(bound)) >> 32);
}

qint64 DemoRandom::range(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    return low + qint64(next() % quint64(high - low + 1));
}

DemoRandom DemoRandom::fork(quint64 salt) const
{
    return DemoRandom(m_state[0] ^ rotl(m_state[2], 13) ^ (salt * 0x9e3779b97f4a7c15ull));
}

DemoRandom DemoRandom::fork(const QByteArray& name) const
{
    quint64 hash = 0xcbf29ce484222325ull;
    for (const char c : name)
        hash = (hash ^ quint8(c)) * 0x100000001b3ull;
    return fork(hash);
}

QByteArray DemoRandom::bytes(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    char* data = out.data();
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        const quint64 word = next();
        std::memcpy(data + i, &word, 8);
    }
    if (i < size) {
        const quint64 word = next();
        std::memcpy(data + i, &word, size_t(size - i));
    }
    return out;
}

QByteArray DemoRandom::codeLike(qsizetype size)
{
    // Chunks of 16..79 bytes: a little under half fresh random bytes, the rest copied from up to 16 KiB back, which
    // deflate/zstd find as matches. Copies cost a memmove and the random part 1/8 of a next() per byte, so this runs
    // at memory speed.
    QByteArray out(size, Qt::Uninitialized);
    char* data = out.data();
    qsizetype i = 0;
    while (i < size) {
        const quint64 word = next();
        const qsizetype run = qMin<qsizetype>(16 + qsizetype(word & 63), size - i);
        const qsizetype back = 80 + qsizetype((word >> 8) & 16383); // > run: never reads unwritten bytes
        if ((word >> 24) % 100 < 55 && i >= back) {
            std::memmove(data + i, data + i - back, size_t(run));
        } else {
            for (qsizetype k = 0; k < run; k += 8) {
                const quint64 random = next();
                std::memcpy(data + i + k, &random, size_t(qMin<qsizetype>(8, run - k)));
            }
        }
        i += run;
    }
    return out;
}

float DemoRandom::normal(float stddev)
{
    const quint64 word = next();
    float sum = 0;
    for (int k = 0; k < 4; ++k)
        sum += float((word >> (16 * k)) & 0xffff) / 65535.0f;
    // Four uniforms have mean 2 and variance 1/3.
    return (sum - 2.0f) * 1.7320508f * stddev;
}

} // namespace BundleScope
