// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyzer.h"

#include <QCoreApplication>

namespace BundleScope {

// Packages a shipped ML application rarely needs at run time: test frameworks and build tools, Tk, notebook stacks,
// and a second ML framework beside the main one. When the scan has an import graph (AnalysisContext::imports), each
// reason also says who imports the group (ImportExplanation). Each found group becomes one candidate whose saving is
// every byte of the group (folders, metadata, extension modules, attributed files) and whose action is
// Analysis(excludes=...). Stateless; any thread.
class ExcludablePackagesAnalyzer : public Analyzer {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ExcludablePackagesAnalyzer)
public:
    Candidate::Kind kind() const override { return Candidate::Kind::ExcludePackage; }
    std::vector<Candidate> analyze(const AnalysisContext& context) const override;
    // Every module name the fixed groups name (pytest, setuptools, pip, …): ImportReachabilityAnalyzer leaves them
    // to this analyzer, which adds the import graph's evidence (who imports them) to its reasons.
    static QStringList namedModules();
};

} // namespace BundleScope
