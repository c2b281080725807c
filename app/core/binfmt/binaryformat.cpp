// SPDX-License-Identifier: GPL-3.0-or-later
#include "binaryformat.h"

#include <QtEndian>

namespace BundleScope {

namespace {

    quint32 bigEndian32(QByteArrayView head, qsizetype offset)
    {
        return qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(head.data()) + offset);
    }

    bool isPe(QByteArrayView head)
    {
        if (head.size() < 64 || head[0] != 'M' || head[1] != 'Z')
            return false;
        const quint32 lfanew = qFromLittleEndian<quint32>(reinterpret_cast<const uchar*>(head.data()) + 0x3c);
        if (qsizetype(lfanew) + 4 > head.size())
            return lfanew >= 64; // cannot verify the signature with this head: trust the DOS header
        return head.sliced(lfanew, 4) == QByteArrayView("PE\0\0", 4);
    }

} // namespace

BinaryFormat::Kind BinaryFormat::detect(QByteArrayView head)
{
    if (head.size() >= 16
        && head.startsWith(QByteArrayView("\x7f"
                                          "ELF",
            4)))
        return (head[4] == 1 || head[4] == 2) && (head[5] == 1 || head[5] == 2) ? Kind::Elf : Kind::Unknown;
    if (head.size() < 8)
        return Kind::Unknown;
    switch (bigEndian32(head, 0)) {
    case 0xfeedfaceu: // MH_MAGIC / MH_CIGAM and the 64-bit pair
    case 0xcefaedfeu:
    case 0xfeedfacfu:
    case 0xcffaedfeu:
        return Kind::MachO;
    case 0xcafebabeu: // FAT_MAGIC; Java class files share it but carry a major version >= 45 there
    case 0xcafebabfu: {
        const quint32 count = bigEndian32(head, 4);
        return count > 0 && count < 32 ? Kind::MachOFat : Kind::Unknown;
    }
    default:
        break;
    }
    return isPe(head) ? Kind::Pe : Kind::Unknown;
}

QString BinaryFormat::id(Kind kind)
{
    switch (kind) {
    case Kind::Elf:
        return QStringLiteral("elf");
    case Kind::Pe:
        return QStringLiteral("pe");
    case Kind::MachO:
        return QStringLiteral("macho");
    case Kind::MachOFat:
        return QStringLiteral("macho_fat");
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace BundleScope
