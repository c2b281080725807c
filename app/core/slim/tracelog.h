// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletree.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <vector>

namespace BundleScope {

// The files a traced run touched, read from an `strace -f -y -s 4096 -o LOG` log: every quoted path of a traced call
// (open, openat, stat*, access, readlink, execve…) and every descriptor path strace -y prints (`3</a/b>`), made
// relative to the trial copy's folder. Relative paths count from that folder (the command's working directory).
// Failed lookups (ENOENT) are harmless: such paths do not name an existing file. Synchronous; a value.
class TraceLog {
public:
    // Reads `logFile`; paths outside `copyRoot` are ignored.
    static TraceLog read(const QString& logFile, const QString& copyRoot);
    // Same, from the log's text (tests).
    static TraceLog parse(const QByteArray& log, const QString& copyRoot);

    // Relative paths touched, plus all their parent folders ("" is the root).
    bool touched(const QString& relativePath) const { return m_touched.contains(relativePath); }
    qsizetype size() const { return m_touched.size(); }

    // Files and folders of `tree` that are on disk, never touched, and at least `minBytes` large: a folder whose
    // whole subtree was untouched is one entry; inside touched folders the search goes on. Largest first, at most
    // `limit`. Launcher members (below an Expandable node) are never listed.
    std::vector<NodeId> untouched(const BundleTree& tree, quint64 minBytes, int limit) const;

private:
    void add(const QString& absoluteOrRelative, const QString& copyRoot);

    QSet<QString> m_touched;
};

} // namespace BundleScope
