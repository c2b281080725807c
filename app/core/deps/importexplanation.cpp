// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexplanation.h"

#include <QSet>

#include <algorithm>

namespace BundleScope {

namespace {
    constexpr int s_listedImporters = 3;

    bool inside(const QString& module, const QString& name)
    {
        return module == name
            || (module.startsWith(name) && module.size() > name.size() && module[name.size()] == u'.');
    }

    QString displayName(const ImportGraph& graph, ImportGraph::ModuleId id)
    {
        const ImportGraph::Module& module = graph.module(id);
        return module.isEntry ? ImportExplanation::tr("entry script %1").arg(module.name) : module.name;
    }
} // namespace

bool ImportExplanation::isTestModule(const QString& module)
{
    for (QStringView part : QStringView(module).split(u'.')) {
        if (part == u"test" || part == u"tests" || part == u"testing" || part == u"_testing" || part == u"conftest"
            || part.startsWith(u"test_") || part.endsWith(u"_test") || part.endsWith(u"_tests"))
            return true;
    }
    return false;
}

ImportExplanation::Evidence ImportExplanation::evidence(const ImportGraph& graph, const QString& name)
{
    Evidence result;
    result.modules = graph.packageModules(name);
    std::size_t bestStatic = SIZE_MAX;
    std::size_t bestLazy = SIZE_MAX;
    QSet<QString> importers;
    auto consider = [&](ImportGraph::ModuleId id) {
        if (graph.isReachable(id)) {
            if (const std::size_t length = graph.chainTo(id, false).size(); length < bestStatic) {
                bestStatic = length;
                result.reached = id;
            }
        } else if (graph.isReachableLazily(id)) {
            if (const std::size_t length = graph.chainTo(id, true).size(); length < bestLazy) {
                bestLazy = length;
                result.reachedLazily = id;
            }
        }
        for (ImportGraph::ModuleId importer : graph.importers(id)) {
            if (!inside(graph.module(importer).name, name))
                importers.insert(graph.module(importer).name);
        }
    };
    // The package's own name first: `name` may be imported without having files (an extension module).
    if (const ImportGraph::ModuleId self = graph.find(name); self != ImportGraph::NoModule)
        consider(self);
    for (ImportGraph::ModuleId id : result.modules)
        consider(id);
    if (result.reached != ImportGraph::NoModule)
        result.reachedLazily = ImportGraph::NoModule;
    result.importers = QStringList(importers.cbegin(), importers.cend());
    result.importers.sort();
    result.onlyTests = !result.importers.isEmpty()
        && std::all_of(result.importers.cbegin(), result.importers.cend(), &ImportExplanation::isTestModule);
    return result;
}

QString ImportExplanation::chain(const ImportGraph& graph, const std::vector<ImportGraph::ModuleId>& chain)
{
    QStringList parts;
    for (std::size_t i = 0; i < chain.size(); ++i) {
        QString part = displayName(graph, chain[i]);
        if (i > 0 && graph.isLazyEdge(chain[i - 1], chain[i]))
            part += u' ' + tr("(lazy)");
        parts.append(part);
    }
    return parts.join(QStringLiteral(" → "));
}

QString ImportExplanation::importerSummary(const QStringList& importers)
{
    if (importers.isEmpty())
        return {};
    if (importers.size() > 1) {
        // The longest dotted prefix they share: "torch.testing._internal.*".
        QStringList common = importers.first().split(u'.');
        for (const QString& importer : importers) {
            const QStringList parts = importer.split(u'.');
            qsizetype same = 0;
            while (same < common.size() && same < parts.size() - 1 && common[same] == parts[same])
                ++same;
            common = common.mid(0, same);
        }
        if (common.size() >= 2 || (common.size() == 1 && importers.size() > s_listedImporters))
            return tr("%1.* (%n module(s))", nullptr, int(importers.size())).arg(common.join(u'.'));
    }
    if (importers.size() <= s_listedImporters)
        return importers.join(QStringLiteral(", "));
    return tr("%1 and %n more", nullptr, int(importers.size() - s_listedImporters))
        .arg(importers.mid(0, s_listedImporters).join(QStringLiteral(", ")));
}

QString ImportExplanation::summary(const ImportGraph& graph, const Evidence& evidence)
{
    if (!evidence.exists())
        return {};
    if (evidence.isReachable())
        return tr("The entry script imports it: %1.").arg(chain(graph, graph.chainTo(evidence.reached, false)));
    QString text = tr("No module of it is reachable from the entry script through top-level imports.");
    if (evidence.reachedLazily != ImportGraph::NoModule)
        text += u' '
            + tr("Only imports inside functions reach it: %1.")
                  .arg(chain(graph, graph.chainTo(evidence.reachedLazily, true)));
    if (evidence.importers.isEmpty())
        text += u' ' + tr("Nothing in the bundle imports it.");
    else if (evidence.onlyTests)
        text += u' ' + tr("Imported only by %1 (test code).").arg(importerSummary(evidence.importers));
    else
        text += u' ' + tr("Imported by %1.").arg(importerSummary(evidence.importers));
    return text;
}

QStringList ImportExplanation::details(const ImportGraph& graph, const QString& name)
{
    QStringList lines;
    const Evidence found = evidence(graph, name);
    if (!found.exists()) {
        if (const ImportGraph::ModuleId id = graph.find(name); id != ImportGraph::NoModule && graph.isReachable(id))
            lines.append(tr("Imported (no file in the bundle: an extension or frozen module): %1")
                             .arg(chain(graph, graph.chainTo(id, false))));
        else
            lines.append(tr("No Python module named %1 in the bundle.").arg(name));
    } else {
        lines.append(tr("%n Python module(s) in the bundle.", nullptr, int(found.modules.size())));
        lines.append(summary(graph, found));
        if (!found.importers.isEmpty() && found.importers.size() <= 20) {
            lines.append(tr("Imported directly by:"));
            for (const QString& importer : found.importers)
                lines.append(QStringLiteral("  ") + importer);
        }
    }
    if (!graph.isUsable() && graph.notes().isEmpty())
        lines.append(tr("The bundle has no entry script to start from."));
    for (const QString& note : graph.notes())
        lines.append(note);
    return lines;
}

} // namespace BundleScope
