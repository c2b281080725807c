// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletree.h"
#include "scan/contentreader.h"

namespace BundleScope {

// Reads the files of a scanned folder straight from disk. Paths are built from raw name bytes, so files whose names
// are not valid in the locale's encoding open too. Thread-safe (no state besides the shared, immutable tree); owned
// by the ScanResult that FolderSource returns.
class FolderContentReader : public ContentReader {
public:
    FolderContentReader(BundleTreePtr tree, QByteArray rootPath);

    // A QFile open for reading, or nullptr for directories, symlinks, special files and unreadable files.
    std::unique_ptr<QIODevice> open(NodeId id) const override;
    // Plain system calls, no QFile: the Python modules of a large folder are read through this (/usr: 50 000).
    std::optional<QByteArray> readContent(NodeId id, qint64 maxBytes) const override;
    // Up to maxBytes of the file at path (raw bytes); empty on error.
    static QByteArray readPath(const QByteArray& path, qint64 maxBytes);
    // The regular file at path (raw bytes, symlinks not followed) open for reading, or nullptr.
    static std::unique_ptr<QIODevice> openPath(const QByteArray& path);

private:
    BundleTreePtr m_tree;
    QByteArray m_rootPath;
};

} // namespace BundleScope
