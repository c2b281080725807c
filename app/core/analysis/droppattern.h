// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace BundleScope {

// The globs of Candidate::dropPatterns, with the semantics of Python's fnmatch.fnmatchcase (which the generated
// .spec filter uses): '*' matches any run of characters including '/', '?' one character, everything else itself.
// Also builds the Python filter that applies them. Stateless; any thread.
class DropPattern {
public:
    static bool matches(QStringView pattern, QStringView path);
    static bool matchesAny(const QStringList& patterns, QStringView path);
    // Python lines for a .spec, placed after `a = Analysis(...)`: drop the matching destinations from a.datas and
    // a.binaries. Valid Python for any pattern text (quotes and backslashes are escaped).
    static QString filterSnippet(const QStringList& patterns);
    // 'text' as a Python string literal.
    static QString pythonString(QStringView text);
};

} // namespace BundleScope
