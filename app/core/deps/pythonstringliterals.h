// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <vector>

namespace BundleScope {

// The single-line string literals of Python source ('…', "…", with any prefix such as f or r), found by a small lexer
// that skips comments and triple-quoted strings (docstrings name libraries in prose: "load libtorch with RTLD_GLOBAL").
// Escapes are kept as written; an f-string's text parts are kept whole ("libfoo.so.{v}"); an unterminated literal
// (it reaches its line's end) and literals shorter than 4 bytes are left out.
// This runs over every Python source of a tree (/usr: 360 MB), so it looks at 16 bytes at a time for the few bytes
// that change its state (quotes, '#', '\\', newlines) instead of at each byte.
class PythonStringLiterals {
public:
    static constexpr qsizetype MinimumLength = 4;

    // Appends the literals, in source order, as views into `source` (a vector rather than a callback per literal:
    // the caller reuses it from file to file, and /usr's sources hold millions of literals).
    static void collect(QByteArrayView source, std::vector<QByteArrayView>& literals);
};

} // namespace BundleScope
