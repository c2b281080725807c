// SPDX-License-Identifier: GPL-3.0-or-later
#include "compareview.h"

#include "changecoloring.h"
#include "common/sizeformat.h"
#include "scan/scanpipeline.h"
#include "treemap/treemapwidget.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrentRun>

namespace BundleScope {

namespace {
    Result<ScanResult> scanPath(const QString& path)
    {
        // Through the pipeline, as the main window scans: package sizes count shared libraries the same way.
        return ScanPipeline::run(path, CancellationToken(), { .importGraph = false });
    }
} // namespace

CompareView::CompareView(QWidget* parent)
    : QWidget(parent)
    , m_model(new CompareModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_level(new QComboBox(this))
    , m_showUnchanged(new QCheckBox(tr("Show &unchanged"), this))
    , m_table(new QTableView(this))
    , m_chart(new QChartView(this))
    , m_growthMap(new TreemapWidget(this))
    , m_views(new QTabWidget(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CompareModel::RawValueRole);
    m_proxy->setFilterRole(CompareModel::ChangeRole);
    m_proxy->setFilterKeyColumn(CompareModel::ChangeColumn);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CompareModel::NameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_level->addItems({ tr("Files"), tr("Packages"), tr("Categories") });
    showUnchanged(false);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_views);
    m_views->addTab(m_chart, tr("Largest changes"));
    auto* map = new QWidget(m_views);
    auto* mapLayout = new QVBoxLayout(map);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addWidget(m_growthMap, 1);
    auto* legend = new QLabel(ChangeColoring::legend(), map);
    legend->setWordWrap(true);
    mapLayout->addWidget(legend);
    m_views->addTab(map, tr("Growth map"));
    m_views->setTabEnabled(1, false);
    m_growthMap->setAccessibleName(tr("Growth map"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    auto* controls = new QHBoxLayout();
    controls->addWidget(m_level);
    controls->addWidget(m_showUnchanged);
    controls->addStretch(1);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);

    connect(m_level, &QComboBox::currentIndexChanged, this, &CompareView::onLevelChanged);
    connect(m_showUnchanged, &QCheckBox::toggled, this, &CompareView::showUnchanged);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &CompareView::onWatcherFinished);
    updateSummary();
}

CompareView::~CompareView()
{
    m_watcher.waitForFinished();
}

void CompareView::compare(const QString& beforePath, const QString& afterPath)
{
    m_summary->setText(tr("Comparing…"));
    m_watcher.setFuture(QtConcurrent::run([beforePath, afterPath]() -> Outcome {
        const Result<ScanResult> before = scanPath(beforePath);
        if (!before)
            return before.error();
        const Result<ScanResult> after = scanPath(afterPath);
        if (!after)
            return after.error();
        return Computed { std::make_shared<const BundleComparison>(BundleComparison::compare(
                              *before->tree, *after->tree, before->reader.get(), after->reader.get())),
            after->tree };
    }));
}

void CompareView::onWatcherFinished()
{
    const Outcome outcome = m_watcher.result();
    if (!outcome) {
        m_summary->setText(outcome.error().toString().toHtmlEscaped());
        Q_EMIT comparisonFailed(outcome.error().toString());
        return;
    }
    setComparison(outcome->comparison, outcome->after);
}

void CompareView::setComparison(std::shared_ptr<const BundleComparison> comparison, BundleTreePtr after)
{
    m_model->setComparison(std::move(comparison));
    updateGrowthMap(after);
    // The model's own order: the largest change, growth or shrink, first (a header click sorts by a column).
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_proxy->sort(-1);
    updateSummary();
    updateChart();
    Q_EMIT comparisonFinished();
}

// Unchanged files are most of a rebuilt bundle: hidden unless asked for.
void CompareView::showUnchanged(bool show)
{
    m_proxy->setFilterRegularExpression(
        show ? QString() : QStringLiteral("^(?!%1$)").arg(int(BundleComparison::Change::Unchanged)));
    if (m_showUnchanged->isChecked() != show)
        m_showUnchanged->setChecked(show);
}

QString CompareView::summaryText() const
{
    return m_summary->text();
}

QStringList CompareView::chartLabels() const
{
    const auto axes = m_chart->chart()->axes(Qt::Vertical);
    auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.first());
    return axis ? axis->categories() : QStringList();
}

QList<double> CompareView::chartValues() const
{
    QList<double> values;
    const auto series = m_chart->chart()->series();
    auto* bars = series.isEmpty() ? nullptr : qobject_cast<QHorizontalBarSeries*>(series.first());
    if (bars && !bars->barSets().isEmpty()) {
        QBarSet* set = bars->barSets().first();
        for (int i = 0; i < set->count(); ++i)
            values.append(set->at(i));
    }
    return values;
}

void CompareView::updateGrowthMap(const BundleTreePtr& after)
{
    const auto comparison = m_model->comparison();
    const bool show = comparison && after;
    m_growthMap->setTree(show ? after : BundleTreePtr());
    if (show) {
        m_growthMap->setColorMode(TreemapWidget::ColorMode::Candidate);
        m_growthMap->setCandidateColors(ChangeColoring::colors(*comparison, *after));
    }
    m_views->setTabEnabled(1, show);
}

void CompareView::onLevelChanged(int index)
{
    m_model->setLevel(CompareModel::Level(index));
    updateChart();
}

void CompareView::updateSummary()
{
    const auto comparison = m_model->comparison();
    if (!comparison) {
        m_summary->setText(tr("Open two bundles or snapshots to compare them."));
        return;
    }
    const auto fraction = comparison->fraction();
    const QString change = !fraction ? tr("— change")
        : *fraction > 0              ? tr("%1 growth").arg(SizeFormat::percent(*fraction))
                                     : tr("%1 reduction").arg(SizeFormat::percent(-*fraction));
    m_summary->setText(
        tr("<b>%1</b> → <b>%2</b>: %3. Files: %4 added, %5 removed, %6 changed, %7 renamed, %8 moved.")
            .arg(SizeFormat::format(comparison->before.bytes), SizeFormat::format(comparison->after.bytes), change)
            .arg(comparison->count(BundleComparison::Change::Added))
            .arg(comparison->count(BundleComparison::Change::Removed))
            .arg(comparison->count(BundleComparison::Change::Grown)
                + comparison->count(BundleComparison::Change::Shrunk))
            .arg(comparison->count(BundleComparison::Change::Renamed))
            .arg(comparison->movedFiles));
}

void CompareView::updateChart()
{
    auto* chart = new QChart();
    chart->legend()->hide();
    chart->setTitle(tr("Largest changes (MiB)"));
    auto* set = new QBarSet(tr("Change"));
    QStringList labels;
    // Entries are sorted by absolute change; draw the largest at the top.
    const int rows = std::min(m_model->rowCount(), ChartBars);
    for (int row = rows - 1; row >= 0; --row) {
        const QModelIndex index = m_model->index(row, CompareModel::DeltaColumn);
        const BundleComparison::Entry* entry = m_model->entry(index);
        if (!entry || entry->delta() == 0)
            continue;
        set->append(double(entry->delta()) / (1024.0 * 1024.0));
        labels.append(m_model->data(m_model->index(row, CompareModel::NameColumn)).toString().right(40));
    }
    auto* series = new QHorizontalBarSeries(chart);
    series->append(set);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis(chart);
    axisY->append(labels);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis(chart);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    if (set->count() == 0)
        axisX->setRange(0, 1); // nothing changed: no bars, and no NaN range
    else
        axisX->applyNiceNumbers();
    // The view owns the new chart and releases the previous one without deleting it.
    QChart* previous = m_chart->chart();
    m_chart->setChart(chart);
    if (previous)
        previous->deleteLater();
}

} // namespace BundleScope
