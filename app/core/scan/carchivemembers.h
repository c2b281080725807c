// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binfmt/carchivereader.h"
#include "common/cancellationtoken.h"
#include "scan/virtualtreebuilder.h"

#include <QCoreApplication>
#include <QIODevice>

#include <memory>
#include <vector>

namespace BundleScope {

// Lists the members of a PyInstaller CArchive as virtual tree members: "(bootloader)" (the executable outside the
// PKG), every PKG member, the PYZ's modules as a package tree below "PYZ-00.pyz/", and the archive's own index.
// Shared by OneFileSource (a one-file executable: members show their real, uncompressed sizes) and
// LauncherExpander (the launcher inside a one-folder bundle: members show the bytes they take in the file, so they
// add up to the launcher's size exactly). Stateless; reads from the device given.
class CArchiveMembers {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::CArchiveMembers)
public:
    enum class Sizes { Uncompressed, Stored };

    // Where a member's bytes are in the executable.
    struct Location {
        qint64 offset = 0;
        qint64 storedLength = 0;
        bool compressed = false;
    };

    struct Collected {
        std::vector<Location> locations; // indexed by the members' locators
        qint64 pyzBytes = 0;
    };

    static Result<Collected> collect(QIODevice& file, const CArchiveInfo& archive, Sizes sizes,
        VirtualTreeBuilder& members, const CancellationToken& token);
    // The member's content, decompressed, at most maxBytes; nullptr when unreadable or larger.
    static std::unique_ptr<QIODevice> open(const QString& path, const Location& where, qint64 maxBytes);
    static void addMetadata(VirtualTreeBuilder& members, const CArchiveInfo& archive, qint64 fileSize, qint64 pyzBytes);
};

} // namespace BundleScope
