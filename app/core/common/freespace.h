// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>
#include <optional>

namespace BundleScope {

// How many bytes may still be written on the file system that holds a path, asked of that file system itself:
// statvfs(2) on the path, or on its nearest existing ancestor for a file that is yet to be written. Not QStorageInfo,
// which looks the path up in the mount table (/proc/self/mountinfo) and gives up in chroots and containers whose mount
// table does not cover it. The one free-space query of the engine: every check of room on disk goes through it.
// Stateless: any thread.
class FreeSpace {
public:
    // What a caller that checks for room takes, so that tests can inject an answer (an unknown or a tiny one).
    using Query = std::function<std::optional<quint64>(const QString& path)>;

    // f_bavail × f_frsize of the file system holding `path` (relative paths resolve against the current folder).
    // std::nullopt when it cannot be known: nothing on the way up from `path` can be queried, or the file system
    // reports no size at all (some FUSE and virtual file systems). Callers then go ahead and handle a write error.
    static std::optional<quint64> available(const QString& path);
};

} // namespace BundleScope
