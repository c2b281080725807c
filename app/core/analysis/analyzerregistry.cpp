// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzerregistry.h"

#include "analysis/devfilesanalyzer.h"
#include "analysis/excludablepackagesanalyzer.h"

namespace BundleScope {

std::vector<std::unique_ptr<Analyzer>> AnalyzerRegistry::createAll()
{
    std::vector<std::unique_ptr<Analyzer>> analyzers;
    analyzers.push_back(std::make_unique<ExcludablePackagesAnalyzer>());
    analyzers.push_back(std::make_unique<DevFilesAnalyzer>());
    return analyzers;
}

} // namespace BundleScope
