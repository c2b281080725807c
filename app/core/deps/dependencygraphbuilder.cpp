// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencygraphbuilder.h"

#include "deps/importreader.h"
#include "deps/pythonlibraryreferences.h"
#include "scan/checkedreaddevice.h"

#include <QRegularExpression>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace BundleScope {

namespace {

    struct ReadResult {
        NodeId id = InvalidNode;
        NativeImports imports;
        QString error;
        Error failure; // the file could not be read as scanned: its imports are unknown, not absent
    };

    ReadResult readImports(
        const BundleTree& tree, const ContentReader& reader, const CancellationToken& token, NodeId id)
    {
        ReadResult result { id, {}, {}, {} };
        if (token.isCancelled())
            return result;
        Result<std::unique_ptr<CheckedReadDevice>> device = CheckedReadDevice::open(tree, reader, id);
        if (!device) {
            result.error = DependencyGraphBuilder::tr("Cannot open the file");
            if (device.error().code == Error::Code::Io) // not for a snapshot, which has no content at all
                result.failure = device.error();
            return result;
        }
        Result<NativeImports> imports = ImportReader::read(**device, tree.path(id));
        if ((*device)->hasFailed()) {
            result.failure = (*device)->failure();
            result.error = result.failure.message;
        } else if (imports) {
            result.imports = std::move(*imports);
        } else {
            result.error = imports.error().message;
        }
        return result;
    }

    bool isExtensionModuleName(const QString& name, const QString& folder)
    {
        static const QRegularExpression pattern(QStringLiteral("\\.(cpython-[^.]+|abi3|pypy[^.]*)\\.so$|\\.pyd$"),
            QRegularExpression::CaseInsensitiveOption);
        return pattern.match(name).hasMatch()
            || (folder == QLatin1String("lib-dynload") && name.endsWith(QLatin1String(".so")));
    }

    // libc.so.6, libQt5Core.so.5 and a few others carry a PT_INTERP so that running them prints their version: a
    // SONAME or a library file name makes such a file a library all the same.
    bool isLibraryName(const QString& name, const NativeImports& imports)
    {
        static const QRegularExpression pattern(
            QStringLiteral("\\.so(\\.[^/]*)?$|\\.(dll|dylib|pyd)$"), QRegularExpression::CaseInsensitiveOption);
        return !imports.soname.isEmpty() || pattern.match(name).hasMatch();
    }

    // Qt finds its plugins by folder (QLibraryInfo's PluginsPath, then <type>/lib*.so): PyQt5/Qt5/plugins/platforms,
    // PyQt6/Qt6/plugins/…, PySide6/Qt/plugins/…, and PyInstaller's qt5_plugins/… of older layouts. No DT_NEEDED
    // names them, yet the app cannot show a window without its platform plugin.
    bool isQtPlugin(const BundleTree& tree, NodeId id)
    {
        const NodeId typeFolder = tree.parent(id);
        if (typeFolder == tree.root())
            return false;
        const NodeId pluginsFolder = tree.parent(typeFolder);
        const QByteArrayView plugins = tree.nameBytes(pluginsFolder);
        if (plugins == "qt5_plugins" || plugins == "qt6_plugins")
            return true;
        if (plugins != "plugins" || pluginsFolder == tree.root())
            return false;
        const QByteArrayView qt = tree.nameBytes(tree.parent(pluginsFolder));
        return qt == "Qt" || qt == "Qt5" || qt == "Qt6";
    }

    bool isPythonRuntimeName(const QString& name)
    {
        static const QRegularExpression pattern(
            QStringLiteral("^(libpython\\d.*\\.(so|dylib)(\\..*)?|python\\d+\\.dll)$"),
            QRegularExpression::CaseInsensitiveOption);
        return pattern.match(name).hasMatch() || name == QLatin1String("Python");
    }

} // namespace

bool DependencyGraphBuilder::isNativeCandidate(const BundleTree& tree, NodeId id)
{
    if (tree.kind(id) != NodeKind::File || tree.hasFlag(id, HardLinkDuplicate))
        return false;
    const Category category = tree.category(id);
    return category == Category::NativeLibrary || category == Category::Executable
        || (category == Category::Other && tree.hasFlag(id, ExecutableBit));
}

DependencyGraph::RootKind DependencyGraphBuilder::classify(
    const BundleTree& tree, NodeId id, const NativeImports& imports)
{
    const QString name = tree.name(id);
    const NodeId parent = tree.parent(id);
    if (isExtensionModuleName(name, tree.name(parent)))
        return DependencyGraph::RootKind::ExtensionModule;
    if (isPythonRuntimeName(name))
        return DependencyGraph::RootKind::Runtime;
    if (imports.isExecutable && !isLibraryName(name, imports)) {
        const bool launcher = parent == tree.root() || parent == tree.parent(tree.contentsRoot());
        return launcher ? DependencyGraph::RootKind::Runtime : DependencyGraph::RootKind::Program;
    }
    if (isQtPlugin(tree, id))
        return DependencyGraph::RootKind::FrameworkPlugin;
    return DependencyGraph::RootKind::None;
}

Result<DependencyGraphPtr> DependencyGraphBuilder::build(
    const BundleTree& tree, const ContentReader& reader, const CancellationToken& token)
{
    std::vector<NodeId> candidates;
    for (NodeId id = 0; id < tree.nodeCount(); ++id) {
        if (isNativeCandidate(tree, id))
            candidates.push_back(id);
    }
    const std::function<ReadResult(NodeId)> read
        = [&tree, &reader, &token](NodeId id) { return readImports(tree, reader, token, id); };
    // Our own pool, not the global one: build() runs on global-pool threads (ScanController, AnalysisController), and
    // Qt 6's blockingMapped only queues the work on the pool and waits; with every global thread held by such a
    // waiting caller it would never run. Reading imports never waits, so this pool always drains.
    QThreadPool pool;
    const QList<ReadResult> results = QtConcurrent::blockingMapped<QList<ReadResult>>(&pool, candidates, read);
    if (token.isCancelled())
        return makeError(Error::Code::Cancelled, tr("Dependency analysis cancelled"));

    auto graph = std::make_shared<DependencyGraph>();
    std::vector<const ReadResult*> natives;
    QHash<NodeId, QString> sonames;
    for (const ReadResult& result : results) {
        if (result.imports.format == NativeImports::Format::None && result.error.isEmpty())
            continue; // not a native file after all (a script with an x bit)
        graph->m_index.insert(result.id, int(graph->m_nodes.size()));
        graph->m_nodes.push_back(result.id);
        graph->m_sizes.push_back(tree.size(result.id));
        graph->m_rootKind.push_back(classify(tree, result.id, result.imports));
        if (!result.error.isEmpty())
            graph->m_errors.insert(result.id, result.error);
        if (result.failure.isError())
            graph->m_readFailures.push_back(result.failure);
        if (!result.imports.soname.isEmpty())
            sonames.insert(result.id, result.imports.soname);
        if (result.imports.packed)
            graph->m_packed.insert(result.id);
        natives.push_back(&result);
    }
    const LibraryResolver resolver(tree, graph->m_nodes, sonames);
    graph->m_out.assign(natives.size(), {});
    graph->m_unresolved.assign(natives.size(), {});
    for (std::size_t i = 0; i < natives.size(); ++i) {
        const ReadResult& native = *natives[i];
        for (const QString& name : native.imports.needed) {
            const LibraryResolver::Match match = resolver.resolve(native.id, native.imports, name);
            if (match.node == native.id)
                continue; // a library naming itself (Mach-O install names do)
            const int target = graph->indexOf(match.node);
            if (target < 0) {
                graph->m_unresolved[i].append(name);
                graph->m_system[name].push_back(native.id);
            } else {
                graph->m_out[i].push_back({ target, match.confidence });
            }
        }
    }
    graph->finish();
    addPythonCodeRoots(*graph, tree, reader, sonames, token);
    if (token.isCancelled())
        return makeError(Error::Code::Cancelled, tr("Dependency analysis cancelled"));
    return DependencyGraphPtr(std::move(graph));
}

void DependencyGraphBuilder::addPythonCodeRoots(DependencyGraph& graph, const BundleTree& tree,
    const ContentReader& reader, const QHash<NodeId, QString>& sonames, const CancellationToken& token)
{
    // Only libraries and programs that the other roots leave unreached need the Python code's word: a library an
    // extension module links keeps the chain that explains it ("chains prefer what the app imports"), and a bundle
    // whose native files are all reached reads no Python at all. A program named in Python code is run by it
    // (torch/__init__.py runs bin/torch_shm_manager), so it becomes a root as well.
    std::vector<PythonLibraryReferences::Library> libraries;
    for (std::size_t i = 0; i < graph.m_nodes.size(); ++i) {
        const NodeId id = graph.m_nodes[i];
        const DependencyGraph::RootKind kind = graph.m_rootKind[i];
        if (!graph.m_reachable[i] && !DependencyGraph::isRootKind(kind))
            libraries.push_back({ id, tree.name(id), sonames.value(id) });
    }
    const PythonLibraryReferences::Result found = PythonLibraryReferences::find(tree, reader, libraries, token);
    graph.m_readFailures.insert(graph.m_readFailures.end(), found.failures.begin(), found.failures.end());
    std::sort(graph.m_readFailures.begin(), graph.m_readFailures.end(),
        [](const Error& a, const Error& b) { return a.path < b.path; });
    if (found.modules.isEmpty())
        return;
    for (auto it = found.modules.cbegin(); it != found.modules.cend(); ++it) {
        DependencyGraph::RootKind& kind = graph.m_rootKind[std::size_t(graph.indexOf(it.key()))];
        if (kind == DependencyGraph::RootKind::Program)
            graph.m_runFromPython.insert(it.key());
        kind = DependencyGraph::RootKind::PythonCode;
        graph.m_pythonModules.insert(it.key(), it.value());
    }
    graph.finish();
}

} // namespace BundleScope
