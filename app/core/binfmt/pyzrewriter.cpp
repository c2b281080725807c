// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyzrewriter.h"

#include "binfmt/pyzreader.h"

#include <QBuffer>
#include <QtEndian>

namespace BundleScope {

namespace {
    constexpr qsizetype s_headerSize = 12; // "PYZ\0", .pyc magic, big-endian TOC offset

    void appendLe32(QByteArray& out, qint32 value)
    {
        char buffer[4];
        qToLittleEndian(value, buffer);
        out.append(buffer, 4);
    }

    // Marshal (version 4 readable) without references: what marshal.load needs, nothing shared.
    class TocWriter {
    public:
        explicit TocWriter(qint32 count)
        {
            m_out.append('[');
            appendLe32(m_out, count);
        }
        void add(const QByteArray& name, qint32 type, qint32 offset, qint32 length)
        {
            m_out.append(')').append(char(2));
            writeName(name);
            m_out.append(')').append(char(3));
            writeInt(type);
            writeInt(offset);
            writeInt(length);
        }
        QByteArray result() const { return m_out; }

    private:
        void writeName(const QByteArray& name)
        {
            const bool ascii = std::all_of(name.cbegin(), name.cend(), [](char c) { return uchar(c) < 0x80; });
            if (ascii && name.size() < 256) {
                m_out.append('z').append(char(name.size())); // TYPE_SHORT_ASCII
            } else {
                m_out.append('u'); // TYPE_UNICODE, UTF-8
                appendLe32(m_out, qint32(name.size()));
            }
            m_out.append(name);
        }
        void writeInt(qint32 value)
        {
            m_out.append('i');
            appendLe32(m_out, value);
        }
        QByteArray m_out;
    };

    QByteArray topLevel(const QByteArray& name)
    {
        const qsizetype dot = name.indexOf('.');
        return dot < 0 ? name : name.left(dot);
    }
} // namespace

Result<PyzRewriter::Rewritten> PyzRewriter::without(
    const QByteArray& pyz, const QSet<QByteArray>& removedPaths, QSet<QByteArray>* notFound)
{
    QByteArray copy = pyz; // QBuffer needs a non-const array; implicitly shared, not copied
    QBuffer device(&copy);
    device.open(QIODevice::ReadOnly);
    const Result<PyzInfo> info = PyzReader::read(device, 0, pyz.size());
    if (!info)
        return info.error();
    Rewritten rewritten;
    rewritten.pyz.reserve(pyz.size()); // one allocation: page faults on fresh memory dominate a trial's overhead
    rewritten.pyz.append(pyz.constData(), s_headerSize);
    QSet<QByteArray> remaining = removedPaths;
    QSet<QByteArray> keptTops;
    QSet<QByteArray> removedTops;
    std::vector<const PyzEntry*> kept;
    for (const PyzEntry& entry : info->entries) {
        if (remaining.remove(entry.relativePath())) {
            ++rewritten.removedModules;
            removedTops.insert(topLevel(entry.name));
            continue;
        }
        keptTops.insert(topLevel(entry.name));
        kept.push_back(&entry);
    }
    TocWriter toc(qint32(kept.size()));
    for (const PyzEntry* entry : kept) {
        const qint64 offset = rewritten.pyz.size();
        if (offset + entry->storedLength > std::numeric_limits<qint32>::max())
            return makeError(Error::Code::TooLarge, tr("The PYZ archive would exceed 2 GiB."));
        rewritten.pyz.append(pyz.constData() + entry->offset, entry->storedLength);
        toc.add(entry->name, qint32(entry->type), qint32(offset), qint32(entry->storedLength));
    }
    qToBigEndian(quint32(rewritten.pyz.size()), rewritten.pyz.data() + 8);
    rewritten.pyz.append(toc.result());
    rewritten.emptiedPackages = removedTops - keptTops;
    if (notFound)
        *notFound = remaining;
    return rewritten;
}

} // namespace BundleScope
