// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <functional>

namespace BundleScope {

// Walks CPython marshal data (Python/marshal.c r_object(), format version 4) including code objects and hands every
// string and bytes value to a callback, without building values: the way to read the string constants (and names)
// of a module's bytecode in bulk. Code objects are laid out per Python version (w_complex_object()):
//  - 3.7:        argcount, kwonlyargcount, nlocals, stacksize, flags (5 x i32), then code, consts, names, varnames,
//                freevars, cellvars, filename, name, firstlineno (i32), lnotab;
//  - 3.8 - 3.10: as 3.7 with posonlyargcount after argcount (6 x i32);
//  - 3.11+:      argcount, posonlyargcount, kwonlyargcount, stacksize, flags (5 x i32), then code, consts, names,
//                localsplusnames, localspluskinds, filename, name, qualname, firstlineno (i32), linetable,
//                exceptiontable.
// Every length is checked against the input and nesting is bounded: malformed input stops the walk (false), never
// crashes. Stateless; any thread.
class MarshalStrings {
public:
    // The visitor gets each str / bytes value's raw bytes (UTF-8 for str).
    using Visitor = std::function<void(QByteArrayView)>;

    // `pythonVersion` as major * 100 + minor (311); 0 guesses the layout from the first code object.
    static bool visit(QByteArrayView data, int pythonVersion, const Visitor& visitor);
    // A .pyc file: 16-byte header (PEP 552; 3.7+), the version from its magic number, then the module's code object.
    static bool visitPyc(QByteArrayView pyc, const Visitor& visitor);
    // CPython's importlib MAGIC_NUMBER (first two bytes of a .pyc, little-endian) -> 308, 311…; 0 when unknown.
    static int versionFromMagic(quint16 magic);
};

} // namespace BundleScope
