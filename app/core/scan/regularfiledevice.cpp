// SPDX-License-Identifier: GPL-3.0-or-later
#include "regularfiledevice.h"

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace BundleScope {

RegularFileDevice::RegularFileDevice(int fd, qint64 size)
    : m_fd(fd)
    , m_size(size)
{
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

RegularFileDevice::~RegularFileDevice()
{
    RegularFileDevice::close();
}

void RegularFileDevice::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_cache.reset();
    QIODevice::close();
}

qint64 RegularFileDevice::readAt(char* data, qint64 offset, qint64 length)
{
    qint64 done = 0;
    while (done < length) {
        const ssize_t got = ::pread(m_fd, data + done, std::size_t(length - done), off_t(offset + done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
            return done > 0 ? done : -1;
        }
        if (got == 0)
            break;
        done += got;
        if (offset + done >= m_size)
            break; // the size when opened: asking again would only confirm the end (CheckedReadDevice checks sizes)
    }
    return done;
}

const RegularFileDevice::Block* RegularFileDevice::block(qint64 index)
{
    Block* slot = &m_blockInfo[0];
    for (Block& candidate : m_blockInfo) {
        if (candidate.index == index) {
            candidate.lastUse = ++m_uses;
            return &candidate;
        }
        if (candidate.lastUse < slot->lastUse)
            slot = &candidate; // the least recently used (or an empty one)
    }
    if (!m_cache)
        m_cache = std::make_unique<char[]>(std::size_t(s_blocks * s_blockSize));
    char* memory = m_cache.get() + (slot - m_blockInfo) * s_blockSize;
    const qint64 got = readAt(memory, index * s_blockSize, s_blockSize);
    if (got < 0) {
        slot->index = -1;
        slot->lastUse = 0;
        return nullptr;
    }
    *slot = { index, got, ++m_uses };
    return slot;
}

void RegularFileDevice::keep(const char* data, qint64 offset, qint64 length)
{
    if (!m_cache)
        m_cache = std::make_unique<char[]>(std::size_t(s_blocks * s_blockSize));
    // The whole blocks within the range, and the file's last block when the range reaches the end.
    for (qint64 index = (offset + s_blockSize - 1) / s_blockSize; index * s_blockSize < offset + length; ++index) {
        const qint64 start = index * s_blockSize;
        const qint64 blockLength = std::min(s_blockSize, offset + length - start);
        if (blockLength < s_blockSize && start + blockLength < m_size)
            break;
        Block* slot = &m_blockInfo[0];
        for (Block& candidate : m_blockInfo) {
            if (candidate.index == index || candidate.lastUse < slot->lastUse)
                slot = &candidate;
            if (candidate.index == index)
                break;
        }
        std::memcpy(
            m_cache.get() + (slot - m_blockInfo) * s_blockSize, data + (start - offset), std::size_t(blockLength));
        *slot = { index, blockLength, ++m_uses };
    }
}

qint64 RegularFileDevice::readData(char* data, qint64 maxSize)
{
    if (m_fd < 0)
        return -1;
    const qint64 position = pos();
    if (maxSize >= s_blockSize) {
        const qint64 got = readAt(data, position, maxSize);
        if (got > 0 && got <= s_blocks * s_blockSize)
            keep(data, position, got); // a parser reading a window (UpxDetector: the first 4 KiB) reads in it next
        return got;
    }
    qint64 done = 0;
    while (done < maxSize) {
        const qint64 at = position + done;
        const Block* cached = block(at / s_blockSize);
        if (!cached)
            return done > 0 ? done : -1;
        const qint64 inBlock = at % s_blockSize;
        if (inBlock >= cached->length)
            break; // the end of the file
        const qint64 take = std::min(maxSize - done, cached->length - inBlock);
        std::memcpy(data + done, m_cache.get() + (cached - m_blockInfo) * s_blockSize + inBlock, std::size_t(take));
        done += take;
        if (cached->length < s_blockSize)
            break; // a short block is the end of the file
    }
    return done;
}

qint64 RegularFileDevice::writeData(const char*, qint64)
{
    return -1;
}

} // namespace BundleScope
