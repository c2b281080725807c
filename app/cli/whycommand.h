// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "model/bundletree.h"

#include <QCoreApplication>

#include <vector>

namespace BundleScope {

class DependencyGraph;
class ImportGraph;

// `bundlescope why PATH FILE`: scans PATH through ScanPipeline and explains why FILE (relative to the bundle root, or
// a bare file name) is in the bundle: the shortest chain of native files that load it up to an extension module or
// the launcher, what it needs (inside the bundle and from the system), and what removing it would orphan; for a Python
// module file, also who imports it. When FILE is no file but a Python package or module name, the chain of imports
// from the entry script to it (ImportExplanation). Exit 2 when FILE is neither. Main thread; owned by CommandLine.
class WhyCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::WhyCommand)
public:
    QString name() const override { return QStringLiteral("why"); }
    QString summary() const override;
    QString usage() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const override;

    // FILE as a path relative to the root, else the first native file (then any file) with that name.
    static NodeId findFile(const BundleTree& tree, const DependencyGraph& graph, const QString& file);
    // Native files whose library stem is `name` or "lib" + name (libblas, blas -> libblas.so.3), sorted by id.
    static std::vector<NodeId> librariesNamed(
        const BundleTree& tree, const DependencyGraph& graph, const QString& name);

private:
    // Up to five files whose name contains `name` (any case): suggestions when nothing matched.
    static std::vector<NodeId> filesNamedLike(const BundleTree& tree, const QString& name);
    static QStringList paths(const BundleTree& tree, const std::vector<NodeId>& ids);
    static void explain(const BundleTree& tree, const DependencyGraph& graph, NodeId id, QTextStream& out);
    // FILE as a Python package or module of the import graph; false when the graph has no such name.
    static bool explainModule(
        const BundleTree& tree, const ImportGraph& imports, const QString& name, QTextStream& out);
};

} // namespace BundleScope
