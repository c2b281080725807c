// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binfmt/bytecodeimports.h"

#include <QByteArrayView>

#include <vector>

namespace BundleScope {

// The imports of a .py source, found line by line: `import a.b as c, d` and `from .x import (y, z)` statements at the
// start of a logical line. An import inside a `def` block (by indentation) is lazy. Cheap and approximate: it does not
// parse strings, so an import statement written inside a multi-line string counts too (an extra edge only keeps a
// package, never advises removing one). Used for modules a bundle ships only as source. Stateless; any thread.
class PythonSourceImports {
public:
    static std::vector<BytecodeImport> scan(QByteArrayView source);
};

} // namespace BundleScope
