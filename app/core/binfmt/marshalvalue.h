// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <memory>
#include <vector>

namespace BundleScope {

// A value decoded from CPython's marshal format: the subset PyInstaller's PYZ table of contents uses (None, bools,
// ints, strings, bytes, tuples, lists, dicts). Anything else (code objects, floats…) decodes as Unsupported so a
// reader can skip it. Strings keep their UTF-8 bytes.
struct MarshalValue {
    enum class Type { None, Bool, Int, Bytes, String, Tuple, List, Dict, Unsupported };

    Type type = Type::None;
    qint64 integer = 0; // Int and Bool
    QByteArray bytes; // Bytes and String (UTF-8)
    // Tuple/List: the items; Dict: key, value, key, value …  Shared so back-references cost nothing.
    std::vector<std::shared_ptr<const MarshalValue>> items;

    bool isSequence() const { return type == Type::Tuple || type == Type::List; }
};

using MarshalValuePtr = std::shared_ptr<const MarshalValue>;

} // namespace BundleScope
