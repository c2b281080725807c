// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "category.h"

#include <QByteArrayView>

#include <functional>

namespace BundleScope {

// Category of a single file from its name, and from its first bytes when the name says nothing (an extension-less
// executable may be an ELF shared object). Path context (tests/ folders) is applied later by BundleAnnotator.
// The rules are one table (CategoryRules) that tests read. Thread-safe, called by scanner workers.
class FileClassifier {
public:
    // readMagic is called at most once, only when the name is not conclusive; it returns the first 4 bytes of
    // the file (big-endian packed), or 0 when unreadable.
    static Category classify(QByteArrayView name, bool executable, const std::function<quint32()>& readMagic);
    // Category of a binary by its first 4 bytes (ELF, PE "MZ", Mach-O and fat Mach-O), Other when none of those.
    static Category classifyMagic(quint32 magic, QByteArrayView name, bool executable);
};

} // namespace BundleScope
