// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "model/bundletree.h"
#include "treemap/treemapwidget.h"

#include <QWidget>

class QSplitter;
class QTabWidget;

namespace BundleScope {

class BreadcrumbBar;
class BreakdownView;
class SummaryPanel;
class TreeTablePanel;

// The page shown once a bundle is open: the summary line, then tabs "Explorer" (breadcrumb bar, treemap and tree
// table side by side in a splitter whose state is kept in QSettings) and "Breakdown" (charts). Keeps the treemap and
// the table selecting the same node, and turns chart clicks and candidates into highlighted files. GUI thread; owned by
// MainWindow.
class BundleView : public QWidget {
    Q_OBJECT
public:
    enum class Tab { Explorer, Breakdown };

    explicit BundleView(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(BundleView)

    void setTree(BundleTreePtr tree);
    // Fills the table's Saving column and the treemap's candidate colours from a finished analysis.
    void setAnalysis(const AnalysisResultPtr& result);
    // Estimated .tar.gz bytes per node (NodeId-indexed, directories summed): the table's Est./Ratio columns.
    void setEstimates(const std::vector<quint64>& perNode);
    bool hasEstimates() const { return m_estimates != nullptr; }
    // Sizes the treemap tiles by estimated compressed bytes instead of file bytes (once estimates exist).
    void setSizeByEstimate(bool enabled);
    // Highlights these files in both views, selects the largest and shows the explorer.
    void highlightNodes(const QSet<NodeId>& nodes);
    BundleTreePtr tree() const { return m_tree; }
    void showTab(Tab tab);
    void setColorMode(TreemapWidget::ColorMode mode);
    void zoomOut();
    void selectNode(NodeId id); // in both views
    NodeId selectedNode() const { return m_selected; }
    // "torch/lib/libtorch_cpu.so — 1.2 GiB, 41.0% of the bundle" for the status bar.
    QString describe(NodeId id) const;

    TreemapWidget* treemap() const { return m_treemap; }
    TreeTablePanel* table() const { return m_table; }
    SummaryPanel* summary() const { return m_summary; }
    BreadcrumbBar* breadcrumb() const { return m_breadcrumb; }
    BreakdownView* breakdown() const { return m_breakdown; }

Q_SIGNALS:
    void selectionChanged(BundleScope::NodeId id);

private:
    QWidget* makeExplorer();
    bool isInside(NodeId id, NodeId ancestor) const;
    void highlightFiles(const std::function<bool(NodeId)>& matches);

    BundleTreePtr m_tree;
    std::shared_ptr<const std::vector<quint64>> m_estimates;
    bool m_sizeByEstimate = false;
    NodeId m_selected = InvalidNode;
    SummaryPanel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    BreadcrumbBar* m_breadcrumb = nullptr;
    QSplitter* m_splitter = nullptr;
    TreemapWidget* m_treemap = nullptr;
    TreeTablePanel* m_table = nullptr;
    BreakdownView* m_breakdown = nullptr;
};

} // namespace BundleScope
