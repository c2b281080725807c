// SPDX-License-Identifier: GPL-3.0-or-later
#include "packageattributor.h"

#include "pythonstdlib.h"

#include <QRegularExpression>

#include <array>
#include <vector>

namespace BundleScope {

namespace {

    using Scope = PackageRule::Scope;

    // "{native}" in a pattern stands for a shared-library suffix: .so, .so.1.2.3, .dll, .dylib.
    const QLatin1String s_nativePlaceholder("{native}");
    const QLatin1String s_nativeSuffix("\\.(?:so(?:\\.[0-9]+)*|dll|dylib)");

    // THE attribution table. Names are those of entries directly inside the contents folder (`_internal` for
    // PyInstaller >= 6 one-folder bundles, the top folder before). Deeper entries inherit their top-level folder's
    // package; RECORD files of *.dist-info folders then override (see BundleAnnotator); the launcher next to the
    // contents folder is "Python runtime"; anything no rule claims is "(other)". Layout references: PyInstaller 6
    // "Bundle structure" documentation (the contents directory), wheel RECORD (PEP 376).
    const std::array<PackageRule, 25> s_rules { {
        // --- folders ---------------------------------------------------------------------------------------------
        { Scope::TopLevelDirectory, "__pycache__", "", false },
        // Installed-package metadata: name before the version ("torch-2.1.0.dist-info", "foo.egg-info").
        { Scope::TopLevelDirectory, "([^-]+)(?:-.*)?\\.(?:dist|egg)-info", "%1", false },
        // auditwheel / delvewheel vendored libraries: numpy.libs, scipy.libs, Pillow.libs.
        { Scope::TopLevelDirectory, "(.+)\\.libs", "%1", false },
        // NVIDIA pip wheels share the "nvidia" namespace folder: nvidia/cublas -> nvidia-cublas.
        { Scope::TopLevelDirectory, "nvidia", "nvidia", true },
        { Scope::TopLevelDirectory, "lib-dynload|python3(?:\\.[0-9]+)?", "Python runtime", false },
        { Scope::TopLevelDirectory, "_tcl_data|_tk_data|tcl[0-9.]*|tk[0-9.]*", "tkinter", false },
        // A Python package (import name) folder.
        { Scope::TopLevelDirectory, "([A-Za-z_][A-Za-z0-9_]*)", "%1", false },
        // --- files -----------------------------------------------------------------------------------------------
        { Scope::TopLevelFile, "base_library\\.zip|PYZ[^/]*\\.pyz|Python", "Python runtime", false },
        { Scope::TopLevelFile, "libpython3[^/]*{native}|python3[0-9]*(?:_d)?\\.dll", "Python runtime", false },
        { Scope::TopLevelFile, "(?:lib)?(?:torch|c10|caffe2)(?:[_.-][^/]*)?{native}|libshm{native}", "torch", false,
            true },
        { Scope::TopLevelFile, "(?:lib)?cudnn[^/]*{native}", "nvidia-cudnn", false, true },
        { Scope::TopLevelFile, "(?:lib)?cublas[^/]*{native}", "nvidia-cublas", false, true },
        { Scope::TopLevelFile, "(?:lib)?cufft[^/]*{native}", "nvidia-cufft", false, true },
        { Scope::TopLevelFile, "(?:lib)?curand[^/]*{native}", "nvidia-curand", false, true },
        { Scope::TopLevelFile, "(?:lib)?cusparse[^/]*{native}", "nvidia-cusparse", false, true },
        { Scope::TopLevelFile, "(?:lib)?cusolver[^/]*{native}", "nvidia-cusolver", false, true },
        { Scope::TopLevelFile, "(?:lib)?nccl[^/]*{native}", "nvidia-nccl", false, true },
        { Scope::TopLevelFile, "(?:lib)?nvrtc[^/]*{native}", "nvidia-cuda-nvrtc", false, true },
        { Scope::TopLevelFile, "(?:lib)?nvjitlink[^/]*{native}", "nvidia-nvjitlink", false, true },
        { Scope::TopLevelFile, "(?:lib)?cudart[^/]*{native}", "nvidia-cuda-runtime", false, true },
        { Scope::TopLevelFile, "(?:lib)?Qt[56][^/]*{native}", "Qt", false, true },
        // Best effort: the BLAS/Fortran runtime wheels of numpy (and scipy) vendor.
        { Scope::TopLevelFile, "lib(?:scipy_)?(?:openblas|gfortran|quadmath)[^/]*{native}", "numpy", false },
        // Extension modules at the top: foo.cpython-311-x86_64-linux-gnu.so, foo.abi3.so, foo.cp311-win_amd64.pyd.
        { Scope::TopLevelFile, "([A-Za-z_][A-Za-z0-9_]*)\\.(?:cpython-[^./]+|abi3|cp3[0-9]+[^./]*|pypy[^./]*)\\.so",
            "%1", false },
        { Scope::TopLevelFile, "([A-Za-z_][A-Za-z0-9_]*)(?:\\.[^./]+)?\\.pyd", "%1", false },
        { Scope::TopLevelFile, "(?!)", "", false }, // sentinel: nothing else at the top belongs to a package
    } };

    const std::vector<QRegularExpression>& compiledRules()
    {
        static const std::vector<QRegularExpression> compiled = [] {
            std::vector<QRegularExpression> result;
            result.reserve(s_rules.size());
            for (const PackageRule& rule : s_rules) {
                QString pattern = QString::fromLatin1(rule.pattern);
                pattern.replace(s_nativePlaceholder, s_nativeSuffix);
                result.emplace_back(
                    QRegularExpression::anchoredPattern(pattern), QRegularExpression::CaseInsensitiveOption);
            }
            return result;
        }();
        return compiled;
    }

    // First CSV field of a RECORD line; handles "quoted, with ""escapes""".
    QString firstCsvField(const QByteArray& line)
    {
        if (!line.startsWith('"'))
            return QString::fromUtf8(line.left(line.indexOf(',')));
        QByteArray field;
        for (qsizetype i = 1; i < line.size(); ++i) {
            if (line.at(i) == '"') {
                if (i + 1 < line.size() && line.at(i + 1) == '"') {
                    field.append('"');
                    ++i;
                    continue;
                }
                break;
            }
            field.append(line.at(i));
        }
        return QString::fromUtf8(field);
    }

} // namespace

std::span<const PackageRule> PackageAttributor::rules()
{
    return s_rules;
}

PackageAttributor::Match PackageAttributor::matchTopLevel(QStringView name, bool directory)
{
    const Scope wanted = directory ? Scope::TopLevelDirectory : Scope::TopLevelFile;
    const std::vector<QRegularExpression>& compiled = compiledRules();
    const QString text = name.toString();
    for (std::size_t i = 0; i < s_rules.size(); ++i) {
        const PackageRule& rule = s_rules[i];
        if (rule.scope != wanted)
            continue;
        const QRegularExpressionMatch match = compiled[i].match(text);
        if (!match.hasMatch())
            continue;
        const QLatin1String package(rule.package);
        Match result;
        result.matched = true;
        result.namespaceFolder = rule.namespaceFolder;
        result.package = package == QLatin1String("%1") ? normalize(match.captured(1)) : QString(package);
        return result;
    }
    return {};
}

QString PackageAttributor::libraryFamily(QStringView fileName)
{
    const std::vector<QRegularExpression>& compiled = compiledRules();
    const QString text = fileName.toString();
    for (std::size_t i = 0; i < s_rules.size(); ++i) {
        if (s_rules[i].family && compiled[i].match(text).hasMatch())
            return QString::fromLatin1(s_rules[i].package);
    }
    return {};
}

bool PackageAttributor::isFamilyLibrary(QStringView fileName, const QString& package)
{
    if (package.isEmpty())
        return false;
    if (libraryFamily(fileName) == package)
        return true;
    static const QRegularExpression stem(
        QRegularExpression::anchoredPattern(QStringLiteral("(?:lib)?(.+?)(?:-[0-9a-f]{8})?") + s_nativeSuffix),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = stem.match(fileName.toString());
    if (!match.hasMatch())
        return false;
    const QString name = normalize(match.captured(1));
    return name == package || name.startsWith(package + u'-');
}

bool PackageAttributor::isPyzArchiveName(QStringView name)
{
    return name.startsWith(u"PYZ", Qt::CaseInsensitive) && name.endsWith(u".pyz", Qt::CaseInsensitive);
}

QString PackageAttributor::pyzModulePackage(QStringView name)
{
    if (name.startsWith(u'('))
        return {};
    QStringView module = name;
    if (module.endsWith(u".pyc"))
        module.chop(4);
    if (PythonStdlib::isStandardModule(module))
        return {};
    return normalize(module);
}

QString PackageAttributor::normalize(QStringView name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name) {
        const bool separator = c == u'-' || c == u'_' || c == u'.';
        if (!separator)
            result.append(c.toLower());
        else if (!result.isEmpty() && !result.endsWith(u'-'))
            result.append(u'-');
    }
    while (result.endsWith(u'-'))
        result.chop(1);
    static const QRegularExpression cudaSuffix(QStringLiteral("^(nvidia-.+)-cu[0-9]+$"));
    const QRegularExpressionMatch match = cudaSuffix.match(result);
    return match.hasMatch() ? match.captured(1) : result;
}

QString PackageAttributor::metadataFolderPackage(QStringView folderName)
{
    QStringView base;
    for (const QLatin1String suffix : { QLatin1String(".dist-info"), QLatin1String(".egg-info") }) {
        if (folderName.endsWith(suffix, Qt::CaseInsensitive))
            base = folderName.chopped(suffix.size());
    }
    if (base.isEmpty())
        return {};
    const qsizetype dash = base.indexOf(u'-');
    return normalize(dash < 0 ? base : base.left(dash));
}

QStringList PackageAttributor::parseRecord(const QByteArray& record)
{
    QStringList paths;
    for (QByteArray line : record.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        const QString path = firstCsvField(line);
        if (path.isEmpty() || path.startsWith(u'/') || path.startsWith(u'\\') || (path.size() > 1 && path[1] == u':'))
            continue;
        const QStringList parts = path.split(u'/');
        if (parts.contains(QStringLiteral("..")))
            continue;
        paths.append(path);
    }
    return paths;
}

} // namespace BundleScope
