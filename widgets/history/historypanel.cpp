// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypanel.h"

#include "historychart.h"
#include "historymodel.h"
#include "historyrecorder.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace BundleScope {

HistoryPanel::HistoryPanel(QWidget* parent)
    : QWidget(parent)
    , m_chart(new HistoryChart(this))
    , m_model(new HistoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_caption(new QLabel(this))
    , m_buttons(new QWidget(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HistoryModel::RawValueRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HistoryModel::DateColumn, Qt::DescendingOrder); // newest on top
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(HistoryModel::DateColumn, QHeaderView::Stretch);
    m_chart->setMinimumSize(320, 180);

    auto* buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    m_compareAction = addButton(
        tr("Compare with Current"), tr("Open a comparison of this snapshot (the baseline) with the open bundle"));
    m_openAction = addButton(tr("Open Snapshot"), tr("Open this snapshot read-only"));
    m_deleteAction = addButton(tr("Delete"), tr("Delete this snapshot from the history"));
    buttons->addStretch(1);

    // Side by side: the dock sits below the bundle view, wide and short.
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    connect(m_compareAction, &QAction::triggered, this, [this] { Q_EMIT compareRequested(selectedPath()); });
    connect(m_openAction, &QAction::triggered, this, [this] { Q_EMIT openRequested(selectedPath()); });
    connect(m_deleteAction, &QAction::triggered, this, &HistoryPanel::deleteSelected);
    connect(m_view, &QAbstractItemView::doubleClicked, m_compareAction, &QAction::trigger);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::updateActions);
    setBundleName({});
}

QAction* HistoryPanel::addButton(const QString& text, const QString& toolTip)
{
    auto* action = new QAction(text, this);
    action->setToolTip(toolTip);
    m_view->addAction(action); // context menu
    auto* button = new QToolButton(m_buttons);
    button->setDefaultAction(action);
    m_buttons->layout()->addWidget(button);
    return action;
}

void HistoryPanel::setBundleName(const QString& bundleName)
{
    m_bundleName = bundleName;
    refresh();
}

void HistoryPanel::refresh()
{
    const QString selected = selectedPath();
    std::vector<HistoryStore::Entry> entries;
    if (!m_bundleName.isEmpty())
        entries = HistoryStore(HistoryRecorder::directory()).entries(m_bundleName);
    m_chart->setEntries(m_bundleName, entries);
    m_model->setEntries(std::move(entries));
    m_caption->setText(m_bundleName.isEmpty()
            ? tr("No bundle is open.")
            : tr("%n snapshot(s) of %1", nullptr, m_model->rowCount()).arg(m_bundleName));
    m_view->setVisible(m_model->rowCount() > 0);
    m_caption->setVisible(m_model->rowCount() > 0 || m_bundleName.isEmpty()); // else the chart's text says it
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(HistoryModel::PathRole).toString() == selected)
            selectRow(row);
    }
    updateActions();
}

void HistoryPanel::follow(HistoryRecorder* recorder)
{
    connect(recorder, &HistoryRecorder::recorded, this, [this](const QString& bundleName) {
        if (bundleName == m_bundleName)
            refresh();
    });
}

void HistoryPanel::setCompareEnabled(bool enabled)
{
    m_compareEnabled = enabled;
    updateActions();
}

QString HistoryPanel::selectedPath() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(HistoryModel::PathRole).toString();
}

bool HistoryPanel::selectRow(int row)
{
    if (row < 0 || row >= m_proxy->rowCount())
        return false;
    m_view->selectRow(row);
    return true;
}

void HistoryPanel::updateActions()
{
    const bool selected = !selectedPath().isEmpty();
    m_compareAction->setEnabled(selected && m_compareEnabled);
    m_openAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
}

void HistoryPanel::deleteSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    if (const Result<void> removed = HistoryStore::remove(path); !removed)
        Q_EMIT errorOccurred(removed.error().toString());
    refresh();
}

} // namespace BundleScope
