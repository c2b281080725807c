// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nodetypes.h"

#include <QCoreApplication>
#include <QString>

namespace BundleScope {

class BundleTree;

// How the bundle is laid out. Ids are stable (reports store them).
enum class BundleLayout : std::uint8_t {
    PyInstallerOnedir6, // launcher + "_internal" (or a --contents-directory folder holding the runtime), PyInstaller 6
    PyInstallerOnedirLegacy, // launcher next to libpython / base_library.zip at the top (PyInstaller < 6)
    PyInstallerOnefile, // a one-file executable opened in place (its CArchive is the tree)
    Archive, // a .zip / .tar.* of something
    PlainFolder, // none of the above: sizes and categories still apply, package rules are best effort
};

// Finds the layout, the launcher and the contents folder of a scanned tree. Looks only at names and flags of the top
// entries (after skipping up to four single-folder wrappers, as in an archive of dist/), so it is cheap; the annotator
// runs it while the tree is built and the report runs it again. Stateless, thread-safe.
// Reference: PyInstaller 6.0 changelog / "Bundle structure" documentation ("contents_directory", default "_internal").
class LayoutDetector {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::LayoutDetector)
public:
    struct Info {
        BundleLayout layout = BundleLayout::PlainFolder;
        NodeId bundleRoot = 0; // the folder holding the launcher (the root, or inside single-folder wrappers)
        NodeId contentsRoot = 0; // "_internal" (or custom) for PyInstallerOnedir6, else bundleRoot
        NodeId launcher = InvalidNode; // the bootloader executable, when found
    };

    static Info detect(const BundleTree& tree);
    static QString id(BundleLayout layout); // "pyinstaller-onedir-6", …
    static QString displayName(BundleLayout layout); // translated
    // A plausible launcher: a file (not a shared library) that is executable by flag, category or ".exe" name.
    static bool isLauncherCandidate(const BundleTree& tree, NodeId id);
};

} // namespace BundleScope
