// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/foldersource.h"
#include "scan/folderwalker.h"

#include <QString>

// Folder fixtures for the FolderSource tests (tst_folderscanner*.cpp): files, deep chains and many files made with
// raw syscalls, and an independent walk to compare totals with. Test thread only.
namespace BundleScope::ScanFixtures {

// Writes content to path, creating parent folders.
bool writeFile(const QString& path, const QByteArray& content);

// What an independent walk (std::filesystem + lstat) finds below a root; inodes counted once.
struct DiskTotals {
    quint64 size = 0;
    quint64 allocated = 0;
    quint32 files = 0;
    quint32 directories = 0;
    quint32 symlinks = 0;
};

DiskTotals walkWithStdFilesystem(const QString& root);
Result<ScanResult> scanFolder(const QString& root, FolderWalker::FaultHook hook = {}, int threads = 2);
bool makeFile(const QString& path, qint64 size);
NodeId find(const BundleTree& tree, const char* path);
// Creates root/d/d/…/d (depth levels) and a file at the bottom, with openat so paths may exceed PATH_MAX. At level
// siblingLevel, an empty "s" next to "d" makes the scanner share "d" with the other worker, which then reopens it
// from the root in chunks.
bool makeDeepChain(const QString& root, int depth, int siblingLevel);
// Removes the chain again without long paths: each level is renamed to the top before its parent is removed.
void removeDeepChain(const QString& root);
// root/dNN/fNNNN: folders x filesPerFolder empty files, made with raw syscalls to stay fast.
bool makeManyFiles(const QString& root, int folders, int filesPerFolder);
// A QTemporaryDir template on tmpfs when there is one: creating 100k files or 5,000 nested folders on a busy ext4
// /tmp takes far longer than scanning them.
QString tmpfsTemplate();

} // namespace BundleScope::ScanFixtures
