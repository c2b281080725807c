// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutanalyzer.h"

#include "common/sizeformat.h"

namespace BundleScope {

std::vector<Candidate> LayoutAnalyzer::analyze(const AnalysisContext& context) const
{
    const BundleTree& tree = context.tree;
    Candidate candidate;
    candidate.kind = Candidate::Kind::Layout;
    candidate.advised = false;
    candidate.confidence = Candidate::Confidence::High;
    candidate.bytes = tree.totalSize();
    if (tree.sourceKind() == BundleTree::SourceKind::OneFileExecutable) {
        candidate.id = QStringLiteral("layout:onefile");
        candidate.title = tr("One-file executable: consider a one-folder bundle");
        candidate.why = tr("This one-file executable extracts %1 into a temporary folder on every start, which "
                           "costs seconds and disk space each time and trips some antivirus scanners. A one-folder "
                           "bundle starts in place and its archive compresses as well or better.")
                            .arg(SizeFormat::format(tree.totalSize()));
        candidate.action = tr("Build with --onedir (the default), or in the .spec use EXE(..., exclude_binaries=True) "
                              "followed by COLLECT(...); ship the folder as an archive or installer.");
    } else if (tree.contentsRoot() != tree.root()) {
        candidate.id = QStringLiteral("layout:onefolder");
        candidate.title = tr("One-folder bundle: the right layout for large ML applications");
        candidate.why = tr("The application starts in place without extracting anything; nothing to change.");
        candidate.action = tr("None.");
    } else {
        return {};
    }
    return { candidate };
}

} // namespace BundleScope
