// SPDX-License-Identifier: GPL-3.0-or-later
#include "importgraphbuilder.h"

#include "binfmt/bytecodeimports.h"
#include "binfmt/marshalreader.h"
#include "binfmt/marshalstrings.h"
#include "common/logging.h"
#include "deps/pythonsourceimports.h"
#include "scan/checkedreaddevice.h"

#include <QSet>
#include <QtConcurrent>
#include <QtEndian>

namespace BundleScope {

namespace {
    const QString s_scriptsKey = QStringLiteral("pyinstaller.scripts");
    constexpr qsizetype s_pycHeader = 16;
    constexpr qint64 s_maxModuleBytes = 64 * 1024 * 1024;

    enum class Format { Marshal, Pyc, Source };

    struct Source {
        NodeId node = InvalidNode;
        QString module;
        Format format = Format::Marshal;
        bool isPackage = false;
        bool isEntry = false;
    };

    struct Scanned {
        std::vector<BytecodeImport> imports;
        int version = 0; // bytecode version; 0 for sources
        bool unsupported = false;
        bool unreadable = false;
        QString error; // why it is unreadable, for the debug log
        Error failure; // the file could not be read as scanned (not: its bytecode could not be parsed)
    };

    bool isIdentifier(QStringView name)
    {
        if (name.isEmpty() || name.front().isDigit())
            return false;
        return std::all_of(name.begin(), name.end(), [](QChar c) { return c.isLetterOrNumber() || c == u'_'; });
    }

    // Finds every module file below `dir`. `prefix` is the dotted package `dir` stands for, when `valid`.
    class SourceCollector {
    public:
        explicit SourceCollector(const BundleTree& tree)
            : m_tree(tree)
        {
        }
        void visit(NodeId dir, bool valid, const QString& prefix, bool inPyz)
        {
            for (NodeId child : m_tree.children(dir)) {
                const QString name = m_tree.name(child);
                if (m_tree.isDirectory(child)) {
                    if (name.endsWith(QLatin1String(".pyz")))
                        visit(child, true, {}, true);
                    else if (child == m_tree.contentsRoot()
                        || (m_tree.hasFlag(child, Expandable) && name.endsWith(QLatin1String(".zip"))))
                        visit(child, true, {}, false);
                    else if (valid && isIdentifier(name))
                        visit(child, true, prefix.isEmpty() ? name : prefix + u'.' + name, inPyz);
                    else
                        visit(child, false, {}, false);
                } else if (valid) {
                    addFile(child, name, prefix, inPyz);
                }
            }
        }
        std::vector<Source> sources;

    private:
        void addFile(NodeId node, const QString& name, const QString& prefix, bool inPyz)
        {
            Format format;
            QString stem;
            if (name.endsWith(QLatin1String(".pyc"))) {
                format = inPyz ? Format::Marshal : Format::Pyc;
                stem = name.chopped(4);
            } else if (name.endsWith(QLatin1String(".py")) && !inPyz) {
                format = Format::Source;
                stem = name.chopped(3);
            } else {
                return;
            }
            const bool package = stem == QLatin1String("__init__");
            if (package ? prefix.isEmpty() : !isIdentifier(stem))
                return;
            const QString module = package ? prefix : prefix.isEmpty() ? stem : prefix + u'.' + stem;
            sources.push_back({ node, module, format, package, false });
        }
        const BundleTree& m_tree;
    };

    Scanned scanBytecode(QByteArrayView data, int version)
    {
        Scanned result;
        result.version = version;
        if (!BytecodeImports::isSupported(version)) {
            result.unsupported = true;
            return result;
        }
        MarshalReader reader(data, version);
        reader.setClampLargeIntegers(true);
        const auto code = reader.readObject();
        if (!code) {
            result.unreadable = true;
            result.error = code.error().message;
            return result;
        }
        result.imports = BytecodeImports::scan(**code, version);
        return result;
    }

    Scanned scan(const BundleTree& tree, const Source& source, const ContentReader& reader, int pkgVersion)
    {
        const Result<QByteArray> content = CheckedReadDevice::readAll(tree, reader, source.node, s_maxModuleBytes);
        if (!content) {
            Scanned failed { {}, 0, false, true, content.error().message, {} };
            if (content.error().code == Error::Code::Io)
                failed.failure = content.error();
            return failed;
        }
        const QByteArray& data = *content;
        switch (source.format) {
        case Format::Marshal:
            return scanBytecode(data, pkgVersion);
        case Format::Pyc:
            if (data.size() < s_pycHeader || data[2] != '\r' || data[3] != '\n')
                return { {}, 0, false, true, {}, {} };
            return scanBytecode(QByteArrayView(data).sliced(s_pycHeader),
                MarshalStrings::versionFromMagic(qFromLittleEndian<quint16>(data.constData())));
        case Format::Source:
            return { PythonSourceImports::scan(data), 0, false, false, {}, {} };
        }
        return {};
    }

    // The bytecode wins over the source of the same module (torch ships both).
    std::vector<Source> preferBytecode(std::vector<Source> sources)
    {
        QSet<QString> compiled;
        for (const Source& source : sources) {
            if (source.format != Format::Source && !source.isEntry)
                compiled.insert(source.module);
        }
        std::erase_if(sources, [&compiled](const Source& source) {
            return source.format == Format::Source && compiled.contains(source.module);
        });
        return sources;
    }

    QString parentOf(const QString& module)
    {
        const qsizetype dot = module.lastIndexOf(u'.');
        return dot < 0 ? QString() : module.left(dot);
    }

    // `import` as written in `source` -> the absolute name; empty when a relative import climbs above the top.
    QString absoluteName(const Source& source, const BytecodeImport& import)
    {
        const QString name = QString::fromUtf8(import.name);
        if (import.level == 0)
            return name;
        QString base = source.isPackage ? source.module : parentOf(source.module);
        for (int i = 1; i < import.level && !base.isEmpty(); ++i)
            base = parentOf(base);
        if (base.isEmpty())
            return {};
        return name.isEmpty() ? base : base + u'.' + name;
    }

    void addEdges(ImportGraph& graph, ImportGraph::ModuleId from, const Source& source, const BytecodeImport& import)
    {
        const QString absolute = absoluteName(source, import);
        if (absolute.isEmpty())
            return;
        // Importing a.b.c runs a/__init__ and a.b/__init__ first.
        for (qsizetype dot = absolute.indexOf(u'.'); dot >= 0; dot = absolute.indexOf(u'.', dot + 1))
            graph.addImport(from, graph.addModule(absolute.left(dot)), import.lazy);
        graph.addImport(from, graph.addModule(absolute), import.lazy);
        for (const QByteArray& item : import.fromList) {
            if (item == "*")
                continue;
            // `from a import b` imports the submodule a.b when there is one; else b is a name inside a.
            const ImportGraph::ModuleId sub = graph.find(absolute + u'.' + QString::fromUtf8(item));
            if (sub != ImportGraph::NoModule && !graph.module(sub).files.empty())
                graph.addImport(from, sub, import.lazy);
        }
    }

    std::vector<Source> entryScripts(const BundleTree& tree)
    {
        const QStringList names = tree.metadata().value(s_scriptsKey).toStringList();
        std::vector<Source> scripts;
        const bool rootHoldsPkg = tree.sourceKind() == BundleTree::SourceKind::OneFileExecutable;
        for (NodeId id = 0; id < tree.nodeCount(); ++id) {
            if (tree.isDirectory(id) || id == tree.root())
                continue;
            const NodeId parent = tree.parent(id);
            const bool inPkg = tree.hasFlag(parent, Expandable) || (rootHoldsPkg && parent == tree.root());
            if (inPkg && names.contains(tree.name(id)))
                scripts.push_back({ id, tree.name(id), Format::Marshal, false, true });
        }
        return scripts;
    }
} // namespace

bool ImportGraphBuilder::hasEntryScripts(const BundleTree& tree)
{
    return !tree.metadata().value(s_scriptsKey).toStringList().isEmpty();
}

ImportGraphPtr ImportGraphBuilder::build(
    const BundleTree& tree, const ContentReader& reader, const CancellationToken& token)
{
    if (!hasEntryScripts(tree) || !reader.hasContent())
        return nullptr;
    const int pkgVersion = tree.metadata()
                               .value(QStringLiteral("pyinstaller.pyz_python_version"),
                                   tree.metadata().value(QStringLiteral("pyinstaller.python_version")))
                               .toInt();
    SourceCollector collector(tree);
    collector.visit(tree.root(), tree.root() == tree.contentsRoot(), {}, false);
    std::vector<Source> sources = entryScripts(tree);
    sources.insert(sources.end(), collector.sources.begin(), collector.sources.end());
    sources = preferBytecode(std::move(sources));

    const std::vector<Scanned> scanned = QtConcurrent::blockingMapped<std::vector<Scanned>>(
        sources, [&tree, &reader, &token, pkgVersion](const Source& source) {
            return token.isCancelled() ? Scanned {} : scan(tree, source, reader, pkgVersion);
        });
    if (token.isCancelled())
        return nullptr;

    auto graph = std::make_shared<ImportGraph>();
    std::vector<ImportGraph::ModuleId> ids;
    ids.reserve(sources.size());
    for (const Source& source : sources) {
        const ImportGraph::ModuleId id = graph->addModule(source.module);
        graph->addFile(id, source.node);
        if (source.isEntry)
            graph->setEntry(id);
        ids.push_back(id);
    }
    int unsupported = 0;
    int unreadable = 0;
    QSet<int> unsupportedVersions;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (scanned[i].unsupported) {
            ++unsupported;
            unsupportedVersions.insert(scanned[i].version);
        }
        if (scanned[i].unreadable) {
            ++unreadable;
            qCDebug(lcScan) << "import graph: cannot read" << sources[i].module << scanned[i].error;
        }
        if (scanned[i].failure.isError())
            graph->addReadFailure(scanned[i].failure);
        for (BytecodeImport import : scanned[i].imports) {
            // An entry script runs as __main__ and calls its own functions: what they import is the app's.
            import.lazy = import.lazy && !sources[i].isEntry;
            addEdges(*graph, ids[i], sources[i], import);
        }
    }
    if (BytecodeImports::isSupported(pkgVersion))
        graph->setPythonVersion(pkgVersion);
    else
        graph->addNote(tr("The bundle's bytecode is Python %1.%2, which the import reader does not support (3.8 to "
                          "3.12): no import was read, so no package is called unreachable.")
                           .arg(pkgVersion / 100)
                           .arg(pkgVersion % 100));
    if (unsupported > 0 && BytecodeImports::isSupported(pkgVersion)) {
        QStringList versions;
        for (int version : std::as_const(unsupportedVersions))
            versions.append(version ? QStringLiteral("%1.%2").arg(version / 100).arg(version % 100) : tr("unknown"));
        versions.sort();
        graph->addNote(tr("%n module(s) hold bytecode of an unsupported Python version (%1): their imports were not "
                          "read.",
            nullptr, unsupported)
                           .arg(versions.join(QLatin1String(", "))));
    }
    if (unreadable > 0)
        graph->addNote(tr("%n module(s) could not be read: their imports are unknown.", nullptr, unreadable));
    graph->finish();
    return graph;
}

} // namespace BundleScope
