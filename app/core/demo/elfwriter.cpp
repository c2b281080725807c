// SPDX-License-Identifier: GPL-3.0-or-later
#include "elfwriter.h"

#include "elfbuilder.h"

namespace BundleScope {

QByteArray ElfWriter::write(const ElfSpec& spec, DemoRandom& random)
{
    return ElfBuilder(spec, random).build();
}

quint32 ElfWriter::sysvHash(const QByteArray& name)
{
    quint32 h = 0;
    for (const char c : name) {
        h = (h << 4) + quint8(c);
        const quint32 g = h & 0xf0000000u;
        if (g)
            h ^= g >> 24;
        h &= ~g;
    }
    return h;
}

} // namespace BundleScope
