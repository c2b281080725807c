// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace BundleScope {

class HistoryChart;
class HistoryModel;
class HistoryRecorder;

// The "Size History" dock's content for one bundle name: the HistoryChart, a sortable table of its snapshots (date,
// total, change vs previous, %) and the actions Compare with Current, Open Snapshot and Delete on the selected one.
// Reads HistoryStore entries from HistoryRecorder::directory() on refresh() (a directory listing). GUI thread;
// owned by its parent (the dock).
class HistoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget* parent = nullptr);

    void setBundleName(const QString& bundleName); // and refresh()
    QString bundleName() const { return m_bundleName; }
    void refresh();
    void follow(HistoryRecorder* recorder); // refresh when it has recorded a snapshot of this bundle
    void setCompareEnabled(bool enabled); // a bundle is open to compare with
    QString selectedPath() const;
    bool selectRow(int row); // in view order; tests and keyboard users

    HistoryChart* chart() const { return m_chart; }
    QTableView* view() const { return m_view; }
    HistoryModel* model() const { return m_model; }
    QAction* compareAction() const { return m_compareAction; }
    QAction* openAction() const { return m_openAction; }
    QAction* deleteAction() const { return m_deleteAction; }

Q_SIGNALS:
    void compareRequested(const QString& snapshotPath);
    void openRequested(const QString& snapshotPath);
    void errorOccurred(const QString& message);

private:
    void updateActions();
    void deleteSelected();
    QAction* addButton(const QString& text, const QString& toolTip);

    QString m_bundleName;
    HistoryChart* m_chart;
    HistoryModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_caption;
    QWidget* m_buttons;
    QAction* m_compareAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_deleteAction = nullptr;
    bool m_compareEnabled = false;
};

} // namespace BundleScope
