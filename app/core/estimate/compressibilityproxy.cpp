// SPDX-License-Identifier: GPL-3.0-or-later
#include "compressibilityproxy.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <vector>

namespace BundleScope {

namespace {
    constexpr qsizetype s_window = 32 * 1024;
    constexpr qsizetype s_block = 8 * 1024;
    // 4,096 heads (16 KiB, within the first-level cache) rather than 32,768 (128 KiB): the proxy runs 1.2-1.4x
    // faster and explains deflate's ratio as well (R² on 64 KiB cells of the corpus: hello 0.969 vs 0.971, numsci 0.981
    // vs 0.986, torch's libraries 0.943 vs 0.937); most of an estimate's time is the proxy on large bundles.
    constexpr int s_hashBits = 12;
    constexpr qsizetype s_maxMatch = 258;
    constexpr double s_matchCost = 2.5;

    quint32 hashAt(const uchar* p)
    {
        quint32 v;
        std::memcpy(&v, p, 4);
        return (v * 2654435761u) >> (32 - s_hashBits);
    }

    // How far a and b agree from byte 4 on (the hash probe checked the first four), at most `limit`: eight bytes at
    // a time, the first difference found by its lowest set bit (little-endian).
    qsizetype matchLength(const uchar* a, const uchar* b, qsizetype limit)
    {
        qsizetype length = 4;
        while (length + 8 <= limit) {
            quint64 x, y;
            std::memcpy(&x, a + length, 8);
            std::memcpy(&y, b + length, 8);
            if (x != y)
                return length + std::countr_zero(qFromLittleEndian(x ^ y)) / 8;
            length += 8;
        }
        while (length < limit && a[length] == b[length])
            ++length;
        return length;
    }

    double entropyBytes(const std::array<quint32, 256>& histogram, qsizetype total)
    {
        double bits = 0;
        for (quint32 count : histogram) {
            if (count == 0)
                continue;
            const double p = double(count) / double(total);
            bits -= p * std::log2(p);
        }
        return bits / 8;
    }
} // namespace

double CompressibilityProxy::cost(QByteArrayView data, qsizetype historyBytes)
{
    const auto* bytes = reinterpret_cast<const uchar*>(data.data());
    const qsizetype end = data.size();
    const qsizetype start = std::min(historyBytes, end);
    std::vector<qint32> head(std::size_t(1) << s_hashBits, -1);
    for (qsizetype i = std::max<qsizetype>(0, start - s_window); i + 4 <= start; ++i)
        head[hashAt(bytes + i)] = qint32(i);
    double total = 0;
    qsizetype i = start;
    quint32 misses = 0;
    for (qsizetype blockStart = start; blockStart < end; blockStart += s_block) {
        const qsizetype blockEnd = std::min(end, blockStart + s_block);
        // Four interleaved counts: a run of one byte value (zero padding) no longer waits on a single counter.
        std::array<std::array<quint32, 256>, 4> counts {};
        qsizetype j = blockStart;
        for (; j + 4 <= blockEnd; j += 4) {
            ++counts[0][bytes[j]];
            ++counts[1][bytes[j + 1]];
            ++counts[2][bytes[j + 2]];
            ++counts[3][bytes[j + 3]];
        }
        for (; j < blockEnd; ++j)
            ++counts[0][bytes[j]];
        std::array<quint32, 256> histogram;
        for (std::size_t v = 0; v < histogram.size(); ++v)
            histogram[v] = counts[0][v] + counts[1][v] + counts[2][v] + counts[3][v];
        quint64 literals = 0, matches = 0;
        while (i < blockEnd) {
            if (i + 4 > end) {
                literals += quint64(blockEnd - i);
                i = blockEnd;
                break;
            }
            const quint32 h = hashAt(bytes + i);
            const qint32 candidate = head[h];
            head[h] = qint32(i);
            if (candidate >= 0 && i - candidate <= s_window && std::memcmp(bytes + candidate, bytes + i, 4) == 0) {
                const qsizetype length = matchLength(bytes + candidate, bytes + i, std::min(s_maxMatch, end - i));
                ++matches;
                i += length;
                misses = 0;
            } else {
                // LZ4's acceleration: after long runs without a match, probe less often (incompressible data).
                const qsizetype step = std::min<qsizetype>(1 + (misses++ >> 5), blockEnd - i);
                literals += quint64(step);
                i += step;
            }
        }
        total += double(literals) * entropyBytes(histogram, blockEnd - blockStart) + s_matchCost * double(matches);
    }
    return total;
}

} // namespace BundleScope
