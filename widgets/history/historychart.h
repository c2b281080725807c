// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot/historystore.h"

#include <QDateTime>
#include <QPair>
#include <QWidget>

#include <utility>
#include <vector>

class QChartView;
class QLabel;
class QStackedLayout;

namespace BundleScope {

// Size of one bundle over time: a QtCharts line chart (date-time axis, size axis in KiB, MiB or GiB) of the snapshots a
// HistoryStore keeps, or an explanatory text while there are none. setEntries() redraws. GUI thread; a standalone
// widget owned by its parent (HistoryPanel shows it for the open bundle's name, reading HistoryStore::entries()).
class HistoryChart : public QWidget {
    Q_OBJECT
public:
    explicit HistoryChart(QWidget* parent = nullptr);

    void setEntries(const QString& bundleName, const std::vector<HistoryStore::Entry>& entries);
    int pointCount() const { return m_points; }
    bool isEmptyStateShown() const; // the text instead of the chart
    QString emptyText() const;
    QPair<QDateTime, QDateTime> timeRange() const; // of the date-time axis
    QPair<double, double> valueRange() const; // of the size axis, in valueUnit() bytes
    double valueUnit() const { return m_unit; }
    QString title() const;

Q_SIGNALS:
    void entriesChanged();

private:
    static std::pair<double, QString> unitFor(const std::vector<HistoryStore::Entry>& entries);
    static QString timeFormat(const std::vector<HistoryStore::Entry>& entries);

    QChartView* m_view;
    QLabel* m_empty;
    QStackedLayout* m_stack;
    int m_points = 0;
    double m_unit = 1024.0;
};

} // namespace BundleScope
