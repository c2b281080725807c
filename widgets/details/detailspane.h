// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deps/dependencygraph.h"
#include "deps/importgraph.h"
#include "model/bundletree.h"
#include "slim/slimcontroller.h"

#include <QHash>

#include <QWidget>

class QLabel;

namespace BundleScope {

// "Why is it here": for the selected node, the shortest "Needed by" chain to an extension module or the launcher
// (each link clickable: nodeActivated), what it needs, what removing it would orphan, and the libraries the bundle
// expects from the system; for a Python module or package folder (with setImports()), the chain of imports from the
// entry script and who imports it (ImportExplanation); after a verified-slimming run, the verdict of the candidate
// acting on the node with its evidence. Shows only what the graphs and the slim run computed; GUI thread; owned by its
// parent (the main window docks it).
class DetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit DetailsPane(QWidget* parent = nullptr);

    void setContext(BundleTreePtr tree, std::shared_ptr<const DependencyGraph> graph);
    // The Python import graph of the same scan (null when it has none); call after setContext().
    void setImports(std::shared_ptr<const ImportGraph> imports);
    void setNode(NodeId id);
    // The verdicts to show for the files a verified candidate acts on (nullptr: none).
    void setSlimResult(SlimResultPtr result);
    NodeId node() const { return m_node; }
    QString text() const; // the rich text shown, for tests

Q_SIGNALS:
    void nodeActivated(NodeId id);

private:
    void refresh();
    void activateLink(const QString& link);
    QString linkTo(NodeId id) const;
    QString chainHtml(NodeId id) const;
    QString needsHtml(NodeId id) const;
    QString systemHtml() const;
    QString verdictHtml(NodeId id) const;
    QString moduleName(NodeId id) const; // the Python module a file or package folder is; empty when none
    QString importsHtml(const QString& module) const;

    BundleTreePtr m_tree;
    std::shared_ptr<const DependencyGraph> m_graph;
    std::shared_ptr<const ImportGraph> m_imports;
    NodeId m_node = InvalidNode;
    SlimResultPtr m_slim;
    QHash<QString, const SlimItem*> m_slimByPath; // action path → its item in m_slim
    QLabel* m_label = nullptr;
};

} // namespace BundleScope
