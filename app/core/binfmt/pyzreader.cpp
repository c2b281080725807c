// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyzreader.h"

#include "binfmt/marshalreader.h"

#include <QtEndian>

namespace BundleScope {

namespace {
    constexpr qint64 s_headerSize = 12;
    constexpr qint64 s_maxTocLength = 512 * 1024 * 1024;

    // (name, (typecode, offset, length)) -> entry, or false when the shape is wrong.
    bool toEntry(const MarshalValue& name, const MarshalValue& info, PyzEntry& entry)
    {
        if (name.type != MarshalValue::Type::String || !info.isSequence() || info.items.size() != 3)
            return false;
        for (const auto& item : info.items) {
            if (item->type != MarshalValue::Type::Int)
                return false;
        }
        entry.name = name.bytes;
        const qint64 type = info.items[0]->integer;
        if (type < 0 || type > 3)
            return false;
        entry.type = PyzEntry::Type(type);
        entry.offset = info.items[1]->integer;
        entry.storedLength = info.items[2]->integer;
        return entry.offset >= 0 && entry.storedLength >= 0;
    }
} // namespace

QByteArray PyzEntry::relativePath() const
{
    QByteArray path = name;
    path.replace('.', '/');
    if (type == Type::Package || type == Type::NamespacePackage)
        return path + "/__init__.pyc";
    return path + ".pyc";
}

Result<PyzInfo> PyzReader::read(QIODevice& device, qint64 base, qint64 length)
{
    if (length < s_headerSize || base < 0 || base + length > device.size())
        return makeError(Error::Code::Malformed, tr("PYZ archive truncated"));
    if (!device.seek(base))
        return makeError(Error::Code::Io, device.errorString());
    const QByteArray header = device.read(s_headerSize);
    if (header.size() != s_headerSize || !hasMagic(header))
        return makeError(Error::Code::Malformed, tr("Not a PYZ archive (bad magic)"));
    PyzInfo info;
    info.pycMagic = header.mid(4, 4);
    const qint64 tocOffset = qFromBigEndian<qint32>(header.constData() + 8);
    if (tocOffset < s_headerSize || tocOffset >= length || length - tocOffset > s_maxTocLength)
        return makeError(Error::Code::Malformed, tr("PYZ table of contents offset %1 is out of range").arg(tocOffset));
    if (!device.seek(base + tocOffset))
        return makeError(Error::Code::Io, device.errorString());
    const QByteArray toc = device.read(length - tocOffset);
    if (toc.size() != length - tocOffset)
        return makeError(Error::Code::Malformed, tr("PYZ table of contents truncated"));
    MarshalReader reader(toc);
    auto value = reader.readObject();
    if (!value)
        return value.error();
    const MarshalValue& root = **value;
    auto addEntry = [&](const MarshalValue& name, const MarshalValue& entryInfo) -> bool {
        PyzEntry entry;
        if (!toEntry(name, entryInfo, entry))
            return false;
        if (entry.offset < s_headerSize || entry.offset + entry.storedLength > tocOffset)
            return false;
        entry.offset += base;
        info.entries.push_back(std::move(entry));
        return true;
    };
    bool ok = true;
    if (root.type == MarshalValue::Type::Dict) {
        for (std::size_t i = 0; ok && i + 1 < root.items.size(); i += 2)
            ok = addEntry(*root.items[i], *root.items[i + 1]);
    } else if (root.isSequence()) {
        for (const auto& item : root.items) {
            ok = item->isSequence() && item->items.size() == 2 && addEntry(*item->items[0], *item->items[1]);
            if (!ok)
                break;
        }
    } else {
        ok = false;
    }
    if (!ok)
        return makeError(Error::Code::Malformed, tr("PYZ table of contents has an unexpected entry"));
    return info;
}

} // namespace BundleScope
