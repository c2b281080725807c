// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "compare/bundlecomparison.h"
#include "compare/comparemodel.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace BundleScope {

class TreemapWidget;

// Baseline vs optimized: totals and % reduction, a sortable table (files / packages / categories, CompareModel behind
// a sort proxy on RawValueRole) and a horizontal bar chart of the largest changes and a growth map (the after bundle's
// treemap coloured by change, see ChangeColoring). compare() scans or loads both paths (bundles or snapshots) on the
// thread pool and shows the result; setComparison() shows a ready one. GUI thread; a standalone widget owned by its
// parent (the main window opens it from a "Compare builds…" action).
class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(QWidget* parent = nullptr);
    ~CompareView() override;

    void compare(const QString& beforePath, const QString& afterPath);
    // `after` is the tree the comparison's "after" side came from; without it the growth map stays empty.
    void setComparison(std::shared_ptr<const BundleComparison> comparison, BundleTreePtr after = {});
    std::shared_ptr<const BundleComparison> comparison() const { return m_model->comparison(); }
    CompareModel* model() const { return m_model; }
    QString summaryText() const; // totals, % reduction and file counts, or the error
    QTableView* table() const { return m_table; } // over the sort proxy
    QComboBox* levelBox() const { return m_level; } // files / packages / categories
    void showUnchanged(bool show); // rows without a change (hidden by default)
    QStringList chartLabels() const; // the bars, bottom to top (the largest change at the top)
    QList<double> chartValues() const; // MiB, same order
    TreemapWidget* growthMap() const { return m_growthMap; }
    QTabWidget* views() const { return m_views; } // "Largest changes" and "Growth map"

    static constexpr int ChartBars = 10;

Q_SIGNALS:
    void comparisonFinished(); // the view shows a new comparison
    void comparisonFailed(const QString& message);

private:
    struct Computed {
        std::shared_ptr<const BundleComparison> comparison;
        BundleTreePtr after;
    };
    using Outcome = Result<Computed>;
    void onWatcherFinished();
    void onLevelChanged(int index);
    void updateSummary();
    void updateChart();
    void updateGrowthMap(const BundleTreePtr& after);

    CompareModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_summary;
    QComboBox* m_level;
    QCheckBox* m_showUnchanged;
    QTableView* m_table;
    QChartView* m_chart;
    TreemapWidget* m_growthMap;
    QTabWidget* m_views;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace BundleScope
