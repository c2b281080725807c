// SPDX-License-Identifier: GPL-3.0-or-later
#include "tarlayout.h"

#include <QFile>

#include <algorithm>
#include <cstring>

namespace BundleScope {

namespace {
    constexpr quint64 s_block = 512;

    quint32 longLinkBytes(qsizetype length)
    {
        // Header block + the name with its NUL, padded (KTar: names of more than 99 bytes).
        return length > 99 ? quint32(s_block + (quint64(length) + 1 + s_block - 1) / s_block * s_block) : 0;
    }

    QByteArray entryName(const ArchiveEntry& entry)
    {
        return entry.kind == NodeKind::Directory ? entry.path + '/' : entry.path;
    }

    // One ustar header as KTar::KTarPrivate::fillBuffer writes it, with TarNormalizingDevice's uid/gid/checksum.
    void fillHeader(char* block, const QByteArray& name, const QByteArray& mode, quint64 size, qint64 mtime, char type,
        const QByteArray& link)
    {
        std::memset(block, 0, s_block);
        std::memcpy(block, name.constData(), size_t(std::min<qsizetype>(name.size(), 99)));
        std::memcpy(block + 100, mode.constData(), 6);
        block[106] = ' ';
        std::memcpy(block + 108, "0000000", 8);
        std::memcpy(block + 116, "0000000", 8);
        std::memcpy(block + 124, QByteArray::number(size, 8).rightJustified(11, '0').constData(), 11);
        block[135] = ' ';
        std::memcpy(block + 136, QByteArray::number(mtime, 8).rightJustified(11, '0').constData(), 11);
        block[147] = ' ';
        block[156] = type;
        std::memcpy(block + 157, link.constData(), size_t(std::min<qsizetype>(link.size(), 99)));
        std::memcpy(block + 257,
            "ustar\0"
            "00",
            8);
        std::memcpy(block + 265, "root", 4);
        std::memcpy(block + 297, "root", 4);
        std::memset(block + 148, ' ', 8);
        unsigned sum = 0;
        for (quint64 i = 0; i < s_block; ++i)
            sum += static_cast<unsigned char>(block[i]);
        std::memcpy(block + 148, QByteArray::number(sum, 8).rightJustified(6, '0').constData(), 6);
        block[154] = '\0';
        block[155] = ' ';
    }

    void appendLongLink(QByteArray& out, const QByteArray& name, char type, qint64 mtime)
    {
        if (name.size() <= 99)
            return;
        const qsizetype at = out.size();
        out.resize(at + qsizetype(longLinkBytes(name.size())));
        fillHeader(out.data() + at, QByteArrayLiteral("././@LongLink"), QByteArrayLiteral("     0"),
            quint64(name.size()) + 1, mtime, type, {});
        std::memset(out.data() + at + s_block, 0, size_t(out.size() - at - qsizetype(s_block)));
        std::memcpy(out.data() + at + s_block, name.constData(), size_t(name.size()));
    }
} // namespace

TarLayout::TarLayout(const ArchivePlan& plan)
    : m_plan(plan)
{
    m_spans.reserve(plan.entries().size());
    quint64 offset = 0;
    for (const ArchiveEntry& entry : plan.entries()) {
        Span span;
        span.headerOffset = offset;
        span.headerBytes = quint32(s_block) + longLinkBytes(entryName(entry).size())
            + longLinkBytes(QFile::encodeName(entry.symlinkTarget).size());
        span.dataBytes = entry.kind == NodeKind::File ? entry.size : 0;
        offset = span.end();
        m_spans.push_back(span);
    }
    m_length = offset + 2 * s_block;
}

std::size_t TarLayout::spanAt(quint64 offset) const
{
    const auto it = std::upper_bound(m_spans.cbegin(), m_spans.cend(), offset,
        [](quint64 value, const Span& span) { return value < span.headerOffset; });
    if (it == m_spans.cbegin())
        return 0;
    const std::size_t index = std::size_t(it - m_spans.cbegin()) - 1;
    return offset < m_spans[index].end() ? index : m_spans.size();
}

QByteArray TarLayout::headerBlocks(std::size_t index) const
{
    const ArchiveEntry& entry = m_plan.entries()[index];
    const QByteArray name = entryName(entry);
    const QByteArray target = QFile::encodeName(entry.symlinkTarget);
    QByteArray out;
    out.reserve(qsizetype(m_spans[index].headerBytes));
    if (entry.kind == NodeKind::Symlink)
        appendLongLink(out, target, 'K', m_plan.mtime());
    appendLongLink(out, name, 'L', m_plan.mtime());
    const qsizetype at = out.size();
    out.resize(at + qsizetype(s_block));
    const bool file = entry.kind == NodeKind::File;
    const char type = file ? '0' : (entry.kind == NodeKind::Directory ? '5' : '2');
    const char pad = file ? '0' : ' ';
    const QByteArray mode = QByteArray::number(entry.mode, 8).rightJustified(6, pad);
    fillHeader(out.data() + at, name, mode, file ? entry.size : 0, m_plan.mtime(), type, target);
    return out;
}

Result<QByteArray> TarLayout::read(const DiskEntries& disk, quint64 offset, quint64 length) const
{
    offset = std::min(offset, m_length);
    length = std::min(length, m_length - offset);
    QByteArray out(qsizetype(length), '\0');
    quint64 position = offset;
    for (std::size_t index = spanAt(offset); index < m_spans.size() && position < offset + length; ++index) {
        const Span& span = m_spans[index];
        const quint64 stop = std::min(span.end(), offset + length);
        char* destination = out.data() + (position - offset);
        if (position < span.headerOffset + span.headerBytes) {
            const QByteArray header = headerBlocks(index);
            const quint64 from = position - span.headerOffset;
            const quint64 n = std::min<quint64>(quint64(header.size()) - from, stop - position);
            std::memcpy(destination, header.constData() + from, size_t(n));
            position += n;
            destination += n;
        }
        const quint64 dataStart = span.headerOffset + span.headerBytes;
        if (position < stop && position < dataStart + span.dataBytes) {
            const quint64 n = std::min(stop, dataStart + span.dataBytes) - position;
            if (Result<void> read = disk.readAt(m_plan.entries()[index].node, position - dataStart, destination, n);
                !read)
                return read.error();
        }
        position = stop; // padding stays zero
    }
    return out;
}

} // namespace BundleScope
