// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deps/nativeimports.h"
#include "model/bundletree.h"

#include <QHash>

namespace BundleScope {

// Finds the file inside the bundle that the dynamic loader would load for one needed name, searching the way each
// loader does:
//  - ELF (ld.so(8)): DT_RUNPATH, else DT_RPATH, with $ORIGIN / ${ORIGIN} as the needing file's folder; then the
//    contents folder (the PyInstaller bootloader puts it on LD_LIBRARY_PATH);
//  - PE (LoadLibrary "standard search order"): the needing file's folder, then the contents folder (the application
//    folder), case-insensitively;
//  - Mach-O (dyld(1)): @rpath/ through every LC_RPATH, @loader_path, @executable_path; then the contents folder.
// Last resort for all: any file in the bundle with that file name or SONAME, at lower confidence. Symbolic links are
// followed inside the tree. Built once per graph on the building thread; read-only afterwards (any thread).
class LibraryResolver {
public:
    enum class Confidence : std::uint8_t { Loader, ContentsFolder, ByName };
    struct Match {
        NodeId node = InvalidNode;
        Confidence confidence = Confidence::ByName;
    };

    // `natives` are the files that can be loaded (the candidates of the by-name search).
    LibraryResolver(const BundleTree& tree, const std::vector<NodeId>& natives, const QHash<NodeId, QString>& sonames);

    Match resolve(NodeId from, const NativeImports& imports, const QString& name) const;
    // A symbolic link followed to its file inside the tree (at most 16 hops); the node itself when not a link.
    NodeId followLinks(NodeId id) const;

private:
    NodeId lookUp(const QString& folder, const QString& name, bool caseInsensitive) const;
    NodeId byName(const QString& name, bool caseInsensitive) const;
    QString folderOf(NodeId id) const;
    QString expandMachO(QString path, NodeId from, const QString& rpath) const;
    Match resolveElf(NodeId from, const NativeImports& imports, const QString& name) const;
    Match resolveMachO(NodeId from, const NativeImports& imports, const QString& name) const;

    const BundleTree& m_tree;
    QString m_contents; // path of the contents folder, "" for the root
    QString m_executableFolder;
    QHash<QString, NodeId> m_byName; // file names and SONAMEs of natives; the first (lowest id) wins
    QHash<QString, NodeId> m_byLowerName;
};

} // namespace BundleScope
