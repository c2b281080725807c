// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstdint>

namespace BundleScope {

// Index of a node in a BundleTree. The root is always 0; a child's id is always greater than its parent's.
using NodeId = quint32;
inline constexpr NodeId InvalidNode = 0xffffffffu;

// Index into a BundleTree's package table; 0 is "(other)", the bytes nothing claims.
using PackageId = quint16;
inline constexpr PackageId OtherPackage = 0;

enum class NodeKind : std::uint8_t { Directory, File, Symlink, Other };

// Per-node facts that fit in one byte.
enum NodeFlag : std::uint8_t {
    NoFlags = 0,
    HardLinkDuplicate = 1 << 0, // a further name of an inode already counted: its bytes are not added to totals
    ExecutableBit = 1 << 1, // any x bit set (or an executable by magic inside an archive)
    HasError = 1 << 2, // see BundleTree::error()
    UnsafeName = 1 << 3, // archive member with an absolute or "../" name: shown, flagged, never written
    Compressed = 1 << 4, // stored compressed inside its container (storedSize() differs from size())
    Expandable = 1 << 5, // a file with an inner tree (one-file executable, archive) that can be opened in place
};

} // namespace BundleScope
