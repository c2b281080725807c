// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleview.h"

#include "breadcrumbbar.h"
#include "charts/breakdownview.h"
#include "model/bundletreemodel.h"
#include "summarypanel.h"
#include "table/treetablepanel.h"

#include <QColor>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace BundleScope {

namespace {
    QString splitterKey()
    {
        return QStringLiteral("explorer/splitter");
    }

    // One colour per candidate kind for ColorMode::Candidate (order of Candidate::Kind).
    QColor kindColor(Candidate::Kind kind)
    {
        static const QRgb colors[]
            = { 0xe6550d, 0x9467bd, 0xd62728, 0x2ca02c, 0x1f77b4, 0xff7f0e, 0x17becf, 0x8c564b, 0xe377c2, 0x7f7f7f };
        return QColor(colors[std::size_t(kind) % std::size(colors)]);
    }
} // namespace

BundleView::BundleView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new SummaryPanel(this))
    , m_tabs(new QTabWidget(this))
    , m_breakdown(new BreakdownView(this))
{
    m_tabs->addTab(makeExplorer(), tr("Explorer"));
    m_tabs->addTab(m_breakdown, tr("Breakdown"));
    m_tabs->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_treemap, &TreemapWidget::selectedNodeChanged, this, &BundleView::selectNode);
    connect(m_table, &TreeTablePanel::nodeSelected, this, &BundleView::selectNode);
    connect(m_treemap, &TreemapWidget::rootNodeChanged, m_breadcrumb, &BreadcrumbBar::setNode);
    connect(m_breadcrumb, &BreadcrumbBar::nodeClicked, m_treemap, &TreemapWidget::setRootNode);
    connect(m_table, &TreeTablePanel::nodeActivated, this, [this](NodeId id) {
        if (m_tree && m_tree->isDirectory(id))
            m_treemap->setRootNode(id);
    });
    connect(m_breakdown, &BreakdownView::categoryClicked, this, [this](Category category) {
        highlightFiles([this, category](NodeId id) { return m_tree->category(id) == category; });
    });
    connect(m_breakdown, &BreakdownView::packageClicked, this, [this](PackageId package) {
        highlightFiles([this, package](NodeId id) { return m_tree->package(id) == package; });
    });
    connect(m_splitter, &QSplitter::splitterMoved, this,
        [this] { QSettings().setValue(splitterKey(), m_splitter->saveState()); });
}

QWidget* BundleView::makeExplorer()
{
    auto* page = new QWidget(this);
    m_breadcrumb = new BreadcrumbBar(page);
    m_splitter = new QSplitter(Qt::Horizontal, page);
    m_treemap = new TreemapWidget(m_splitter);
    m_table = new TreeTablePanel(m_splitter);
    m_splitter->addWidget(m_treemap);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitter->restoreState(QSettings().value(splitterKey()).toByteArray()))
        m_splitter->setSizes({ 760, 640 });
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_splitter, 1);
    return page;
}

void BundleView::setTree(BundleTreePtr tree)
{
    m_tree = std::move(tree);
    m_selected = InvalidNode;
    m_estimates.reset();
    if (m_sizeByEstimate)
        m_treemap->setSizeFunction({});
    m_summary->setTree(m_tree);
    m_breadcrumb->setTree(m_tree);
    m_treemap->setTree(m_tree);
    m_table->setTree(m_tree);
    m_breakdown->setTree(m_tree);
}

void BundleView::setAnalysis(const AnalysisResultPtr& result)
{
    if (!m_tree || !result)
        return;
    std::vector<quint64> savings(m_tree->nodeCount(), 0);
    std::vector<quint64> best(m_tree->nodeCount(), 0);
    QHash<NodeId, QColor> colors;
    for (const Candidate& candidate : result->candidates) {
        for (const Candidate::FileSaving& file : candidate.files) {
            if (!m_tree->isValid(file.node))
                continue;
            if (candidate.advised)
                savings[file.node] = std::min(m_tree->size(file.node), savings[file.node] + file.saving);
            if (file.saving >= best[file.node] && file.saving > 0) {
                best[file.node] = file.saving;
                colors.insert(file.node, kindColor(candidate.kind));
            }
        }
    }
    std::vector<quint64> totals(m_tree->nodeCount(), 0);
    for (NodeId id = 0; id < m_tree->nodeCount(); ++id) {
        if (savings[id] == 0)
            continue;
        for (NodeId n = id; n != InvalidNode; n = n == m_tree->root() ? InvalidNode : m_tree->parent(n))
            totals[n] += savings[id];
    }
    m_table->model()->setSavings(std::move(totals));
    m_treemap->setCandidateColors(std::move(colors));
}

void BundleView::setEstimates(const std::vector<quint64>& perNode)
{
    if (!m_tree || perNode.size() != m_tree->nodeCount())
        return;
    m_estimates = std::make_shared<const std::vector<quint64>>(perNode);
    m_table->model()->setEstimates(perNode);
    setSizeByEstimate(m_sizeByEstimate);
}

void BundleView::setSizeByEstimate(bool enabled)
{
    m_sizeByEstimate = enabled;
    if (!enabled || !m_estimates) {
        m_treemap->setSizeFunction({});
        return;
    }
    // The render thread reads its own reference to the immutable vector.
    m_treemap->setSizeFunction([estimates = m_estimates](NodeId id) { return (*estimates)[id]; });
}

void BundleView::highlightNodes(const QSet<NodeId>& nodes)
{
    highlightFiles([&nodes](NodeId id) { return nodes.contains(id); });
}

void BundleView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab == Tab::Explorer ? 0 : 1);
}

void BundleView::setColorMode(TreemapWidget::ColorMode mode)
{
    m_treemap->setColorMode(mode);
}

void BundleView::zoomOut()
{
    m_treemap->zoomOut();
}

void BundleView::selectNode(NodeId id)
{
    if (!m_tree || !m_tree->isValid(id) || id == m_selected)
        return;
    m_selected = id;
    if (!isInside(id, m_treemap->rootNode()))
        m_treemap->setRootNode(m_tree->root()); // a table selection outside the zoomed treemap: zoom out
    if (m_treemap->selectedNode() != id)
        m_treemap->setSelectedNode(id);
    if (m_table->selectedNode() != id)
        m_table->selectNode(id);
    Q_EMIT selectionChanged(id);
}

bool BundleView::isInside(NodeId id, NodeId ancestor) const
{
    for (NodeId n = id; n != InvalidNode; n = n == m_tree->root() ? InvalidNode : m_tree->parent(n))
        if (n == ancestor)
            return true;
    return false;
}

QString BundleView::describe(NodeId id) const
{
    if (!m_tree || !m_tree->isValid(id))
        return {};
    const quint64 total = m_tree->totalSize();
    const double share = total == 0 ? 0.0 : 100.0 * double(m_tree->size(id)) / double(total);
    const QLocale locale;
    const QString path = id == m_tree->root() ? m_tree->name(id) : m_tree->path(id);
    return tr("%1 — %2, %3% of the bundle")
        .arg(path, locale.formattedDataSize(qint64(m_tree->size(id)), 1, QLocale::DataSizeIecFormat),
            locale.toString(share, 'f', 1));
}

// Highlights every file that matches in the treemap and the table, selects the largest and shows the explorer.
void BundleView::highlightFiles(const std::function<bool(NodeId)>& matches)
{
    if (!m_tree)
        return;
    QSet<NodeId> nodes;
    NodeId largest = InvalidNode;
    for (NodeId id = 0; id < m_tree->nodeCount(); ++id) {
        if (m_tree->kind(id) != NodeKind::File || !matches(id))
            continue;
        nodes.insert(id);
        if (largest == InvalidNode || m_tree->size(id) > m_tree->size(largest))
            largest = id;
    }
    m_treemap->setHighlightedNodes(nodes);
    m_table->setHighlightedNodes(nodes);
    showTab(Tab::Explorer);
    if (largest != InvalidNode)
        selectNode(largest);
}

} // namespace BundleScope
