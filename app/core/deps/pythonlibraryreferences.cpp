// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonlibraryreferences.h"

#include "binfmt/marshalstrings.h"
#include "common/logging.h"
#include "deps/pythonstringliterals.h"
#include "scan/checkedreaddevice.h"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <cstring>
#include <ctime>
#include <deque>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace BundleScope {

namespace {
    constexpr qint64 s_maxModuleBytes = 32ll * 1024 * 1024;
    constexpr qsizetype s_maxComponent = 255; // NAME_MAX
    constexpr qsizetype s_minPlainStem = 6;

    enum class Source { PyzModule, Pyc, Py };

    std::string_view asView(QByteArrayView bytes)
    {
        return { bytes.data(), std::size_t(bytes.size()) };
    }

    // Starts with "lib" or holds ".so", ".dylib", ".dll", ".DLL" or ".pyd": one memchr pass over the dots, as this
    // runs for every string constant of every module.
    bool mayNameLibrary(QByteArrayView text)
    {
        const std::string_view view = asView(text);
        if (view.starts_with("lib"))
            return true;
        for (std::size_t dot = view.find('.'); dot != std::string_view::npos; dot = view.find('.', dot + 1)) {
            const std::string_view rest = view.substr(dot + 1);
            if (rest.starts_with("so") || rest.starts_with("dylib") || rest.starts_with("dll")
                || rest.starts_with("DLL") || rest.starts_with("pyd"))
                return true;
        }
        return false;
    }

    // PythonLibraryReferences::stem() as a view into `name` (empty: no library suffix); the matcher calls it for
    // every "lib…" string, so it allocates nothing.
    QByteArrayView stemOf(QByteArrayView name)
    {
        // ".so" at the end or before a version (".so.1", ".so."), else ".dll" / ".dylib" / ".pyd" at the end.
        for (qsizetype at = name.indexOf(".so"); at > 0; at = name.indexOf(".so", at + 1)) {
            if (at + 3 == name.size() || name[at + 3] == '.')
                return name.first(at);
        }
        for (const QByteArrayView suffix :
            { QByteArrayView(".dll"), QByteArrayView(".dylib"), QByteArrayView(".pyd") }) {
            if (name.size() > suffix.size()
                && QByteArrayView(name.last(suffix.size())).compare(suffix, Qt::CaseInsensitive) == 0)
                return name.first(name.size() - suffix.size());
        }
        return {};
    }

    // File-name keys -> indexes into the file list. Keys are looked up by view: nothing is allocated per string.
    class Matcher {
    public:
        explicit Matcher(const std::vector<PythonLibraryReferences::Library>& files)
        {
            for (std::size_t i = 0; i < files.size(); ++i) {
                for (const QString& name : { files[i].name, files[i].soname }) {
                    if (name.isEmpty())
                        continue;
                    const QByteArray bytes = name.toUtf8();
                    add(m_full, bytes, int(i));
                    m_fullShapes[shape(bytes)] = true;
                    if (const QByteArray stem = PythonLibraryReferences::stem(bytes); !stem.isEmpty()) {
                        add(m_stems, stem, int(i));
                        m_stemShapes[shape(stem)] = true;
                    }
                }
            }
        }
        // Appends the files `text` names to `hits`: its last path component is a file name or SONAME, or a
        // library stem (see the class comment). Most strings are identifiers and messages: a substring test rejects
        // them before the stem is looked for.
        void match(QByteArrayView text, std::vector<int>& hits) const
        {
            // One backward pass for the last '/' or '\\' (this runs for every string constant of every module).
            qsizetype slash = text.size() - 1;
            while (slash >= 0 && text[slash] != '/' && text[slash] != '\\')
                --slash;
            const QByteArrayView component = text.sliced(slash + 1);
            if (component.size() < 4 || component.size() > s_maxComponent)
                return;
            if (m_fullShapes[shape(component)])
                lookUp(m_full, component, hits);
            if (!mayNameLibrary(component))
                return;
            QByteArrayView stem = stemOf(component);
            if (stem.isEmpty() && component.startsWith("lib") && component.size() >= s_minPlainStem)
                stem = component;
            if (!stem.isEmpty() && m_stemShapes[shape(stem)])
                lookUp(m_stems, stem, hits);
        }

    private:
        using Keys = std::unordered_map<std::string_view, std::vector<int>>;
        // A cheap pre-filter for the key maps (a one-hash Bloom filter): most strings are identifiers and messages
        // whose length and ends match no file name, so they are rejected without hashing the whole string.
        static std::size_t shape(QByteArrayView key)
        {
            // Length and up to four bytes from each end, mixed: a constant number of operations whatever the length.
            quint32 head = 0, tail = 0;
            const std::size_t ends = std::min<std::size_t>(4, std::size_t(key.size()));
            std::memcpy(&head, key.data(), ends);
            std::memcpy(&tail, key.data() + key.size() - qsizetype(ends), ends);
            const quint64 mixed = (quint64(head) * 0x9E3779B97F4A7C15ull) ^ (quint64(tail) * 0xC2B2AE3D27D4EB4Full)
                ^ quint64(key.size());
            return std::size_t(mixed >> (64 - 16)); // the top 16 bits: s_shapeBits
        }
        // 8 KiB per map, within the first-level cache with its twin: a few thousand keys (/usr: 5,000) set under a
        // tenth of the bits, and a false positive costs one hash lookup. 128 KiB maps were slower: a cache miss per
        // string constant.
        static constexpr std::size_t s_shapeBits = 1 << 16;
        static void lookUp(const Keys& keys, QByteArrayView key, std::vector<int>& hits)
        {
            if (const auto it = keys.find(asView(key)); it != keys.end())
                hits.insert(hits.end(), it->second.cbegin(), it->second.cend());
        }
        void add(Keys& keys, const QByteArray& key, int file)
        {
            auto it = keys.find(asView(key));
            if (it == keys.end()) {
                m_storage.push_back(key); // the map's views point into these; a deque never moves them
                it = keys.emplace(asView(m_storage.back()), std::vector<int>()).first;
            }
            if (std::find(it->second.begin(), it->second.end(), file) == it->second.end())
                it->second.push_back(file);
        }
        std::deque<QByteArray> m_storage;
        Keys m_full;
        Keys m_stems;
        std::vector<bool> m_fullShapes = std::vector<bool>(s_shapeBits);
        std::vector<bool> m_stemShapes = std::vector<bool>(s_shapeBits);
    };

    bool isBelowPyz(const BundleTree& tree, NodeId id)
    {
        for (NodeId at = tree.parent(id); at != tree.root() && tree.isValid(at); at = tree.parent(at)) {
            if (tree.nameBytes(at).endsWith(".pyz"))
                return true;
        }
        return false;
    }
} // namespace

QByteArray PythonLibraryReferences::stem(QByteArrayView name)
{
    return stemOf(name).toByteArray();
}

QString PythonLibraryReferences::moduleName(QStringView relativePath)
{
    QString path = relativePath.toString();
    // CPython's cache layout: "a/__pycache__/b.cpython-311.pyc" is module a.b.
    const qsizetype cache
        = path.startsWith(QLatin1String("__pycache__/")) ? 0 : path.lastIndexOf(QLatin1String("/__pycache__/"));
    if (cache >= 0 && path.endsWith(QLatin1String(".pyc"))) {
        const qsizetype nameAt = path.indexOf(u'/', cache == 0 ? 0 : cache + 1) + 1;
        const QString file = path.mid(nameAt);
        path = path.left(cache == 0 ? 0 : cache + 1) + file.left(file.indexOf(u'.')) + QLatin1String(".pyc");
    }
    for (const QLatin1String suffix : { QLatin1String("/__init__.pyc"), QLatin1String("/__init__.py"),
             QLatin1String(".pyc"), QLatin1String(".py") }) {
        if (path.endsWith(suffix)) {
            path.chop(suffix.size());
            break;
        }
    }
    return path.replace(u'/', u'.');
}

namespace {
    struct Module {
        NodeId id = InvalidNode;
        bool pyz = false; // marshalled code below a "*.pyz" folder, without a .pyc header
    };
    struct ModuleHits {
        bool read = false;
        std::vector<int> hits; // indexes into the library list
        Error failure; // the module could not be read as scanned
    };
    // Modules read in the first parallel batch; each next batch is four times larger. A bundle whose few unreached
    // libraries are named early (torch/__init__.py names libtorch_global_deps) stops after a small batch, and a tree
    // that reads everything (/usr: 26,000 modules) waits at few batch ends, where one thread idles while the other
    // finishes (26 such waits with a fixed 1,024 cost /usr ~15% of the phase).
    constexpr std::size_t s_firstBatch = 1024;
    constexpr std::size_t s_batchGrowth = 4;

    // Each module once: a source file "a/b.py" and its compiled cache "a/__pycache__/b.cpython-311.pyc" hold the same
    // literals, and the source is what Python runs (it recompiles a stale cache). Reading only the source halves
    // what a plain folder costs (/usr: 26 000 sources beside 24 000 caches) and keeps the cache's docstrings, which
    // name libraries in prose, out.
    std::vector<Module> modulesToRead(const BundleTree& tree)
    {
        // Sources by (folder, stem), as views into the tree's names: this runs over every node of the tree (/usr:
        // 204,000), and a key string built per source cost 25-35 ms there.
        struct SourceKey {
            NodeId folder;
            std::string_view stem;
            bool operator==(const SourceKey&) const = default;
        };
        struct SourceKeyHash {
            std::size_t operator()(const SourceKey& key) const
            {
                return std::hash<std::string_view>()(key.stem) ^ (std::size_t(key.folder) * 0x9E3779B97F4A7C15ull);
            }
        };
        std::unordered_set<SourceKey, SourceKeyHash> sources;
        std::vector<NodeId> found;
        for (NodeId id = 0; id < tree.nodeCount(); ++id) {
            if (tree.kind(id) != NodeKind::File)
                continue;
            const QByteArrayView name = tree.nameBytes(id);
            const bool source = name.endsWith(".py");
            if (source) // even one too large to read: its cache is the same module
                sources.insert({ tree.parent(id), asView(name.chopped(3)) });
            if ((source || name.endsWith(".pyc")) && tree.size(id) <= quint64(s_maxModuleBytes))
                found.push_back(id);
        }
        std::vector<Module> modules;
        modules.reserve(found.size());
        for (const NodeId id : found) {
            const QByteArrayView name = tree.nameBytes(id);
            const bool pyc = name.endsWith(".pyc");
            const NodeId folder = tree.parent(id);
            if (pyc && folder != tree.root() && tree.nameBytes(folder) == "__pycache__"
                && sources.contains({ tree.parent(folder), asView(name.first(name.indexOf('.'))) }))
                continue;
            modules.push_back({ id, pyc && isBelowPyz(tree, id) });
        }
        return modules;
    }

    ModuleHits scanModule(
        const BundleTree& tree, const ContentReader& reader, const Matcher& matcher, int version, const Module& module)
    {
        ModuleHits result;
        const BundleScope::Result<QByteArray> content
            = CheckedReadDevice::readAll(tree, reader, module.id, s_maxModuleBytes);
        if (!content) {
            if (content.error().code == Error::Code::Io)
                result.failure = content.error();
            return result;
        }
        const QByteArray& data = *content;
        result.read = true;
        if (module.pyz || tree.nameBytes(module.id).endsWith(".pyc")) {
            const MarshalStrings::Visitor visitor
                = [&matcher, &result](QByteArrayView text) { matcher.match(text, result.hits); };
            if (module.pyz)
                MarshalStrings::visit(data, version, visitor);
            else
                MarshalStrings::visitPyc(data, visitor);
            return result;
        }
        thread_local std::vector<QByteArrayView> literals; // reused: no allocation per module
        literals.clear();
        PythonStringLiterals::collect(data, literals);
        for (const QByteArrayView literal : literals)
            matcher.match(literal, result.hits);
        return result;
    }
} // namespace

PythonLibraryReferences::Result PythonLibraryReferences::find(const BundleTree& tree, const ContentReader& reader,
    const std::vector<Library>& libraries, const CancellationToken& token)
{
    Result result;
    if (libraries.empty())
        return result;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock(); // all threads
    const Matcher matcher(libraries);
    const int version = tree.metadata().value(QStringLiteral("pyinstaller.python_version")).toInt();
    const QString contents = tree.path(tree.contentsRoot());
    const std::vector<Module> modules = modulesToRead(tree);
    // A cancelled scan skips the rest of its batch: large batches still stop at once.
    const std::function<ModuleHits(const Module&)> scan
        = [&tree, &reader, &matcher, &token, version](const Module& module) {
              return token.isCancelled() ? ModuleHits() : scanModule(tree, reader, matcher, version, module);
          };
    // Modules are read in parallel (reading them is most of a plain folder's report: /usr holds 50 000) and merged in
    // node order, so each library keeps the first module naming it, as a sequential read would. Our own pool: see
    // DependencyGraphBuilder::build().
    QThreadPool pool;
    std::size_t batchSize = s_firstBatch;
    for (std::size_t first = 0; first < modules.size() && !token.isCancelled();
         first += batchSize, batchSize *= s_batchGrowth) {
        const std::vector<Module> batch(modules.begin() + qsizetype(first),
            modules.begin() + qsizetype(std::min(modules.size(), first + batchSize)));
        const QList<ModuleHits> scanned = QtConcurrent::blockingMapped<QList<ModuleHits>>(&pool, batch, scan);
        for (std::size_t i = 0; i < batch.size(); ++i) {
            const ModuleHits& hits = scanned[qsizetype(i)];
            result.filesRead += hits.read ? 1 : 0;
            if (hits.failure.isError())
                result.failures.push_back(hits.failure);
            if (hits.hits.empty())
                continue;
            // PYZ members sit below "<launcher>/PYZ.pyz/"; loose files below the contents folder.
            QString path = tree.path(batch[i].id);
            if (batch[i].pyz) {
                const qsizetype at = path.indexOf(QLatin1String(".pyz/"));
                path = path.mid(at + 5);
            } else if (!contents.isEmpty() && path.startsWith(contents + u'/')) {
                path = path.mid(contents.size() + 1);
            }
            const QString module = moduleName(path);
            for (int hit : hits.hits) {
                const NodeId library = libraries[std::size_t(hit)].id;
                if (!result.modules.contains(library))
                    result.modules.insert(library, module);
            }
        }
        if (std::size_t(result.modules.size()) == libraries.size())
            break; // every library is named: later modules cannot change which module names one first
    }
    result.milliseconds = timer.elapsed();
    qCDebug(lcScan) << "python references:" << result.modules.size() << "libraries named in" << result.filesRead
                    << "modules in" << result.milliseconds << "ms," << (std::clock() - cpu) * 1000 / CLOCKS_PER_SEC
                    << "ms CPU";
    return result;
}

} // namespace BundleScope
