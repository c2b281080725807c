// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletree.h"
#include "scan/contentreader.h"

#include <mutex>
#include <thread>
#include <unordered_map>

namespace BundleScope {

// Reads the files of a scanned folder straight from disk. Paths are built from raw name bytes, so files whose names
// are not valid in the locale's encoding open too. Thread-safe; owned by the ScanResult that FolderSource returns.
class FolderContentReader : public ContentReader {
public:
    FolderContentReader(BundleTreePtr tree, QByteArray rootPath);
    ~FolderContentReader() override;
    Q_DISABLE_COPY_MOVE(FolderContentReader)

    // A RegularFileDevice open for reading, or nullptr for directories, symlinks, special files and unreadable files.
    std::unique_ptr<QIODevice> open(NodeId id) const override;
    // Plain system calls, no device: the Python modules of a large folder are read through this (/usr: 50 000).
    std::optional<QByteArray> readContent(NodeId id, qint64 maxBytes) const override;
    // Up to maxBytes of the file at path (raw bytes); empty on error.
    static QByteArray readPath(const QByteArray& path, qint64 maxBytes);
    // The regular file at path (raw bytes, symlinks not followed) open for reading, or nullptr.
    static std::unique_ptr<QIODevice> openPath(const QByteArray& path);

private:
    // `fd` as a RegularFileDevice when it is a regular file; closed and nullptr otherwise (or when fd < 0).
    static std::unique_ptr<QIODevice> regularFile(int fd);
    // `id` opened (flags of readContent) relative to its folder, or -1. Each thread keeps the folder it opened last
    // for its next file: callers read many files of one folder in a row (node order), and openat() on a name resolves
    // one path component where open() on the whole path resolves every one (a module of /usr sits 7 folders deep).
    // The first s_maxFolders threads keep one until the reader goes (a thread reusing a finished one's id takes its
    // entry over); later threads open the whole path.
    int openInFolder(NodeId id) const;

    static constexpr std::size_t s_maxFolders = 16;
    struct Folder {
        NodeId node = InvalidNode;
        int fd = -1;
    };
    BundleTreePtr m_tree;
    QByteArray m_rootPath;
    mutable std::mutex m_foldersMutex; // guards the map, not the entries: each is its thread's
    mutable std::unordered_map<std::thread::id, Folder> m_folders;
};

} // namespace BundleScope
