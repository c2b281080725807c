// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzerregistry.h"

#include "analysis/devfilesanalyzer.h"
#include "analysis/duplicatesanalyzer.h"
#include "analysis/excludablepackagesanalyzer.h"
#include "analysis/gpustackanalyzer.h"
#include "analysis/importreachabilityanalyzer.h"
#include "analysis/layoutanalyzer.h"
#include "analysis/modelweightsanalyzer.h"
#include "analysis/repeatedweightsanalyzer.h"
#include "analysis/stripanalyzer.h"
#include "analysis/unreferencedlibrariesanalyzer.h"
#include "analysis/upxanalyzer.h"

namespace BundleScope {

std::vector<std::unique_ptr<Analyzer>> AnalyzerRegistry::createAll()
{
    std::vector<std::unique_ptr<Analyzer>> analyzers;
    analyzers.push_back(std::make_unique<StripAnalyzer>());
    analyzers.push_back(std::make_unique<UpxAnalyzer>());
    analyzers.push_back(std::make_unique<ExcludablePackagesAnalyzer>());
    analyzers.push_back(std::make_unique<ImportReachabilityAnalyzer>());
    analyzers.push_back(std::make_unique<DevFilesAnalyzer>());
    analyzers.push_back(std::make_unique<DuplicatesAnalyzer>());
    analyzers.push_back(std::make_unique<ModelWeightsAnalyzer>());
    analyzers.push_back(std::make_unique<RepeatedWeightsAnalyzer>());
    analyzers.push_back(std::make_unique<GpuStackAnalyzer>());
    analyzers.push_back(std::make_unique<LayoutAnalyzer>());
    analyzers.push_back(std::make_unique<UnreferencedLibrariesAnalyzer>());
    return analyzers;
}

} // namespace BundleScope
