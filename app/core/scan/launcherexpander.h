// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletreebuilder.h"
#include "scan/carchivemembers.h"
#include "scan/contentreader.h"

#include <QHash>

#include <memory>

namespace BundleScope {

// Opens the launcher of a one-folder bundle in place. PyInstaller's launcher carries a CArchive of its own (the
// entry script and PYZ-00.pyz with every pure-Python module: 25 MB in a real torch bundle), so without this the
// Python half of each package hides inside one opaque executable. The launcher becomes an Expandable folder whose
// members show the bytes they take in the file (they add up to its size exactly), and PYZ modules can then be
// attributed to their packages. Runs on the scanning thread, after the walk and before BundleTreeBuilder::finish().
class LauncherExpander {
public:
    struct Member {
        QString executable; // the launcher on disk
        CArchiveMembers::Location location;
    };
    using Members = QHash<NodeId, Member>;

    // Looks only at executables directly in the root: the one named like the folder, or, in a PyInstaller-looking
    // folder (_internal/, base_library.zip), up to a few others. Returns where each member's bytes are.
    static Members expand(BundleTreeBuilder& builder, const QByteArray& rootPath, const CancellationToken& token);

    // A reader that serves launcher members itself and delegates everything else to `base`.
    static std::shared_ptr<const ContentReader> wrapReader(std::shared_ptr<const ContentReader> base, Members members);
};

} // namespace BundleScope
