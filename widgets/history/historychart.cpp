// SPDX-License-Identifier: GPL-3.0-or-later
#include "historychart.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace BundleScope {

HistoryChart::HistoryChart(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setEntries({}, {});
}

void HistoryChart::setEntries(const QString& bundleName, const std::vector<HistoryStore::Entry>& entries)
{
    auto* chart = new QChart();
    chart->legend()->hide();
    chart->setTitle(bundleName.isEmpty() ? tr("Size over time") : tr("Size of %1 over time").arg(bundleName));
    auto* series = new QLineSeries(chart);
    double maxMiB = 0;
    for (const HistoryStore::Entry& entry : entries) {
        const double mib = double(entry.bytes) / (1024.0 * 1024.0);
        series->append(double(entry.time.toMSecsSinceEpoch()), mib);
        maxMiB = std::max(maxMiB, mib);
    }
    series->setPointsVisible(true);
    chart->addSeries(series);
    auto* axisX = new QDateTimeAxis(chart);
    axisX->setFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    axisX->setTitleText(tr("Snapshot"));
    if (!entries.empty())
        axisX->setRange(entries.front().time, entries.back().time.addSecs(entries.size() == 1 ? 60 : 0));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis(chart);
    axisY->setTitleText(tr("MiB"));
    axisY->setRange(0, std::max(1.0, maxMiB * 1.1));
    axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    // The view owns the new chart and releases the previous one without deleting it.
    QChart* previous = m_view->chart();
    m_view->setChart(chart);
    if (previous)
        previous->deleteLater();
    m_points = int(entries.size());
    Q_EMIT entriesChanged();
}

} // namespace BundleScope
