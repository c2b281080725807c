// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binfmt/marshalvalue.h"

#include <QByteArray>
#include <QByteArrayList>

#include <vector>

namespace BundleScope {

// One `import` statement found in a module's bytecode: IMPORT_NAME's operand and the two constants pushed before it
// (level, then fromlist). `import a.b` gives name "a.b", level 0, no fromlist; `from . import x` gives name "",
// level 1, fromlist ["x"].
struct BytecodeImport {
    QByteArray name;
    QByteArrayList fromList; // empty for `import x`; ["*"] for `from x import *`
    int level = 0; // 0 absolute, 1 for ".", 2 for ".."
    bool lazy = false; // inside a function body: runs only when the function is called
};

// Lists the imports of a decoded code object (MarshalReader) by reading its bytecode, recursing into the code objects
// among its constants. Functions (CO_NEWLOCALS) make their imports lazy; class bodies run at import time, so theirs
// stay static. Wordcode (2 bytes per instruction) with EXTENDED_ARG prefixes, and the opcode numbers of CPython
// 3.8-3.12 (Lib/opcode.py: LOAD_CONST 100, IMPORT_NAME 108, EXTENDED_ARG 144; 3.11+ inline caches are zeroed by
// marshal, so they read as CACHE = 0). 3.13 renumbered every opcode: it and anything else is unsupported, and
// scan() returns nothing rather than wrong imports. Stateless; any thread.
class BytecodeImports {
public:
    // Python version as major * 100 + minor (311).
    static bool isSupported(int pythonVersion) { return pythonVersion >= 308 && pythonVersion <= 312; }
    // Empty when the version is unsupported or `code` is not a code object; malformed operands are skipped.
    static std::vector<BytecodeImport> scan(const MarshalValue& code, int pythonVersion);
};

} // namespace BundleScope
