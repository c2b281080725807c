// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyzer.h"

#include <memory>
#include <vector>

namespace BundleScope {

// The list of every analyzer the program knows, in the order reports present them. Adding an analyzer means one
// line in createAll(). Stateless; any thread.
class AnalyzerRegistry {
public:
    static std::vector<std::unique_ptr<Analyzer>> createAll();
};

} // namespace BundleScope
