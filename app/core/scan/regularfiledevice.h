// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

#include <memory>

namespace BundleScope {

// A regular file open for reading by descriptor, read with pread(): what FolderContentReader hands out. QFile costs
// parsers that jump around a file (the ELF, PE and Mach-O readers of the dependency graph: a header, the program
// headers, the dynamic section, its strings) an lseek() and a 16 KiB buffer refill at every jump, and its open a
// fcntl() and two statx(); /usr's 3,300 native files made ~40,000 such calls. Here a read of less than a block is
// served from a few cached blocks of the file, one pread() per block; larger reads go straight to the caller's memory.
// Read-only, not sequential; size() is the size when opened (a file that grows shows in what reads return, as with
// QFile). One thread at a time, like any QIODevice.
class RegularFileDevice : public QIODevice {
    Q_OBJECT
public:
    // Takes ownership of `fd` (closed with the device); `size`: its fstat() size.
    RegularFileDevice(int fd, qint64 size);
    ~RegularFileDevice() override;
    Q_DISABLE_COPY_MOVE(RegularFileDevice)

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    void close() override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    static constexpr qint64 s_blockSize = 4096;
    static constexpr int s_blocks = 4; // the header and the three tables a binary parser visits next
    struct Block {
        qint64 index = -1; // block number in the file; -1: empty
        qint64 length = 0; // bytes held (fewer than a block at the end of the file)
        quint64 lastUse = 0;
    };
    // Up to `length` bytes at `offset` straight into `data` (several pread() calls if the kernel returns fewer);
    // -1 on an error with nothing read.
    qint64 readAt(char* data, qint64 offset, qint64 length);
    const Block* block(qint64 index); // cached or read now; nullptr on a read error
    void keep(const char* data, qint64 offset, qint64 length); // caches the blocks a direct read covered

    int m_fd = -1;
    qint64 m_size = 0;
    std::unique_ptr<char[]> m_cache; // s_blocks * s_blockSize, allocated by the first small read
    Block m_blockInfo[s_blocks];
    quint64 m_uses = 0;
};

} // namespace BundleScope
