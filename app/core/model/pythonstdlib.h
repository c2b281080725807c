// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace BundleScope {

// Whether a top-level module name belongs to Python's standard library (so its bytecode in a PYZ is the runtime's,
// not a third-party package's). Thread-safe.
class PythonStdlib {
public:
    static bool isStandardModule(QStringView topLevelName);
};

} // namespace BundleScope
