// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QFrame>

#include <vector>

class QLabel;
class QToolButton;
class QTreeWidget;

namespace BundleScope {

// The warning on top of the candidates list when the analysis could not read some entries: "N files could not be
// read: their findings are missing from this list", and the files with the reason for each (the full text in each
// row's tooltip), listed at once when they are few, on demand when they are many. The list of candidates is incomplete
// then, and the potential may be too small; a user must not take it for the whole truth (issue 16.1). Hidden when every
// entry was read. GUI thread; owned by the candidates panel.
class ReadErrorsBanner : public QFrame {
    Q_OBJECT
public:
    static constexpr int ListedAtOnce = 3; // more files than this: the list opens on demand ("Show files")
    static constexpr int VisibleRows = 6; // then the list scrolls

    explicit ReadErrorsBanner(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReadErrorsBanner)

    void setErrors(const std::vector<Error>& errors); // AnalysisResult::errors; empty hides the banner
    QString text() const;
    QTreeWidget* list() const { return m_list; }
    QToolButton* toggle() const { return m_toggle; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setListShown(bool shown);
    void fitList();

    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_toggle;
    QTreeWidget* m_list;
};

} // namespace BundleScope
