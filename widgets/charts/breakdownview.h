// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletree.h"
#include "model/packagesizes.h"

#include <QWidget>

class QChart;
class QChartView;

namespace BundleScope {

// The "Breakdown" tab: a donut of bytes per file category and a horizontal bar chart of the ten largest packages
// (QtCharts; sizes from PackageSizes, a tool tip per bar with what excluding the package saves). Clicking a slice or a
// bar reports the category or package. GUI thread; owned by BundleView.
class BreakdownView : public QWidget {
    Q_OBJECT
public:
    explicit BreakdownView(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(BreakdownView)

    void setTree(BundleTreePtr tree);
    static constexpr int TopPackageCount = 10;

Q_SIGNALS:
    void categoryClicked(BundleScope::Category category);
    void packageClicked(BundleScope::PackageId package);

protected:
    void changeEvent(QEvent* event) override; // a palette change re-themes the charts

private:
    void applyTheme(QChart* chart) const; // ChartThemeDark on a dark palette, else ChartThemeLight
    void rebuildCategoryChart();
    void rebuildPackageChart();
    QString packageToolTip(PackageId package, const PackageSizes::Entry& size) const;

    BundleTreePtr m_tree;
    QChartView* m_categoryView = nullptr;
    QChartView* m_packageView = nullptr;
};

} // namespace BundleScope
