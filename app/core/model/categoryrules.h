// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "category.h"

#include <QByteArrayView>

#include <span>
#include <string_view>

namespace BundleScope {

// One line of the file classification table.
struct CategoryRule {
    enum class Match : std::uint8_t {
        Extension, // pattern is the text after the last dot: "so" matches "libfoo.so"
        Name, // pattern is the whole file name: "cmakelists.txt"
        Glob, // '*' is any run of bytes, '#' one ASCII digit: "*.so.#*", "license*"
    };
    Match match;
    std::string_view pattern; // lower case ASCII; names are compared case-insensitively
    Category category;
};

// The single table FileClassifier is driven by (and the classification tests read). Order is precedence: when several
// rules match a name, the one listed first wins, e.g. "CMakeLists.txt" is a dev file and not a .txt document, and
// "COPYING.LIB" is a licence and not a static library, while "authors.py" stays Python source.
// Stateless, thread-safe; owned by nobody (static data).
class CategoryRules {
public:
    static std::span<const CategoryRule> table();
    // Whether a single rule matches name (case-insensitive). Used by the classifier for glob rules and by tests.
    static bool matches(const CategoryRule& rule, QByteArrayView name);
    // "" when the name has no extension; a leading dot (".hidden") does not start one.
    static QByteArrayView extension(QByteArrayView name);
};

} // namespace BundleScope
