// SPDX-License-Identifier: GPL-3.0-or-later
#include "breakdownview.h"

#include "colorscheme.h"
#include "treemap/treemappalette.h"

#include "deps/dependencyattribution.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace BundleScope {

namespace {

    QString humanSize(quint64 bytes)
    {
        return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeIecFormat);
    }

    QChartView* makeChartView(QWidget* parent)
    {
        auto* view = new QChartView(parent);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 260);
        return view;
    }

    // Bytes per file category, counting each file once (directories aggregate nothing here).
    std::array<quint64, CategoryCount> categoryTotals(const BundleTree& tree)
    {
        std::array<quint64, CategoryCount> totals {};
        for (NodeId id = 0; id < tree.nodeCount(); ++id) {
            if (tree.kind(id) == NodeKind::File && !tree.hasFlag(id, HardLinkDuplicate))
                totals[std::size_t(tree.category(id))] += tree.size(id);
        }
        return totals;
    }

} // namespace

BreakdownView::BreakdownView(QWidget* parent)
    : QWidget(parent)
    , m_categoryView(makeChartView(this))
    , m_packageView(makeChartView(this))
{
    auto* layout = new QHBoxLayout(this);
    // The ring's chart gets the larger share: its legend beside the ring needs the room (see rebuildCategoryChart).
    layout->addWidget(m_categoryView, 3);
    layout->addWidget(m_packageView, 2);
    m_categoryView->setAccessibleName(tr("Size by category"));
    m_packageView->setAccessibleName(tr("Largest packages"));
}

void BreakdownView::applyTheme(QChart* chart) const
{
    // Before any series: a theme recolours what it finds; our slice colours are set afterwards and stay.
    chart->setTheme(ColorScheme::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
}

void BreakdownView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    if (m_tree) { // a theme would recolour the slices: rebuild
        rebuildCategoryChart();
        rebuildPackageChart();
    } else { // empty charts: nothing to recolour, and their empty axes would warn on a rebuild
        applyTheme(m_categoryView->chart());
        applyTheme(m_packageView->chart());
    }
}

void BreakdownView::setTree(BundleTreePtr tree)
{
    m_tree = std::move(tree);
    rebuildCategoryChart();
    rebuildPackageChart();
}

void BreakdownView::rebuildCategoryChart()
{
    auto* chart = new QChart;
    applyTheme(chart);
    chart->setTitle(tr("Size by category"));
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* series = new QPieSeries(chart);
    series->setHoleSize(0.45);
    if (m_tree) {
        const std::array<quint64, CategoryCount> totals = categoryTotals(*m_tree);
        // Largest first, clockwise from the top and down the legend: the legend reads as a ranking.
        std::vector<Category> categories;
        for (Category category : CategoryInfo::fileCategories()) {
            if (totals[std::size_t(category)] > 0)
                categories.push_back(category);
        }
        std::stable_sort(categories.begin(), categories.end(),
            [&totals](Category a, Category b) { return totals[std::size_t(a)] > totals[std::size_t(b)]; });
        for (Category category : categories) {
            const quint64 bytes = totals[std::size_t(category)];
            QPieSlice* slice = series->append(
                tr("%1 (%2)").arg(CategoryInfo::displayName(category), humanSize(bytes)), double(bytes));
            slice->setColor(TreemapPalette::categoryColor(category)); // the treemap's colours
            slice->setBorderColor(palette().color(QPalette::Base));
            connect(slice, &QPieSlice::clicked, this, [this, category] { Q_EMIT categoryClicked(category); });
            connect(slice, &QPieSlice::hovered, slice, [slice](bool state) { slice->setExploded(state); });
        }
    }
    chart->addSeries(series);
    // QtCharts gives a side legend at most 40% of the chart and elides the rest: a slightly smaller font keeps entries
    // like "Tests and examples (397.5 KiB)" whole in a 1400-pixel window; the tool tip has the text when one is not.
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    chart->legend()->setFont(legendFont);
    chart->legend()->setShowToolTips(true);
    QChart* old = m_categoryView->chart();
    m_categoryView->setChart(chart); // the view owns the chart; the previous one is ours to delete
    old->deleteLater();
}

void BreakdownView::rebuildPackageChart()
{
    auto* chart = new QChart;
    applyTheme(chart);
    chart->setTitle(tr("Largest packages"));
    chart->legend()->setVisible(false);
    // Sizes as PackageSizes gives them: a library several packages need counts once, in its owner or in a "shared"
    // entry that names them; never split. The tool tip tells what excluding the package would save.
    std::vector<std::pair<quint64, PackageId>> ranked;
    std::vector<PackageSizes::Entry> sizes;
    if (m_tree) {
        sizes = PackageSizes::compute(*m_tree);
        for (std::size_t i = 0; i < sizes.size(); ++i)
            if (sizes[i].bytes > 0)
                ranked.emplace_back(sizes[i].bytes, PackageId(i));
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (ranked.size() > std::size_t(TopPackageCount))
        ranked.resize(std::size_t(TopPackageCount));
    std::reverse(ranked.begin(), ranked.end()); // horizontal bars are drawn bottom-up: largest on top
    if (ranked.empty()) { // no bundle, or nothing in it: a titled empty chart; axes without values would warn
        QChart* old = m_packageView->chart();
        m_packageView->setChart(chart);
        old->deleteLater();
        return;
    }

    // One unit for the axis, the one of the largest bar (KiB for a tiny bundle); each bar's own label is its size in
    // the unit that suits it ("35.8 MiB", "18.6 KiB", not "0.0186 MiB"), drawn as text items beside the bars:
    // QtCharts formats every value label with one number format.
    const quint64 largest = ranked.back().first;
    const auto [unitBytes, unitName] = largest >= (quint64(1) << 30) ? std::pair { double(1 << 30), tr("GiB") }
        : largest >= (quint64(1) << 20)                              ? std::pair { double(1 << 20), tr("MiB") }
                                                                     : std::pair { 1024.0, tr("KiB") };
    auto* set = new QBarSet(tr("Size (%1)").arg(unitName));
    set->setProperty("bytesPerUnit", unitBytes); // what a bar's value is in (tests read it)
    QStringList labels;
    QStringList sizeTexts;
    for (const auto& [bytes, package] : ranked) {
        *set << double(bytes) / unitBytes;
        sizeTexts << humanSize(bytes);
        // "shared: numpy, scipy, torch" on two lines (axis labels are rich text), so every name shows unelided.
        QString label = m_tree->packageName(package);
        if (DependencyAttribution::isSharedPackageName(label))
            label = tr("shared:") + QLatin1String("<br>")
                + DependencyAttribution::sharedPackageNames(label).join(QLatin1String(", ")).toHtmlEscaped();
        labels << label;
    }
    // The size at the end of each bar, not in the axis label: names stay short enough for the axis to show whole.
    auto* series = new QHorizontalBarSeries(chart);
    series->append(set);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis(chart);
    axisY->append(labels);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis(chart);
    axisX->setTitleText(unitName);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setGridLineVisible(false); // each bar carries its size: grid lines would only cross those labels
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    // A fifth more than the largest bar before rounding: its size label ("35.8 MiB") fits beside it, inside the chart.
    axisX->setRange(0, double(largest) / unitBytes * 1.2);
    axisX->applyNiceNumbers();
    std::vector<QGraphicsSimpleTextItem*> sizeLabels;
    for (const QString& text : std::as_const(sizeTexts)) {
        auto* item = new QGraphicsSimpleTextItem(text, chart); // the chart owns it
        item->setBrush(palette().color(QPalette::WindowText));
        item->setFont(axisY->labelsFont());
        sizeLabels.push_back(item);
    }
    const auto placeSizeLabels = [chart, series, set, sizeLabels] {
        for (std::size_t i = 0; i < sizeLabels.size(); ++i) {
            const QPointF end = chart->mapToPosition(QPointF(set->at(qsizetype(i)), double(i)), series);
            const QRectF box = sizeLabels[i]->boundingRect();
            sizeLabels[i]->setPos(end.x() + 4, end.y() - box.height() / 2);
        }
    };
    connect(chart, &QChart::plotAreaChanged, chart, placeSizeLabels);
    placeSizeLabels();
    connect(set, &QBarSet::clicked, this, [this, ranked](int index) {
        if (index >= 0 && std::size_t(index) < ranked.size())
            Q_EMIT packageClicked(ranked[std::size_t(index)].second);
    });
    QStringList tips;
    for (const auto& [bytes, package] : ranked)
        tips.append(packageToolTip(package, sizes[package]));
    connect(set, &QBarSet::hovered, this, [tips](bool entered, int index) {
        if (entered && index >= 0 && index < tips.size())
            QToolTip::showText(QCursor::pos(), tips.at(index));
        else
            QToolTip::hideText();
    });
    QChart* old = m_packageView->chart();
    m_packageView->setChart(chart);
    old->deleteLater();
}

QString BreakdownView::packageToolTip(PackageId package, const PackageSizes::Entry& size) const
{
    QStringList others;
    for (PackageId other : size.sharedWith)
        others.append(m_tree->packageName(other));
    others.sort();
    const QString name = m_tree->packageName(package);
    QString tip = tr("%1: %2").arg(name, humanSize(size.bytes));
    if (DependencyAttribution::isSharedPackageName(name))
        return tip + u'\n'
            + tr("Native libraries that %1 all need and none of them owns: excluding one of these packages "
                 "does not remove them.")
                  .arg(others.join(QLatin1String(", ")));
    tip += u'\n' + tr("Excluding it saves %1").arg(humanSize(size.exclusiveBytes));
    if (!others.isEmpty())
        tip += u'\n'
            + tr("%1 of its native libraries stay: %2 also need them.")
                  .arg(humanSize(size.bytes - size.exclusiveBytes), others.join(QLatin1String(", ")));
    return tip;
}

} // namespace BundleScope
