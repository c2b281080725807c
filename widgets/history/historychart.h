// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot/historystore.h"

#include <QWidget>

#include <vector>

class QChartView;

namespace BundleScope {

// Size of one bundle over time: a QtCharts line chart (date-time axis, MiB axis) of the snapshots a HistoryStore
// keeps. setEntries() redraws. GUI thread; a standalone widget owned by its parent (the main window shows it for the
// open bundle's name, reading HistoryStore::entries()).
class HistoryChart : public QWidget {
    Q_OBJECT
public:
    explicit HistoryChart(QWidget* parent = nullptr);

    void setEntries(const QString& bundleName, const std::vector<HistoryStore::Entry>& entries);
    int pointCount() const { return m_points; }

Q_SIGNALS:
    void entriesChanged();

private:
    QChartView* m_view;
    int m_points = 0;
};

} // namespace BundleScope
