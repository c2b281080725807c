// SPDX-License-Identifier: GPL-3.0-or-later
#include "whycommand.h"

#include "common/sizeformat.h"
#include "deps/dependencyexplanation.h"
#include "deps/dependencygraph.h"
#include "deps/importexplanation.h"
#include "deps/pythonlibraryreferences.h"
#include "reportcommand.h"
#include "scan/scanpipeline.h"
#include "scan/sourcefactory.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace BundleScope {

QString WhyCommand::summary() const
{
    return tr("Explains why a native library or a Python package is in a bundle: who needs or imports it, what it "
              "needs, what removing it orphans.");
}

QString WhyCommand::usage() const
{
    return tr("why PATH FILE|MODULE");
}

void WhyCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("PATH"), tr("The bundle: a dist/<app> folder, a one-file executable or an archive."));
    parser.addPositionalArgument(QStringLiteral("FILE|MODULE"),
        tr("A file in the bundle (its path relative to the bundle, a bare file name, or a library's name without "
           "its version: libblas), or a Python package or module (sympy, torch.fx): the chain of imports from the "
           "entry script to it."));
}

NodeId WhyCommand::findFile(const BundleTree& tree, const DependencyGraph& graph, const QString& file)
{
    QString relative = file;
    while (relative.startsWith(QLatin1String("./")))
        relative.remove(0, 2);
    if (const NodeId id = tree.findPath(relative); id != InvalidNode && !tree.isDirectory(id))
        return id;
    for (NodeId id : graph.nodes()) {
        if (tree.name(id) == file)
            return id;
    }
    for (NodeId id = 0; id < tree.nodeCount(); ++id) {
        if (!tree.isDirectory(id) && tree.name(id) == file)
            return id;
    }
    return InvalidNode;
}

std::vector<NodeId> WhyCommand::librariesNamed(
    const BundleTree& tree, const DependencyGraph& graph, const QString& name)
{
    // "libblas" or "blas" for libblas.so.3: what a user types before knowing the version the build copied.
    const QByteArray bytes = name.toUtf8();
    QByteArray stem = PythonLibraryReferences::stem(bytes);
    if (stem.isEmpty())
        stem = bytes;
    std::vector<NodeId> found;
    for (NodeId id : graph.nodes()) {
        const QByteArray own = PythonLibraryReferences::stem(tree.nameBytes(id));
        if (!own.isEmpty() && (own == stem || own == "lib" + stem))
            found.push_back(id);
    }
    return found;
}

std::vector<NodeId> WhyCommand::filesNamedLike(const BundleTree& tree, const QString& name)
{
    constexpr std::size_t s_shown = 5;
    std::vector<NodeId> found;
    for (NodeId id = 0; id < tree.nodeCount() && found.size() < s_shown; ++id) {
        if (tree.kind(id) == NodeKind::File && tree.name(id).contains(name, Qt::CaseInsensitive))
            found.push_back(id);
    }
    return found;
}

QStringList WhyCommand::paths(const BundleTree& tree, const std::vector<NodeId>& ids)
{
    QStringList out;
    for (NodeId id : ids)
        out.append(tree.path(id));
    return out;
}

void WhyCommand::explain(const BundleTree& tree, const DependencyGraph& graph, NodeId id, QTextStream& out)
{
    out << tree.path(id) << " (" << SizeFormat::format(tree.size(id)) << ", "
        << tr("package: %1").arg(tree.packageName(tree.package(id))) << ")\n";
    if (const std::vector<PackageId> users = tree.packageUsers(id); !users.empty()) {
        QStringList names;
        for (PackageId user : users)
            names.append(tree.packageName(user));
        names.sort();
        out << tr("Needed by the packages %1: it stays unless all of them are excluded.")
                   .arg(names.join(QLatin1String(", ")))
            << '\n';
    }
    if (!graph.contains(id)) {
        out << tr("Not a native file: nothing links it.") << '\n';
        return;
    }
    if (const QString error = graph.readError(id); !error.isEmpty())
        out << tr("Its imports could not be read: %1").arg(error) << '\n';
    if (const QString note = DependencyExplanation::opaqueNote(graph); !note.isEmpty())
        out << note << '\n';
    const std::vector<NodeId> chain = DependencyExplanation::chain(tree, graph, id);
    out << '\n' << tr("Needed by:") << '\n';
    if (chain.size() <= 1) {
        out << "  " << DependencyExplanation::neededBy(tree, graph, id) << '\n';
    } else {
        QStringList paths;
        for (NodeId link : chain)
            paths.append(tree.path(link));
        out << "  " << paths.join(QLatin1String(" <- ")) << '\n';
    }
    // Programs link the file too, but the app never loads them: listed apart, so they are not read as the reason.
    QStringList programs;
    for (NodeId user : graph.neededByDirectly(id)) {
        if (graph.isProgram(user))
            programs.append(tree.path(user));
        else
            out << "  " << tr("directly: %1").arg(tree.path(user)) << '\n';
    }
    if (!programs.isEmpty()) {
        out << '\n'
            << tr("Also linked by %n program(s) in the bundle, which the app does not load (candidates themselves):",
                   nullptr, int(programs.size()))
            << '\n';
        for (const QString& program : programs)
            out << "  " << program << '\n';
    }
    out << '\n' << tr("Needs:") << '\n';
    for (const DependencyGraph::Edge& edge : graph.needs(id))
        out << "  " << tree.path(edge.node) << '\n';
    for (const QString& name : graph.unresolved(id))
        out << "  " << tr("%1 (expected from the system)").arg(name) << '\n';
    const DependencyGraph::Orphans orphans = graph.orphanedIfRemoved(id);
    out << '\n'
        << tr("Removing it would orphan %n file(s) (%1).", nullptr, int(orphans.nodes.size()))
               .arg(SizeFormat::format(orphans.bytes))
        << '\n';
    for (NodeId orphan : orphans.nodes)
        out << "  " << tree.path(orphan) << '\n';
}

bool WhyCommand::explainModule(
    const BundleTree& tree, const ImportGraph& imports, const QString& name, QTextStream& out)
{
    const std::vector<ImportGraph::ModuleId> modules = imports.packageModules(name);
    if (modules.empty() && imports.find(name) == ImportGraph::NoModule)
        return false;
    quint64 bytes = 0;
    for (ImportGraph::ModuleId id : modules) {
        for (NodeId file : imports.module(id).files)
            bytes += tree.size(file);
    }
    out << tr("%1 (Python: %n module(s) with files in the bundle, %2)", nullptr, int(modules.size()))
               .arg(name, SizeFormat::format(bytes))
        << "\n\n"
        << tr("Imported by:") << '\n';
    for (const QString& line : ImportExplanation::details(imports, name))
        out << "  " << line << '\n';
    return true;
}

int WhyCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2) {
        err << tr("bundlescope why: needs PATH and FILE.") << Qt::endl;
        return ExitCode::BadArguments;
    }
    auto source = SourceFactory::create(arguments.first());
    if (!source) {
        err << tr("bundlescope why: %1").arg(source.error().toString()) << Qt::endl;
        return ReportCommand::exitCodeFor(source.error());
    }
    const Result<ScanResult> scanned = ScanPipeline::run(**source, CancellationToken(), {});
    if (!scanned) {
        err << tr("bundlescope why: %1").arg(scanned.error().toString()) << Qt::endl;
        return ReportCommand::exitCodeFor(scanned.error());
    }
    const ImportGraph* imports = scanned->imports.get();
    const BundleTree& tree = *scanned->tree;
    const QString& query = arguments.at(1);
    NodeId id = findFile(tree, *scanned->dependencies, query);
    if (id == InvalidNode) {
        if (imports && explainModule(tree, *imports, query, out)) {
            out << Qt::flush;
            return ExitCode::Ok;
        }
        const std::vector<NodeId> libraries = librariesNamed(tree, *scanned->dependencies, query);
        if (libraries.size() > 1) {
            err << tr(
                "bundlescope why: \"%1\" names %n libraries: %2. Name one of them.", nullptr, int(libraries.size()))
                       .arg(query, paths(tree, libraries).join(QLatin1String(", ")))
                << Qt::endl;
            return ExitCode::BadArguments;
        }
        if (libraries.size() == 1)
            id = libraries.front();
    }
    if (id == InvalidNode) {
        err << tr("bundlescope why: no file or Python module \"%1\" in the bundle.").arg(query) << Qt::endl;
        if (const std::vector<NodeId> similar = filesNamedLike(tree, query); !similar.empty())
            err << tr("Files with similar names: %1").arg(paths(tree, similar).join(QLatin1String(", "))) << Qt::endl;
        return ExitCode::BadArguments;
    }
    explain(tree, *scanned->dependencies, id, out);
    if (const ImportGraph::ModuleId module = imports ? imports->moduleOfFile(id) : ImportGraph::NoModule;
        module != ImportGraph::NoModule) {
        out << '\n' << tr("Python module %1, imported by:").arg(imports->module(module).name) << '\n';
        for (const QString& line : ImportExplanation::details(*imports, imports->module(module).name))
            out << "  " << line << '\n';
    }
    out << Qt::flush;
    return ExitCode::Ok;
}

} // namespace BundleScope
