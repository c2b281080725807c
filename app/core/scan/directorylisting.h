// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <sys/types.h>

#include <string>
#include <vector>

namespace BundleScope {

// The entries of one open directory, read with getdents64(2) and lstat()ed with fstatat(AT_SYMLINK_NOFOLLOW)
// relative to the directory's descriptor, so that path length never matters. Also the Linux helpers that open
// directories and read symlinks relative to a descriptor. One instance per scanner worker thread, reused for every
// directory it lists so that steady-state listing does not allocate.
class DirectoryListing {
public:
    struct Item {
        quint32 nameOffset = 0; // into the name arena, NUL-terminated there
        quint16 nameLength = 0;
        quint8 type = 0; // d_type from getdents64 (DT_UNKNOWN when the file system does not say)
        int error = 0; // errno of fstatat, 0 when the fields below are valid
        mode_t mode = 0;
        nlink_t links = 0;
        dev_t device = 0;
        ino_t inode = 0;
        quint64 size = 0;
        quint64 allocated = 0; // st_blocks * 512
        qint64 mtime = 0;
    };

    DirectoryListing();

    // Reads all entries of directory fd except "." and "..". Returns 0 or an errno (the entries read so far stay).
    int read(int fd);
    // lstat()s one entry relative to fd, filling its fields or its error.
    void stat(int fd, Item& item) const;
    // Sorts the entries by name bytes (unsigned byte order, as BundleTree expects).
    void sortByName();

    std::vector<Item>& items() { return m_items; }
    const char* cName(const Item& item) const { return m_names.data() + item.nameOffset; }
    QByteArrayView name(const Item& item) const { return QByteArrayView(cName(item), item.nameLength); }

    // openat(O_DIRECTORY | O_NOFOLLOW) of a path relative to base; paths longer than PATH_MAX are opened in chunks
    // with chained openat calls, never holding more than two descriptors. Returns the fd or -errno.
    static int openDirectory(int base, const std::string& relativePath);
    // First 4 bytes of a regular file, big-endian packed; 0 when unreadable. Opens with O_NONBLOCK so that a file
    // replaced by a fifo in the meantime cannot block.
    static quint32 readMagic(int dirFd, const char* name);
    // The link text of a symlink, empty on error.
    static QByteArray readLink(int dirFd, const char* name, quint64 sizeHint);

private:
    std::vector<char> m_buffer;
    std::vector<char> m_names;
    std::vector<Item> m_items;
};

} // namespace BundleScope
