// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace BundleScope {

// Deterministic pseudo-random source for the demo generator: xoshiro256** seeded through splitmix64
// (Blackman & Vigna, "Scrambled linear pseudorandom number generators", 2018), so a seed gives the same bundle on every
// platform and compiler (unlike std::uniform_int_distribution). Value type, used by one thread at a time.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed);

    quint64 next();
    // Uniform in [0, bound); bound > 0.
    quint32 bounded(quint32 bound);
    // Uniform in [low, high].
    qint64 range(qint64 low, qint64 high);
    // A derived, independent stream: lets each part of the bundle keep its content when another part changes size.
    DemoRandom fork(quint64 salt) const;
    // A derived stream keyed by a name (FNV-1a of the bytes: stable across runs, unlike qHash).
    DemoRandom fork(const QByteArray& name) const;

    // `size` incompressible bytes.
    QByteArray bytes(qsizetype size);
    // `size` bytes that deflate to roughly 40-50 %, like machine code: runs copied from earlier output mixed with
    // bytes drawn from a small alphabet.
    QByteArray codeLike(qsizetype size);
    // An approximately normal value with mean 0 and the given standard deviation (sum of four uniforms).
    float normal(float stddev);

private:
    quint64 m_state[4] = {};
};

} // namespace BundleScope
