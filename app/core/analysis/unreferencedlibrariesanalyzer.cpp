// SPDX-License-Identifier: GPL-3.0-or-later
#include "unreferencedlibrariesanalyzer.h"

#include "common/sizeformat.h"
#include "deps/dependencygraphbuilder.h"

#include <QRegularExpression>

namespace BundleScope {

bool UnreferencedLibrariesAnalyzer::isTypicalDlopen(const QString& path)
{
    static const QRegularExpression pattern(
        QStringLiteral("(^|/)(lib)?(cuda|cudnn|cublas|cufft|curand|cusolver|cusparse|nv|nccl|nvrtc)[^/]*$"
                       "|(^|/)(plugins?|platforms|imageformats|platformthemes|styles|sqldrivers|iconengines)/"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(path).hasMatch();
}

std::vector<Candidate> UnreferencedLibrariesAnalyzer::analyze(const AnalysisContext& context) const
{
    DependencyGraphPtr graph = context.dependencies;
    if (!graph) {
        Result<DependencyGraphPtr> built = DependencyGraphBuilder::build(context.tree, context.reader, context.token);
        if (!built)
            return {};
        graph = std::move(*built);
    }
    const BundleTree& tree = context.tree;
    const QString contents = tree.path(tree.contentsRoot());
    std::vector<Candidate> candidates;
    for (NodeId id : graph->unreferenced()) {
        const QString path = tree.path(id);
        const bool dlopen = isTypicalDlopen(path);
        Candidate candidate;
        candidate.kind = Candidate::Kind::Unreferenced;
        candidate.id = QStringLiteral("unreferenced:%1").arg(path);
        candidate.title = tr("Unreferenced library %1 (%2)").arg(tree.name(id), SizeFormat::format(tree.size(id)));
        candidate.why = dlopen
            ? tr("No extension module or launcher links it, but its name or folder says it is usually loaded with "
                 "dlopen() at run time: keep it unless you know the feature is unused.")
            : tr("No extension module, launcher or libpython links it (directly or through other libraries). It may "
                 "still be loaded with dlopen(): test the bundle without it.");
        candidate.action = tr("Drop it from the collected binaries (a filter on a.binaries in the .spec).");
        candidate.files.push_back({ id, tree.size(id), true });
        candidate.bytes = tree.size(id);
        candidate.saving = tree.size(id);
        candidate.confidence = Candidate::Confidence::Low;
        candidate.advised = !dlopen;
        candidate.dropPatterns.append(contents.isEmpty() ? path : path.mid(contents.size() + 1));
        candidates.push_back(std::move(candidate));
    }
    return candidates;
}

} // namespace BundleScope
