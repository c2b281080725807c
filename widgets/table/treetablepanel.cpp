// SPDX-License-Identifier: GPL-3.0-or-later
#include "treetablepanel.h"

#include "model/bundletreemodel.h"
#include "percentbardelegate.h"
#include "treefilterproxymodel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace BundleScope {

TreeTablePanel::TreeTablePanel(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_model(new BundleTreeModel(this))
    , m_proxy(new TreeFilterProxyModel(this))
{
    m_filter->setPlaceholderText(tr("Filter by name (e.g. torch or *.so)"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BundleTreeModel::SizeColumn, Qt::DescendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(BundleTreeModel::PercentColumn, new PercentBarDelegate(m_view));
    m_view->setAccessibleName(tr("Bundle contents"));
    // Name gets room for "libtorch_cpu.so"-length names; Package takes what is left; a scroll bar beyond that.
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(40);
    // Never narrower than the header text: translated titles ("% im Ordner") are longer than the English ones.
    const auto fit = [header](int column, int width) {
        header->resizeSection(column, std::max(width, header->sectionSizeHint(column)));
    };
    fit(BundleTreeModel::NameColumn, 230);
    fit(BundleTreeModel::SizeColumn, 80);
    fit(BundleTreeModel::PercentColumn, 85);
    fit(BundleTreeModel::FilesColumn, 60);
    fit(BundleTreeModel::CategoryColumn, 125);
    fit(BundleTreeModel::PackageColumn, 110);
    fit(BundleTreeModel::SavingColumn, 80);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    // Filtering re-walks the tree: wait for a pause in typing.
    auto* filterTimer = new QTimer(this);
    filterTimer->setSingleShot(true);
    filterTimer->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, filterTimer, qOverload<>(&QTimer::start));
    connect(filterTimer, &QTimer::timeout, this, [this] {
        m_proxy->setFilterText(m_filter->text());
        if (!m_filter->text().trimmed().isEmpty())
            m_view->expandAll();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TreeTablePanel::onCurrentChanged);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &TreeTablePanel::showContextMenu);
    connect(m_view, &QTreeView::doubleClicked, this,
        [this](const QModelIndex& index) { Q_EMIT nodeActivated(m_model->nodeForIndex(m_proxy->mapToSource(index))); });
}

void TreeTablePanel::setTree(BundleTreePtr tree)
{
    m_tree = tree;
    m_filter->clear();
    m_proxy->setFilterText(QString());
    m_model->setTree(std::move(tree));
    m_view->expand(m_proxy->index(0, 0));
    if (m_tree && m_tree->contentsRoot() != m_tree->root())
        m_view->expand(viewIndexForNode(m_tree->contentsRoot()));
}

QModelIndex TreeTablePanel::viewIndexForNode(NodeId id) const
{
    return m_proxy->mapFromSource(m_model->indexForNode(id));
}

void TreeTablePanel::selectNode(NodeId id)
{
    if (!m_tree || !m_tree->isValid(id) || id == selectedNode())
        return;
    const QModelIndex index = viewIndexForNode(id);
    if (!index.isValid())
        return; // filtered out
    m_syncing = true;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_view->expand(parent);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::EnsureVisible);
    m_syncing = false;
}

NodeId TreeTablePanel::selectedNode() const
{
    return m_model->nodeForIndex(m_proxy->mapToSource(m_view->currentIndex()));
}

void TreeTablePanel::setHighlightedNodes(const QSet<NodeId>& nodes)
{
    m_proxy->setHighlightedNodes(nodes);
}

void TreeTablePanel::onCurrentChanged(const QModelIndex& current)
{
    if (m_syncing)
        return;
    const NodeId id = m_model->nodeForIndex(m_proxy->mapToSource(current));
    if (id != InvalidNode)
        Q_EMIT nodeSelected(id);
}

void TreeTablePanel::showContextMenu(const QPoint& position)
{
    const NodeId id = m_model->nodeForIndex(m_proxy->mapToSource(m_view->indexAt(position)));
    if (!m_tree || id == InvalidNode)
        return;
    QMenu menu(this);
    QAction* open = menu.addAction(tr("Open Containing Folder"));
    open->setEnabled(m_tree->sourceKind() == BundleTree::SourceKind::Folder);
    connect(open, &QAction::triggered, this, [this, id] { openContainingFolder(id); });
    connect(menu.addAction(tr("Copy Path")), &QAction::triggered, this,
        [this, id] { QGuiApplication::clipboard()->setText(m_tree->absolutePath(id)); });
    connect(menu.addAction(tr("Copy Size")), &QAction::triggered, this, [this, id] {
        QGuiApplication::clipboard()->setText(
            tr("%1 (%2 bytes)")
                .arg(QLocale().formattedDataSize(qint64(m_tree->size(id)), 1, QLocale::DataSizeIecFormat),
                    QString::number(m_tree->size(id))));
    });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void TreeTablePanel::openContainingFolder(NodeId id) const
{
    const QString path = m_tree->absolutePath(id);
    const QString folder = m_tree->isDirectory(id) ? path : QFileInfo(path).absolutePath();
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

} // namespace BundleScope
