// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletree.h"

#include <QWidget>

class QLabel;

namespace BundleScope {

// One line of totals above the explorer: bundle path, total size, files, folders, detected layout, read errors.
// GUI thread; owned by BundleView.
class SummaryPanel : public QWidget {
    Q_OBJECT
public:
    explicit SummaryPanel(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(SummaryPanel)

    void setTree(const BundleTreePtr& tree);
    QString text() const; // the totals as shown, for tests and accessibility

private:
    static QString layoutName(const BundleTree& tree);
    static QString pyInstallerFacts(const BundleTree& tree, const QLocale& locale);
    QLabel* m_title = nullptr;
    QLabel* m_totals = nullptr;
};

} // namespace BundleScope
