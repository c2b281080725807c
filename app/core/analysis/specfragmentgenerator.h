// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/candidate.h"
#include "model/bundletree.h"

#include <QCoreApplication>
#include <QSet>

#include <vector>

namespace BundleScope {

// Turns the checked candidates into the edits of a PyInstaller .spec file (pyinstaller.org, "Using Spec Files"):
// an excludes list for Analysis(...), a list-comprehension filter over a.datas / a.binaries for dropped files,
// strip/upx/upx_exclude keywords for EXE(...) and COLLECT(...), a post-COLLECT step that replaces duplicate copies
// with relative symlinks, and comments for changes made outside the spec (model conversion, CPU-only wheels).
// The text is valid Python: keywords are given as variables to pass on, everything else is code or comments.
// Stateless; any thread.
class SpecFragmentGenerator {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::SpecFragmentGenerator)
public:
    // `all` are every candidate of the analysis (unchecked UPX candidates become upx_exclude entries);
    // `checked` the ids the user chose.
    static QString generate(const BundleTree& tree, const std::vector<Candidate>& all, const QSet<QString>& checked);
};

} // namespace BundleScope
