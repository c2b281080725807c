// SPDX-License-Identifier: GPL-3.0-or-later
#include "unreferencedlibrariesanalyzer.h"

#include "common/sizeformat.h"
#include "deps/dependencygraphbuilder.h"

#include <QRegularExpression>

namespace BundleScope {

namespace {

    struct Context {
        const BundleTree& tree;
        QString contents;

        QString dropPattern(NodeId id) const
        {
            const QString path = tree.path(id);
            return contents.isEmpty() ? path : path.mid(contents.size() + 1);
        }
        void addFile(Candidate& candidate, NodeId id) const
        {
            candidate.files.push_back({ id, tree.size(id), true });
            candidate.bytes += tree.size(id);
            candidate.saving += tree.size(id);
            candidate.dropPatterns.append(dropPattern(id));
        }
    };

} // namespace

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
    // What the graph could not read leaves every library possibly needed (unreferenced() is then empty): the user
    // must see which files, not a shorter candidate list.
    for (const Error& failure : graph->readFailures())
        context.readFailed(tree.findPath(failure.path), failure);
    // The rule for programs (test binaries, helpers): the app does not load them, so they keep no library alive. A
    // library only programs need is reported with its program, never on its own as if nothing needed it: one program
    // -> inside that program's candidate (removing the program removes it too); several -> a candidate of its own
    // that names them.
    QHash<NodeId, std::vector<NodeId>> onlyFor; // program -> libraries only it needs
    std::vector<Candidate> candidates;
    for (NodeId id : graph->unreferenced()) {
        if (graph->isProgram(id))
            continue;
        const std::vector<NodeId> programs = graph->programsNeeding(id);
        if (programs.size() == 1)
            onlyFor[programs.front()].push_back(id);
        else
            candidates.push_back(libraryCandidate(tree, id, programs));
    }
    for (NodeId id : graph->unreferenced()) {
        if (graph->isProgram(id))
            candidates.push_back(programCandidate(tree, id, onlyFor.value(id)));
    }
    return candidates;
}

Candidate UnreferencedLibrariesAnalyzer::libraryCandidate(
    const BundleTree& tree, NodeId id, const std::vector<NodeId>& programs)
{
    const Context files { tree, tree.path(tree.contentsRoot()) };
    const QString path = tree.path(id);
    const bool dlopen = isTypicalDlopen(path);
    Candidate candidate;
    candidate.kind = Candidate::Kind::Unreferenced;
    candidate.id = QStringLiteral("unreferenced:%1").arg(path);
    candidate.confidence = Candidate::Confidence::Low;
    candidate.action = tr("Drop it from the collected binaries (a filter on a.binaries in the .spec).");
    files.addFile(candidate, id);
    if (!programs.empty()) {
        QStringList names;
        for (NodeId program : programs)
            names.append(tree.path(program));
        candidate.title
            = tr("Library %1 needed only by programs (%2)").arg(tree.name(id), SizeFormat::format(tree.size(id)));
        candidate.why = tr("Nothing the app loads needs it; only these programs in the bundle do: %1. Programs are not "
                           "loaded by the app, but removing this library breaks them: remove it only together with "
                           "them.")
                            .arg(names.join(QLatin1String(", ")));
        candidate.advised = false;
        return candidate;
    }
    candidate.title = tr("Unreferenced library %1 (%2)").arg(tree.name(id), SizeFormat::format(tree.size(id)));
    candidate.why = dlopen
        ? tr("No extension module or launcher links it, but its name or folder says it is usually loaded with "
             "dlopen() at run time: keep it unless you know the feature is unused.")
        : tr("No extension module, launcher or libpython links it (directly or through other libraries) and no Python "
             "module names it. It may still be loaded with dlopen(): test the bundle without it.");
    candidate.advised = !dlopen;
    return candidate;
}

Candidate UnreferencedLibrariesAnalyzer::programCandidate(
    const BundleTree& tree, NodeId id, const std::vector<NodeId>& libraries)
{
    const Context files { tree, tree.path(tree.contentsRoot()) };
    Candidate candidate;
    candidate.kind = Candidate::Kind::Unreferenced;
    candidate.id = QStringLiteral("unreferenced:%1").arg(tree.path(id));
    candidate.confidence = Candidate::Confidence::Low;
    candidate.action = tr("Drop it from the collected binaries (a filter on a.binaries in the .spec).");
    files.addFile(candidate, id);
    QStringList names;
    for (NodeId library : libraries) {
        files.addFile(candidate, library);
        names.append(tree.path(library));
    }
    candidate.title
        = tr("Program %1 that the app does not load (%2)").arg(tree.name(id), SizeFormat::format(candidate.bytes));
    candidate.why = tr("An executable, not a library: the app never loads it, but a package may run it as a process. "
                       "Test the bundle without it.");
    if (!names.isEmpty())
        candidate.why += QLatin1Char(' ')
            + tr("Removing it also removes the %n librar(y/ies) only it needs: %1.", nullptr, int(names.size()))
                  .arg(names.join(QLatin1String(", ")));
    candidate.advised = !isTypicalDlopen(tree.path(id));
    return candidate;
}

} // namespace BundleScope
