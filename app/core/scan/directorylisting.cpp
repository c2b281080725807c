// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorylisting.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string_view>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace BundleScope {

namespace {

    // Layout of the records getdents64(2) fills in (see the man page; glibc 2.36 has no wrapper in <dirent.h> for C++).
    struct LinuxDirent64 {
        ino64_t d_ino;
        off64_t d_off;
        unsigned short d_reclen;
        unsigned char d_type;
        char d_name[1];
    };

    constexpr std::size_t BufferSize = 64 * 1024;
    // Paths up to this length are opened in one openat; longer ones in pieces of at most this length (PATH_MAX is
    // 4096).
    constexpr std::size_t PathChunk = 3072;
    constexpr int DirectoryFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY;

    int closeKeepingErrno(int fd)
    {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        return fd;
    }

} // namespace

DirectoryListing::DirectoryListing()
    : m_buffer(BufferSize)
{
}

int DirectoryListing::read(int fd)
{
    m_items.clear();
    m_names.clear();
    for (;;) {
        const long count = ::syscall(SYS_getdents64, fd, m_buffer.data(), m_buffer.size());
        if (count == 0)
            return 0;
        if (count < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        for (long offset = 0; offset < count;) {
            const auto* record = reinterpret_cast<const LinuxDirent64*>(m_buffer.data() + offset);
            offset += record->d_reclen;
            const char* name = record->d_name;
            if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
                continue;
            const std::size_t length = std::strlen(name);
            Item item;
            item.nameOffset = quint32(m_names.size());
            item.nameLength = quint16(length);
            item.type = record->d_type;
            m_names.insert(m_names.end(), name, name + length + 1);
            m_items.push_back(item);
        }
    }
}

void DirectoryListing::stat(int fd, Item& item) const
{
    struct stat st;
    if (::fstatat(fd, cName(item), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        item.error = errno;
        return;
    }
    item.error = 0;
    item.mode = st.st_mode;
    item.links = st.st_nlink;
    item.device = st.st_dev;
    item.inode = st.st_ino;
    item.size = quint64(std::max<off_t>(st.st_size, 0));
    item.allocated = quint64(std::max<blkcnt_t>(st.st_blocks, 0)) * 512;
    item.mtime = qint64(st.st_mtim.tv_sec);
}

void DirectoryListing::sortByName()
{
    const char* arena = m_names.data();
    std::sort(m_items.begin(), m_items.end(), [arena](const Item& a, const Item& b) {
        // char_traits<char>::compare orders as unsigned char, like memcmp and QByteArrayView.
        return std::string_view(arena + a.nameOffset, a.nameLength)
            < std::string_view(arena + b.nameOffset, b.nameLength);
    });
}

int DirectoryListing::openDirectory(int base, const std::string& relativePath)
{
    if (relativePath.empty()) {
        const int fd = ::openat(base, ".", DirectoryFlags);
        return fd >= 0 ? fd : -errno;
    }
    if (relativePath.size() < PathChunk) {
        const int fd = ::openat(base, relativePath.c_str(), DirectoryFlags);
        return fd >= 0 ? fd : -errno;
    }
    int current = base;
    std::size_t position = 0;
    std::string piece;
    while (position < relativePath.size()) {
        std::size_t end = relativePath.size();
        if (end - position > PathChunk) {
            end = relativePath.rfind('/', position + PathChunk);
            if (end == std::string::npos || end <= position) {
                if (current != base)
                    ::close(current);
                return -ENAMETOOLONG;
            }
        }
        piece.assign(relativePath, position, end - position);
        const int next = ::openat(current, piece.c_str(), DirectoryFlags);
        if (current != base)
            closeKeepingErrno(current);
        if (next < 0)
            return -errno;
        current = next;
        position = end + 1;
    }
    return current;
}

quint32 DirectoryListing::readMagic(int dirFd, const char* name)
{
    const int fd = ::openat(dirFd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return 0;
    unsigned char bytes[4] = {};
    const ssize_t got = ::pread(fd, bytes, sizeof bytes, 0);
    ::close(fd);
    if (got != ssize_t(sizeof bytes))
        return 0;
    return quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 | quint32(bytes[2]) << 8 | quint32(bytes[3]);
}

QByteArray DirectoryListing::readLink(int dirFd, const char* name, quint64 sizeHint)
{
    QByteArray target(qsizetype(std::clamp<quint64>(sizeHint + 1, 64, 1 << 16)), Qt::Uninitialized);
    for (;;) {
        const ssize_t got = ::readlinkat(dirFd, name, target.data(), std::size_t(target.size()));
        if (got < 0)
            return {};
        if (got < target.size()) {
            target.truncate(qsizetype(got));
            return target;
        }
        if (target.size() >= (1 << 20))
            return {};
        target.resize(target.size() * 2);
    }
}

} // namespace BundleScope
