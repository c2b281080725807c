// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/bundletree.h"
#include "scan/contentreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <memory>

namespace BundleScope {

// The bundle as it is on disk (or in its archive), as opposed to the viewing tree: what export, estimates and every
// other operation that acts on the bundle's files must use (STYLE rule 14). The viewing tree also shows virtual
// members: the PKG and PYZ modules of a launcher opened in place (an Expandable folder in a one-folder bundle) and
// the whole inner tree of a one-file executable. Here
//  - a folder bundle is every node except the members below an Expandable launcher; the launcher is one regular
//    File with its size on disk (BundleTree::containerFileSize) and its x bit, read as its raw bytes from disk;
//  - a one-file executable is a single File, the root: the executable itself;
//  - an archive is its real members; a member shown Expandable is one member file.
// Holds references to the tree and the scan's reader (the caller keeps both alive); const and thread-safe like them.
class DiskEntries {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::DiskEntries)
public:
    DiskEntries(const BundleTree& tree, const ContentReader& reader);

    const BundleTree& tree() const { return m_tree; }
    // The real entry that holds `id`: id itself when it is real, else the outermost container (launcher, one-file
    // executable) whose contents it shows.
    NodeId realEntry(NodeId id) const;
    bool isReal(NodeId id) const { return realEntry(id) == id; }
    // A real node that the view opens as a folder although it is one file (a launcher, the one-file executable).
    bool isContainer(NodeId id) const;

    // For real nodes: the kind, size and x bit on disk (a container is a File of containerFileSize() bytes).
    NodeKind kind(NodeId id) const;
    quint64 size(NodeId id) const;
    bool isExecutable(NodeId id) const { return m_tree.hasFlag(id, ExecutableBit); }
    // The real children of a real folder, in name order; none for a container or a file.
    BundleTree::ChildRange children(NodeId id) const;

    // The content of a real file as it is on disk, positioned at 0; nullptr for folders, symlinks, virtual members
    // and unreadable files.
    std::unique_ptr<QIODevice> open(NodeId id) const;
    // Exactly `length` bytes of real file `id` from `offset` into `to`. Anything else is an Error naming the entry,
    // never a partly filled buffer: the file cannot be opened (vanished, unreadable, no longer a regular file), the
    // seek or a read fails, its size is not the scan's (it shrank or grew since), it ends early or, when the range
    // reaches the size the scan found, goes on (a sequential device that changed).
    Result<void> readAt(NodeId id, quint64 offset, char* to, quint64 length) const;

private:
    const BundleTree& m_tree;
    const ContentReader& m_reader;
};

} // namespace BundleScope
