// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <memory>
#include <vector>

namespace BundleScope {

// A value decoded from CPython's marshal format (Python/marshal.c): what a PYZ table of contents uses (None, bools,
// ints, strings, bytes, tuples, lists, dicts) and what a module's code object holds (code objects, floats, complex
// numbers, sets, frozensets, Ellipsis, StopIteration). Strings keep their UTF-8 bytes.
struct MarshalValue {
    enum class Type {
        None,
        Bool,
        Int,
        Bytes,
        String,
        Tuple,
        List,
        Dict,
        Unsupported, // unused: an unknown type code is an error
        Float,
        Complex, // items: real and imaginary part (Float)
        Set,
        FrozenSet,
        Ellipsis,
        StopIteration,
        Code,
    };
    // The fields of a Code value's items, in the order of Python 3.11+ (3.8-3.10 files are mapped onto it: their
    // varnames become localsplusnames, and what 3.11 dropped is left None).
    enum CodeField {
        ArgCount,
        PosOnlyArgCount,
        KwOnlyArgCount,
        StackSize,
        Flags,
        Bytecode,
        Consts,
        Names, // global, attribute and imported names
        LocalsPlusNames,
        LocalsPlusKinds,
        FileName,
        Name,
        QualName,
        FirstLineNo,
        LineTable,
        ExceptionTable,
        CodeFieldCount
    };

    Type type = Type::None;
    qint64 integer = 0; // Int and Bool
    double number = 0; // Float
    QByteArray bytes; // Bytes and String (UTF-8)
    // Tuple/List/Set/FrozenSet: the items; Dict: key, value, key, value …; Code: CodeFieldCount fields; Complex: real,
    // imaginary. Shared so back-references cost nothing.
    std::vector<std::shared_ptr<const MarshalValue>> items;

    bool isSequence() const { return type == Type::Tuple || type == Type::List; }
    const MarshalValue* codeField(CodeField field) const
    {
        return type == Type::Code && std::size_t(field) < items.size() ? items[std::size_t(field)].get() : nullptr;
    }
};

using MarshalValuePtr = std::shared_ptr<const MarshalValue>;

} // namespace BundleScope
