// SPDX-License-Identifier: GPL-3.0-or-later
#include "devfilesanalyzer.h"

#include "analysis/droppattern.h"
#include "analysis/packagelocator.h"
#include "common/sizeformat.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace BundleScope {

using FileKind = DevFilesAnalyzer::FileKind;

namespace {

    bool isFolderKind(FileKind kind)
    {
        return kind == FileKind::Tests || kind == FileKind::Examples || kind == FileKind::Docs
            || kind == FileKind::PyCache;
    }

    bool folderOfKind(FileKind kind, QStringView dir)
    {
        switch (kind) {
        case FileKind::Tests:
            return dir == u"tests" || dir == u"test";
        case FileKind::Examples:
            return dir == u"examples" || dir == u"example";
        case FileKind::Docs:
            return dir == u"docs" || dir == u"doc";
        case FileKind::PyCache:
            return dir == u"__pycache__";
        default:
            return false;
        }
    }

    bool isLicence(QStringView name)
    {
        for (const char* prefix : { "LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS" }) {
            if (name.startsWith(QLatin1String(prefix), Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

    FileKind kindByExtension(QStringView ext, QStringView name, const QList<QStringView>& dirs)
    {
        static const QSet<QString> headers { QStringLiteral("h"), QStringLiteral("hh"), QStringLiteral("hpp"),
            QStringLiteral("hxx"), QStringLiteral("cuh"), QStringLiteral("inl"), QStringLiteral("tcc") };
        static const QSet<QString> sources { QStringLiteral("c"), QStringLiteral("cc"), QStringLiteral("cpp"),
            QStringLiteral("cxx"), QStringLiteral("cu"), QStringLiteral("pyx"), QStringLiteral("pxd"),
            QStringLiteral("pxi") };
        const QString e = ext.toString();
        if (headers.contains(e))
            return FileKind::Headers;
        if (e == u"a" || e == u"lib")
            return FileKind::StaticLibs;
        if (e == u"cmake" || name == u"CMakeLists.txt")
            return FileKind::CMake;
        if (e == u"pc" && dirs.contains(u"pkgconfig"))
            return FileKind::PkgConfig;
        if (e == u"pyi")
            return FileKind::Stubs;
        if (sources.contains(e))
            return FileKind::CSources;
        return FileKind::None;
    }

    Candidate::Confidence confidenceOf(FileKind kind)
    {
        switch (kind) {
        case FileKind::PyCache:
        case FileKind::Headers:
        case FileKind::CSources:
            return Candidate::Confidence::Medium;
        case FileKind::PySources:
            return Candidate::Confidence::Low;
        default:
            return Candidate::Confidence::High;
        }
    }

    // The glob that drops this file in the generated filter: a folder glob for folder kinds, an extension glob inside
    // the file's top-level package for extension kinds, the exact path otherwise.
    QString patternFor(FileKind kind, const QString& path)
    {
        const QStringList parts = path.split(u'/');
        const QString& first = parts.first();
        if (isFolderKind(kind)) {
            for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
                if (!folderOfKind(kind, parts[i]))
                    continue;
                if (i == 0)
                    return parts[i] + QStringLiteral("/*");
                if (i == 1)
                    return first + u'/' + parts[i] + QStringLiteral("/*");
                return first + QStringLiteral("/*/") + parts[i] + QStringLiteral("/*");
            }
        }
        const bool byExtension = kind != FileKind::TestPrograms && kind != FileKind::PySources
            && !parts.last().startsWith(QStringLiteral("CMakeLists"));
        if (byExtension && parts.size() > 1) {
            const QString name = parts.last();
            return first + QStringLiteral("/*") + name.mid(name.lastIndexOf(u'.'));
        }
        return path;
    }

    bool hasBytecode(const BundleTree& tree, NodeId file)
    {
        const QString name = tree.name(file);
        const QString stem = name.left(name.size() - 3);
        const NodeId dir = tree.parent(file);
        const QString dirPath = tree.path(dir);
        const QString prefix = dirPath.isEmpty() ? QString() : dirPath + u'/';
        if (tree.findPath(QString(prefix + stem + QStringLiteral(".pyc"))) != InvalidNode)
            return true;
        const NodeId cache = tree.findPath(QString(prefix + QStringLiteral("__pycache__")));
        if (cache == InvalidNode)
            return false;
        for (NodeId child : tree.children(cache)) {
            const QString cached = tree.name(child);
            if (cached.startsWith(stem + u'.') && cached.endsWith(QStringLiteral(".pyc")))
                return true;
        }
        return false;
    }

    struct Group {
        std::vector<NodeId> files;
        QStringList patterns;
        Candidate::Confidence confidence = Candidate::Confidence::High;
    };

} // namespace

FileKind DevFilesAnalyzer::classify(QStringView contentsPath, bool bytecodeExists)
{
    QList<QStringView> parts = contentsPath.split(u'/');
    const QStringView name = parts.takeLast();
    if (isLicence(name))
        return FileKind::None;
    for (QStringView dir : std::as_const(parts)) {
        if (dir.endsWith(u".dist-info") || dir.endsWith(u".egg-info"))
            return FileKind::None;
    }
    if (parts.size() >= 2 && parts.last() == u"bin" && (name.startsWith(u"test") || name.contains(u"_test")))
        return FileKind::TestPrograms;
    for (FileKind kind : { FileKind::Tests, FileKind::Examples, FileKind::Docs }) {
        for (QStringView dir : std::as_const(parts)) {
            if (folderOfKind(kind, dir))
                return kind;
        }
    }
    const qsizetype dot = name.lastIndexOf(u'.');
    const QStringView ext = dot >= 0 ? name.mid(dot + 1) : QStringView();
    if (!parts.isEmpty() && parts.last() == u"__pycache__" && ext == u"pyc")
        return FileKind::PyCache;
    const FileKind byExtension = kindByExtension(ext.toString().toLower(), name, parts);
    if (byExtension != FileKind::None)
        return byExtension;
    if (ext == u"py" && bytecodeExists)
        return FileKind::PySources;
    return FileKind::None;
}

QString DevFilesAnalyzer::kindId(FileKind kind)
{
    static const char* const ids[] = { "test_programs", "tests", "examples", "docs", "pycache", "headers",
        "static_libs", "cmake", "pkgconfig", "stubs", "c_sources", "py_sources", "none" };
    return QLatin1String(ids[int(kind)]);
}

namespace {

    QString titleFor(FileKind kind, const QString& package)
    {
        const QString where = package.isEmpty() ? DevFilesAnalyzer::tr("the top-level folder") : package;
        switch (kind) {
        case FileKind::TestPrograms:
            return DevFilesAnalyzer::tr("Test programs in %1").arg(where);
        case FileKind::Tests:
            return DevFilesAnalyzer::tr("Test suites in %1").arg(where);
        case FileKind::Examples:
            return DevFilesAnalyzer::tr("Examples in %1").arg(where);
        case FileKind::Docs:
            return DevFilesAnalyzer::tr("Documentation in %1").arg(where);
        case FileKind::PyCache:
            return DevFilesAnalyzer::tr("__pycache__ bytecode in %1").arg(where);
        case FileKind::Headers:
            return DevFilesAnalyzer::tr("C/C++ headers in %1").arg(where);
        case FileKind::StaticLibs:
            return DevFilesAnalyzer::tr("Static libraries in %1").arg(where);
        case FileKind::CMake:
            return DevFilesAnalyzer::tr("CMake files in %1").arg(where);
        case FileKind::PkgConfig:
            return DevFilesAnalyzer::tr("pkg-config files in %1").arg(where);
        case FileKind::Stubs:
            return DevFilesAnalyzer::tr("Type stubs (.pyi) in %1").arg(where);
        case FileKind::CSources:
            return DevFilesAnalyzer::tr("C/C++/CUDA/Cython sources in %1").arg(where);
        case FileKind::PySources:
            return DevFilesAnalyzer::tr("Python sources beside their bytecode in %1").arg(where);
        case FileKind::None:
            break;
        }
        return {};
    }

    QString whyFor(FileKind kind)
    {
        switch (kind) {
        case FileKind::TestPrograms:
            return DevFilesAnalyzer::tr("Test executables built with the library; the application never runs them.");
        case FileKind::Tests:
        case FileKind::Examples:
        case FileKind::Docs:
            return DevFilesAnalyzer::tr(
                "Collected as data along with the package; nothing imports them when the application runs.");
        case FileKind::PyCache:
            return DevFilesAnalyzer::tr(
                "Bytecode caches of collected .py files. The frozen importer loads modules from the PYZ archive, "
                "so these copies are not used.");
        case FileKind::Headers:
            return DevFilesAnalyzer::tr(
                "Needed only to compile extensions at run time (torch.utils.cpp_extension, Triton kernels). "
                "Keep them if the application JIT-compiles C++/CUDA code.");
        case FileKind::StaticLibs:
        case FileKind::CMake:
        case FileKind::PkgConfig:
            return DevFilesAnalyzer::tr(
                "Build-time files for linking against the library; a running application never reads them.");
        case FileKind::Stubs:
            return DevFilesAnalyzer::tr("Type hints for editors and type checkers; Python ignores them at run time.");
        case FileKind::CSources:
            return DevFilesAnalyzer::tr(
                "Sources of compiled extensions. A few libraries compile kernels from shipped sources at run "
                "time: test the bundle.");
        case FileKind::PySources:
            return DevFilesAnalyzer::tr(
                "Bytecode of these modules exists too. PyInstaller ships some sources on purpose (TorchScript and "
                "inspect.getsource need them, hooks collect them with collect_data_files): test carefully.");
        case FileKind::None:
            break;
        }
        return {};
    }

} // namespace

std::vector<Candidate> DevFilesAnalyzer::analyze(const AnalysisContext& context) const
{
    const BundleTree& tree = context.tree;
    QMap<std::pair<int, QString>, Group> groups; // ordered: deterministic
    for (NodeId id = 0; id < tree.nodeCount(); ++id) {
        if ((id & 0xfff) == 0 && context.token.isCancelled())
            return {};
        if (tree.kind(id) != NodeKind::File)
            continue;
        const QString path = PackageLocator::contentsPath(tree, id);
        const bool maybeSource = path.endsWith(QStringLiteral(".py"));
        const FileKind kind = classify(path, maybeSource && hasBytecode(tree, id));
        if (kind == FileKind::None)
            continue;
        Group& group = groups[{ int(kind), PackageLocator::packageKey(tree, id) }];
        group.files.push_back(id);
        const QString pattern = patternFor(kind, path);
        if (!group.patterns.contains(pattern))
            group.patterns.append(pattern);
        group.confidence = confidenceOf(kind);
    }
    std::vector<Candidate> candidates;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const FileKind kind = FileKind(it.key().first);
        const QString& package = it.key().second;
        Candidate candidate;
        candidate.kind = Candidate::Kind::DevFiles;
        candidate.id = QStringLiteral("dev_files:") + kindId(kind) + u':'
            + (package.isEmpty() ? QStringLiteral("_top") : package);
        candidate.title = titleFor(kind, package);
        candidate.files = PackageLocator::removals(tree, it->files);
        candidate.bytes = PackageLocator::countedBytes(tree, it->files);
        candidate.saving = candidate.bytes;
        candidate.confidence = it->confidence;
        candidate.dropPatterns = it->patterns;
        std::sort(candidate.dropPatterns.begin(), candidate.dropPatterns.end());
        candidate.why = whyFor(kind) + u' '
            + tr("%n file(s), %1.", nullptr, int(it->files.size())).arg(SizeFormat::format(candidate.bytes));
        candidate.action = tr("Add after Analysis(...) in the .spec file (or pass excludes= to the hook's "
                              "collect_data_files):")
            + u'\n' + DropPattern::filterSnippet(candidate.dropPatterns);
        candidates.push_back(std::move(candidate));
    }
    return candidates;
}

} // namespace BundleScope
