// SPDX-License-Identifier: GPL-3.0-or-later
#include "historychart.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QStackedLayout>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace BundleScope {

// Bytes per axis unit and its name, chosen by the largest snapshot.
std::pair<double, QString> HistoryChart::unitFor(const std::vector<HistoryStore::Entry>& entries)
{
    quint64 largest = 0;
    for (const HistoryStore::Entry& entry : entries)
        largest = std::max(largest, entry.bytes);
    if (largest >= 1024ull * 1024 * 1024)
        return { 1024.0 * 1024.0 * 1024.0, tr("GiB") };
    if (largest >= 1024ull * 1024)
        return { 1024.0 * 1024.0, tr("MiB") };
    return { 1024.0, tr("KiB") };
}

// Labels that tell the snapshots apart: seconds for builds minutes apart, the year only when the span crosses one.
QString HistoryChart::timeFormat(const std::vector<HistoryStore::Entry>& entries)
{
    if (entries.size() < 2)
        return QStringLiteral("yyyy-MM-dd HH:mm");
    const qint64 span = entries.front().time.secsTo(entries.back().time);
    if (span < 3600)
        return QStringLiteral("HH:mm:ss");
    if (span < 3 * 24 * 3600)
        return QStringLiteral("MM-dd HH:mm");
    return QStringLiteral("yyyy-MM-dd");
}

HistoryChart::HistoryChart(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedLayout(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // greyed, like a placeholder
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    setEntries({}, {});
}

void HistoryChart::setEntries(const QString& bundleName, const std::vector<HistoryStore::Entry>& entries)
{
    auto* chart = new QChart();
    chart->legend()->hide();
    chart->setTitle(bundleName.isEmpty() ? tr("Size over time") : tr("Size of %1 over time").arg(bundleName));
    const auto [unit, unitName] = unitFor(entries);
    auto* series = new QLineSeries(chart);
    double low = std::numeric_limits<double>::max();
    double high = 0;
    for (const HistoryStore::Entry& entry : entries) {
        const double value = double(entry.bytes) / unit;
        series->append(double(entry.time.toMSecsSinceEpoch()), value);
        low = std::min(low, value);
        high = std::max(high, value);
    }
    series->setPointsVisible(true);
    chart->addSeries(series);
    auto* axisX = new QDateTimeAxis(chart);
    axisX->setFormat(timeFormat(entries));
    axisX->setTickCount(std::clamp(int(entries.size()), 2, 6));
    axisX->setTitleText(tr("Snapshot"));
    if (!entries.empty())
        axisX->setRange(entries.front().time, entries.back().time.addSecs(entries.size() == 1 ? 60 : 0));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis(chart);
    axisY->setTitleText(unitName);
    // Not from zero: a 2 % change of a 3 GiB bundle must be visible. Some room below and above the points.
    const double margin = entries.empty() ? 1.0 : std::max((high - low) * 0.2, high * 0.02);
    axisY->setRange(entries.empty() ? 0.0 : std::max(0.0, low - margin), entries.empty() ? 1.0 : high + margin);
    axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    // The view owns the new chart and releases the previous one without deleting it.
    QChart* previous = m_view->chart();
    m_view->setChart(chart);
    if (previous)
        previous->deleteLater();
    m_points = int(entries.size());
    m_unit = unit;
    m_empty->setText(bundleName.isEmpty() ? tr("Open a bundle to see how its size changes from scan to scan.")
                                          : tr("No history yet: every scan of this bundle adds a point."));
    m_stack->setCurrentWidget(entries.empty() ? static_cast<QWidget*>(m_empty) : m_view);
    Q_EMIT entriesChanged();
}

bool HistoryChart::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

QString HistoryChart::emptyText() const
{
    return m_empty->text();
}

QPair<QDateTime, QDateTime> HistoryChart::timeRange() const
{
    const auto axes = m_view->chart()->axes(Qt::Horizontal);
    auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QDateTimeAxis*>(axes.first());
    return axis ? qMakePair(axis->min(), axis->max()) : QPair<QDateTime, QDateTime>();
}

QPair<double, double> HistoryChart::valueRange() const
{
    const auto axes = m_view->chart()->axes(Qt::Vertical);
    auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.first());
    return axis ? qMakePair(axis->min(), axis->max()) : QPair<double, double>();
}

QString HistoryChart::title() const
{
    return m_view->chart()->title();
}

} // namespace BundleScope
