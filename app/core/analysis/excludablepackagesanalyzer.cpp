// SPDX-License-Identifier: GPL-3.0-or-later
#include "excludablepackagesanalyzer.h"

#include "analysis/packagelocator.h"
#include "common/sizeformat.h"
#include "deps/importexplanation.h"

#include <algorithm>
#include <array>

namespace BundleScope {

namespace {

    enum class Reason { BuildTool, TestFramework, StdlibTests, Docs, Tk, Notebook, SecondFramework };

    // One excludable group: the module names Analysis(excludes=...) takes, and the prefixes of further top-level
    // entries that come with it (Tcl/Tk data, jupyter_* distributions).
    struct Group {
        const char* key;
        QStringList modules;
        QStringList prefixes;
        Candidate::Confidence confidence;
        Reason reason;
    };

    std::vector<Group> fixedGroups()
    {
        using C = Candidate::Confidence;
        auto list = [](std::initializer_list<const char*> names) {
            QStringList result;
            for (const char* name : names)
                result.append(QLatin1String(name));
            return result;
        };
        return {
            { "pytest", list({ "pytest", "_pytest", "pluggy", "iniconfig" }), {}, C::High, Reason::TestFramework },
            { "unittest", list({ "unittest" }), {}, C::Low, Reason::StdlibTests },
            { "pydoc", list({ "pydoc", "pydoc_data" }), {}, C::Medium, Reason::Docs },
            { "setuptools", list({ "setuptools", "_distutils_hack", "distutils" }), {}, C::High, Reason::BuildTool },
            { "pkg_resources", list({ "pkg_resources" }), {}, C::Medium, Reason::BuildTool },
            { "pip", list({ "pip" }), {}, C::High, Reason::BuildTool },
            { "wheel", list({ "wheel" }), {}, C::High, Reason::BuildTool },
            { "cython", list({ "Cython", "pyximport" }), {}, C::High, Reason::BuildTool },
            { "sphinx", list({ "sphinx", "sphinxcontrib", "alabaster" }), {}, C::High, Reason::Docs },
            { "tkinter", list({ "tkinter", "_tkinter", "_tcl_data", "_tk_data", "tcl", "tk" }),
                list({ "tcl8", "tk8", "libtcl8", "libtk8", "tcl86", "tk86" }), C::Medium, Reason::Tk },
            { "notebook",
                list({ "IPython", "ipykernel", "notebook", "nbformat", "nbconvert", "ipywidgets", "comm", "debugpy" }),
                list({ "jupyter" }), C::Medium, Reason::Notebook },
        };
    }

    // ML frameworks: the biggest one present is the main one, the others are candidates.
    struct Framework {
        const char* key;
        QStringList modules;
    };

    std::array<Framework, 3> frameworks()
    {
        return { Framework { "torch",
                     { QStringLiteral("torch"), QStringLiteral("torchvision"), QStringLiteral("torchaudio"),
                         QStringLiteral("functorch") } },
            Framework { "tensorflow",
                { QStringLiteral("tensorflow"), QStringLiteral("keras"), QStringLiteral("tf_keras"),
                    QStringLiteral("tensorboard") } },
            Framework { "jax", { QStringLiteral("jax"), QStringLiteral("jaxlib") } } };
    }

    std::vector<NodeId> filesWithPrefixes(const BundleTree& tree, const QStringList& prefixes)
    {
        std::vector<NodeId> files;
        if (prefixes.isEmpty())
            return files;
        const NodeId contents = tree.contentsRoot();
        const NodeId dynload = tree.findPath(QString(tree.path(contents) + QStringLiteral("/lib-dynload")));
        for (NodeId dir : { contents, dynload }) {
            if (dir == InvalidNode)
                continue;
            for (NodeId child : tree.children(dir)) {
                const QString name = tree.name(child);
                const bool match = std::any_of(prefixes.cbegin(), prefixes.cend(),
                    [&name](const QString& prefix) { return name.startsWith(prefix); });
                if (match)
                    PackageLocator::collectFiles(tree, child, files);
            }
        }
        return files;
    }

    std::vector<NodeId> groupFiles(const BundleTree& tree, const QStringList& modules, const QStringList& prefixes)
    {
        std::vector<NodeId> files = filesWithPrefixes(tree, prefixes);
        for (const QString& module : modules) {
            const std::vector<NodeId> more = PackageLocator::moduleFiles(tree, module);
            files.insert(files.end(), more.begin(), more.end());
        }
        std::sort(files.begin(), files.end());
        files.erase(std::unique(files.begin(), files.end()), files.end());
        return files;
    }

    QString quotedList(const QStringList& names)
    {
        QStringList quoted;
        for (const QString& name : names)
            quoted.append(u'\'' + name + u'\'');
        return quoted.join(QStringLiteral(", "));
    }

} // namespace

namespace {

    QString reasonText(Reason reason, const QString& names, const QString& mainFramework)
    {
        switch (reason) {
        case Reason::BuildTool:
            return ExcludablePackagesAnalyzer::tr(
                "%1: packaging and build tools. An application does not install packages at run time; they are "
                "collected because some module imports them optionally (pkg_resources is still used by a few "
                "older libraries to read versions: test the bundle).")
                .arg(names);
        case Reason::TestFramework:
            return ExcludablePackagesAnalyzer::tr(
                "%1: a test framework. A shipped application does not run its test suite.")
                .arg(names);
        case Reason::StdlibTests:
            return ExcludablePackagesAnalyzer::tr(
                "%1: the standard test framework. Some libraries (torch._dynamo, numpy.testing) import "
                "unittest at run time, so run the bundle's smoke test after excluding it.")
                .arg(names);
        case Reason::Docs:
            return ExcludablePackagesAnalyzer::tr(
                "%1: the interactive help system and its topic data; only help() uses them.")
                .arg(names);
        case Reason::Tk:
            return ExcludablePackagesAnalyzer::tr(
                "%1: the Tk GUI toolkit with its Tcl/Tk script folders. Needed only if the application opens "
                "Tk windows (including matplotlib's TkAgg backend).")
                .arg(names);
        case Reason::Notebook:
            return ExcludablePackagesAnalyzer::tr(
                "%1: the Jupyter/IPython notebook stack, usually collected through an optional import "
                "(tqdm.notebook, matplotlib, transformers). A deployed application rarely needs it.")
                .arg(names);
        case Reason::SecondFramework:
            return ExcludablePackagesAnalyzer::tr(
                "%1: a second ML framework beside the main one (%2), usually pulled in by an optional import "
                "in a library such as transformers. Exclude it if your code never uses it.")
                .arg(names, mainFramework);
        }
        return {};
    }

    // "2 native file(s) (1.2 GB) stay because other packages need them too: functorch, torch."
    QString keptText(const BundleTree& tree, const std::vector<NodeId>& kept, const QStringList& modules)
    {
        QStringList users;
        for (NodeId id : kept) {
            for (PackageId package : tree.packageUsers(id)) {
                const QString name = tree.packageName(package);
                if (!modules.contains(name, Qt::CaseInsensitive))
                    users.append(name);
            }
        }
        users.sort();
        users.removeDuplicates();
        return ExcludablePackagesAnalyzer::tr(
            "%n native file(s) (%1) stay because other packages need them too: %2.", nullptr, int(kept.size()))
            .arg(SizeFormat::format(PackageLocator::countedBytes(tree, kept)), users.join(QStringLiteral(", ")));
    }

    // "Who imports it", from the import graph: one sentence per module of the group that is in the bundle.
    QString importEvidence(const ImportGraph* imports, const QStringList& modules)
    {
        if (!imports || !imports->isUsable() || !imports->readFailures().empty()) // no word from an incomplete graph
            return {};
        QStringList sentences;
        for (const QString& module : modules) {
            const ImportExplanation::Evidence evidence = ImportExplanation::evidence(*imports, module);
            if (evidence.exists())
                sentences.append(module + QStringLiteral(": ") + ImportExplanation::summary(*imports, evidence));
        }
        return sentences.join(u' ');
    }

    Candidate makeCandidate(const BundleTree& tree, const QString& key, const QStringList& modules,
        const std::vector<NodeId>& files, Candidate::Confidence confidence, const QString& why,
        const ImportGraph* imports)
    {
        // What goes, not what the packages' folders hold: a native library another package needs stays.
        std::vector<NodeId> kept;
        const std::vector<NodeId> going = PackageLocator::removableFiles(tree, files, modules, kept);
        Candidate candidate;
        candidate.kind = Candidate::Kind::ExcludePackage;
        candidate.id = QStringLiteral("exclude_package:") + key;
        candidate.title = ExcludablePackagesAnalyzer::tr("Exclude %1").arg(modules.join(QStringLiteral(", ")));
        candidate.files = PackageLocator::removals(tree, going);
        candidate.bytes = PackageLocator::countedBytes(tree, going);
        candidate.saving = candidate.bytes;
        candidate.confidence = confidence;
        candidate.excludes = modules;
        candidate.why = why + u' '
            + ExcludablePackagesAnalyzer::tr("%n file(s), %1.", nullptr, int(going.size()))
                  .arg(SizeFormat::format(candidate.bytes));
        if (!kept.empty())
            candidate.why += u' ' + keptText(tree, kept, modules);
        if (const QString evidence = importEvidence(imports, modules); !evidence.isEmpty())
            candidate.why += u' ' + evidence;
        candidate.action = ExcludablePackagesAnalyzer::tr("Add excludes=[%1] to Analysis(...) in the .spec file (or "
                                                          "pass --exclude-module for each on the command line).")
                               .arg(quotedList(modules));
        return candidate;
    }

} // namespace

QStringList ExcludablePackagesAnalyzer::namedModules()
{
    QStringList names;
    for (const Group& group : fixedGroups())
        names.append(group.modules);
    return names;
}

std::vector<Candidate> ExcludablePackagesAnalyzer::analyze(const AnalysisContext& context) const
{
    const BundleTree& tree = context.tree;
    const ImportGraph* imports = context.imports.get();
    std::vector<Candidate> candidates;
    for (const Group& group : fixedGroups()) {
        if (context.token.isCancelled())
            return {};
        const std::vector<NodeId> files = groupFiles(tree, group.modules, group.prefixes);
        if (files.empty())
            continue;
        const QString why = reasonText(group.reason, group.modules.join(QStringLiteral(", ")), {});
        candidates.push_back(
            makeCandidate(tree, QLatin1String(group.key), group.modules, files, group.confidence, why, imports));
    }
    // Second frameworks: rank the present ones by size.
    struct Found {
        const Framework* framework;
        std::vector<NodeId> files;
        quint64 bytes;
    };
    const auto all = frameworks();
    std::vector<Found> found;
    for (const Framework& framework : all) {
        std::vector<NodeId> files = groupFiles(tree, framework.modules, {});
        if (!files.empty())
            found.push_back({ &framework, files, PackageLocator::countedBytes(tree, files) });
    }
    std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.bytes > b.bytes; });
    for (std::size_t i = 1; i < found.size(); ++i) {
        const QString why = reasonText(Reason::SecondFramework, found[i].framework->modules.join(QStringLiteral(", ")),
            QLatin1String(found[0].framework->key));
        candidates.push_back(makeCandidate(tree, QLatin1String(found[i].framework->key), found[i].framework->modules,
            found[i].files, Candidate::Confidence::Medium, why, imports));
    }
    return candidates;
}

} // namespace BundleScope
