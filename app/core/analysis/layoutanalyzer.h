// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyzer.h"

#include <QCoreApplication>

namespace BundleScope {

// One-file versus one-folder. A one-file executable unpacks its whole payload into a temporary folder on every
// start; a one-folder bundle starts in place and compresses better as an archive. Informational only (advised=false,
// saving 0). Stateless; any thread.
class LayoutAnalyzer : public Analyzer {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::LayoutAnalyzer)
public:
    Candidate::Kind kind() const override { return Candidate::Kind::Layout; }
    std::vector<Candidate> analyze(const AnalysisContext& context) const override;
};

} // namespace BundleScope
