// SPDX-License-Identifier: GPL-3.0-or-later
#include "droppattern.h"

#include <vector>

namespace BundleScope {

bool DropPattern::matches(QStringView pattern, QStringView path)
{
    // Iterative wildcard match with single-star backtracking: linear in practice, no recursion.
    qsizetype p = 0, s = 0, starP = -1, starS = 0;
    while (s < path.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || (pattern[p] != u'*' && pattern[p] == path[s]))) {
            ++p;
            ++s;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            starP = p++;
            starS = s;
        } else if (starP >= 0) {
            p = starP + 1;
            s = ++starS;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

bool DropPattern::matchesAny(const QStringList& patterns, QStringView path)
{
    for (const QString& pattern : patterns) {
        if (matches(pattern, path))
            return true;
    }
    return false;
}

QString DropPattern::pythonString(QStringView text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += u'\'';
    for (QChar c : text) {
        if (c == u'\\' || c == u'\'')
            escaped += u'\\';
        if (c == u'\n')
            escaped += QStringLiteral("\\n");
        else
            escaped += c;
    }
    escaped += u'\'';
    return escaped;
}

QString DropPattern::filterSnippet(const QStringList& patterns)
{
    QString text = QStringLiteral("import fnmatch\n_bundlescope_drop = [\n");
    for (const QString& pattern : patterns)
        text += QStringLiteral("    ") + pythonString(pattern) + QStringLiteral(",\n");
    text += QStringLiteral("]\n\n"
                           "def _bundlescope_keep(entry):\n"
                           "    dest = entry[0].replace('\\\\', '/')\n"
                           "    return not any(fnmatch.fnmatchcase(dest, p) for p in _bundlescope_drop)\n\n"
                           "a.datas = [e for e in a.datas if _bundlescope_keep(e)]\n"
                           "a.binaries = [e for e in a.binaries if _bundlescope_keep(e)]\n");
    return text;
}

} // namespace BundleScope
