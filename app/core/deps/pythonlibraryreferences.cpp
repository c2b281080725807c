// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonlibraryreferences.h"

#include "binfmt/marshalstrings.h"
#include "common/logging.h"

#include <QElapsedTimer>

#include <deque>
#include <string_view>
#include <unordered_map>

namespace BundleScope {

namespace {
    constexpr qint64 s_maxModuleBytes = 32ll * 1024 * 1024;
    constexpr qsizetype s_maxComponent = 255; // NAME_MAX
    constexpr qsizetype s_minPlainStem = 6;

    enum class Source { PyzModule, Pyc, Py };

    bool mayNameLibrary(QByteArrayView text)
    {
        return text.startsWith("lib") || text.contains(".so") || text.contains(".dylib") || text.contains(".dll")
            || text.contains(".DLL") || text.contains(".pyd");
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
                    if (const QByteArray stem = PythonLibraryReferences::stem(bytes); !stem.isEmpty())
                        add(m_stems, stem, int(i));
                }
            }
        }
        // Appends the files `text` names to `hits`: its last path component is a file name or SONAME, or a
        // library stem (see the class comment). Most strings are identifiers and messages: a substring test rejects
        // them before the stem is looked for.
        void match(QByteArrayView text, std::vector<int>& hits) const
        {
            const qsizetype slash = std::max(text.lastIndexOf('/'), text.lastIndexOf('\\'));
            const QByteArrayView component = text.sliced(slash + 1);
            if (component.size() < 4 || component.size() > s_maxComponent)
                return;
            lookUp(m_full, component, hits);
            if (!mayNameLibrary(component))
                return;
            QByteArray stem = PythonLibraryReferences::stem(component);
            if (stem.isEmpty() && component.startsWith("lib") && component.size() >= s_minPlainStem)
                stem = component.toByteArray();
            if (!stem.isEmpty())
                lookUp(m_stems, stem, hits);
        }

    private:
        using Keys = std::unordered_map<std::string_view, std::vector<int>>;
        static std::string_view view(QByteArrayView bytes) { return { bytes.data(), std::size_t(bytes.size()) }; }
        static void lookUp(const Keys& keys, QByteArrayView key, std::vector<int>& hits)
        {
            if (const auto it = keys.find(view(key)); it != keys.end())
                hits.insert(hits.end(), it->second.cbegin(), it->second.cend());
        }
        void add(Keys& keys, const QByteArray& key, int file)
        {
            auto it = keys.find(view(key));
            if (it == keys.end()) {
                m_storage.push_back(key); // the map's views point into these; a deque never moves them
                it = keys.emplace(view(m_storage.back()), std::vector<int>()).first;
            }
            if (std::find(it->second.begin(), it->second.end(), file) == it->second.end())
                it->second.push_back(file);
        }
        std::deque<QByteArray> m_storage;
        Keys m_full;
        Keys m_stems;
    };

    bool isBelowPyz(const BundleTree& tree, NodeId id)
    {
        for (NodeId at = tree.parent(id); at != tree.root() && tree.isValid(at); at = tree.parent(at)) {
            if (tree.nameBytes(at).endsWith(".pyz"))
                return true;
        }
        return false;
    }

    // The single-line string literals of Python source ('…', "…", with any prefix such as f or r), found by a small
    // lexer that skips comments and triple-quoted strings (docstrings name libraries in prose: "load libtorch with
    // RTLD_GLOBAL"). Escapes are kept as written; an f-string's text parts are kept whole ("libfoo.so.{v}").
    void visitSource(QByteArrayView source, const MarshalStrings::Visitor& visitor)
    {
        const qsizetype size = source.size();
        qsizetype i = 0;
        while (i < size) {
            const char c = source[i];
            if (c == '#') {
                while (i < size && source[i] != '\n')
                    ++i;
                continue;
            }
            if (c != '\'' && c != '"') {
                ++i;
                continue;
            }
            if (i + 2 < size && source[i + 1] == c && source[i + 2] == c) { // triple-quoted: skip to its end
                const char triple[] = { c, c, c };
                const qsizetype end = source.indexOf(QByteArrayView(triple, 3), i + 3);
                i = end < 0 ? size : end + 3;
                continue;
            }
            qsizetype end = i + 1;
            while (end < size && source[end] != c && source[end] != '\n')
                end += source[end] == '\\' ? 2 : 1;
            if (end < size && source[end] == c && end - i - 1 >= 4)
                visitor(source.sliced(i + 1, end - i - 1));
            i = end + 1;
        }
    }
} // namespace

QByteArray PythonLibraryReferences::stem(QByteArrayView name)
{
    // ".so" at the end or before a version (".so.1", ".so."), else ".dll" / ".dylib" / ".pyd" at the end.
    for (qsizetype at = name.indexOf(".so"); at > 0; at = name.indexOf(".so", at + 1)) {
        if (at + 3 == name.size() || name[at + 3] == '.')
            return name.first(at).toByteArray();
    }
    for (const QByteArrayView suffix : { QByteArrayView(".dll"), QByteArrayView(".dylib"), QByteArrayView(".pyd") }) {
        if (name.size() > suffix.size()
            && QByteArrayView(name.last(suffix.size())).compare(suffix, Qt::CaseInsensitive) == 0)
            return name.first(name.size() - suffix.size()).toByteArray();
    }
    return {};
}

QString PythonLibraryReferences::moduleName(QStringView relativePath)
{
    QString path = relativePath.toString();
    for (const QLatin1String suffix : { QLatin1String("/__init__.pyc"), QLatin1String("/__init__.py"),
             QLatin1String(".pyc"), QLatin1String(".py") }) {
        if (path.endsWith(suffix)) {
            path.chop(suffix.size());
            break;
        }
    }
    return path.replace(u'/', u'.');
}

PythonLibraryReferences::Result PythonLibraryReferences::find(const BundleTree& tree, const ContentReader& reader,
    const std::vector<Library>& libraries, const CancellationToken& token)
{
    Result result;
    if (libraries.empty())
        return result;
    QElapsedTimer timer;
    timer.start();
    const Matcher matcher(libraries);
    const int version = tree.metadata().value(QStringLiteral("pyinstaller.python_version")).toInt();
    const QString contents = tree.path(tree.contentsRoot());
    std::vector<int> hits;
    for (NodeId id = 0; id < tree.nodeCount() && !token.isCancelled(); ++id) {
        if (tree.kind(id) != NodeKind::File || tree.size(id) > quint64(s_maxModuleBytes))
            continue;
        const QByteArrayView name = tree.nameBytes(id);
        const bool pyc = name.endsWith(".pyc");
        if (!pyc && !name.endsWith(".py"))
            continue;
        const bool pyz = pyc && isBelowPyz(tree, id);
        const std::unique_ptr<QIODevice> device = reader.open(id);
        if (!device)
            continue;
        const QByteArray data = device->read(s_maxModuleBytes);
        hits.clear();
        const MarshalStrings::Visitor visitor = [&matcher, &hits](QByteArrayView text) { matcher.match(text, hits); };
        if (pyz)
            MarshalStrings::visit(data, version, visitor);
        else if (pyc)
            MarshalStrings::visitPyc(data, visitor);
        else
            visitSource(data, visitor);
        ++result.filesRead;
        if (hits.empty())
            continue;
        // PYZ members sit below "<launcher>/PYZ.pyz/"; loose files below the contents folder.
        QString path = tree.path(id);
        if (pyz) {
            const qsizetype at = path.indexOf(QLatin1String(".pyz/"));
            path = path.mid(at + 5);
        } else if (!contents.isEmpty() && path.startsWith(contents + u'/')) {
            path = path.mid(contents.size() + 1);
        }
        const QString module = moduleName(path);
        for (int hit : hits) {
            const NodeId library = libraries[std::size_t(hit)].id;
            if (!result.modules.contains(library))
                result.modules.insert(library, module);
        }
    }
    result.milliseconds = timer.elapsed();
    qCDebug(lcScan) << "python references:" << result.modules.size() << "libraries named in" << result.filesRead
                    << "modules in" << result.milliseconds << "ms";
    return result;
}

} // namespace BundleScope
