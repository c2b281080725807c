// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerrorsbanner.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>

#include <algorithm>
#include <set>

namespace BundleScope {

ReadErrorsBanner::ReadErrorsBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_toggle(new QToolButton(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("readErrorsBanner"));
    setFrameShape(QFrame::StyledPanel);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true); // the dock can be 240 px wide
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({ tr("File"), tr("Reason") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    // Both columns in the dock's width, each elided (a path in the middle, where its folders are), the whole text in
    // the row's tooltip: a path as wide as its text pushed the reason out of sight.
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Files that could not be read"));
    m_list->viewport()->installEventFilter(this);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_icon, 0, 0);
    layout->addWidget(m_text, 0, 1);
    layout->addWidget(m_toggle, 0, 2, Qt::AlignTop);
    layout->addWidget(m_list, 1, 0, 1, 3);
    layout->setColumnStretch(1, 1);

    connect(m_toggle, &QToolButton::toggled, this, &ReadErrorsBanner::setListShown);
    setListShown(false);
    hide();
}

void ReadErrorsBanner::setErrors(const std::vector<Error>& errors)
{
    m_list->clear();
    std::set<QString> files;
    for (const Error& error : errors) {
        files.insert(error.path);
        auto* item = new QTreeWidgetItem(m_list, { error.path, error.message });
        const QString tip = error.path + u'\n' + error.message;
        item->setToolTip(0, tip);
        item->setToolTip(1, tip);
    }
    fitList();
    const int count = int(files.size());
    m_text->setText(tr("%n file(s) could not be read: their findings are missing from this list, and the potential "
                       "may be larger.",
        nullptr, count));
    setToolTip(tr("The analysis could not read these files completely (they changed since the scan, vanished or "
                  "returned a read error). Rescan the bundle to analyse them."));
    // A few files are listed at once (which ones is the first question); many would push the candidates away.
    const bool listed = count <= ListedAtOnce;
    m_toggle->setChecked(listed);
    setListShown(listed);
    setVisible(count > 0);
}

QString ReadErrorsBanner::text() const
{
    return m_text->text();
}

bool ReadErrorsBanner::eventFilter(QObject* watched, QEvent* event)
{
    // The file column keeps half the width whenever the list is resized, shown for the first time included.
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        m_list->setColumnWidth(0, m_list->viewport()->width() / 2);
    return QFrame::eventFilter(watched, event);
}

// As tall as its rows, up to VisibleRows (then it scrolls: the candidates below are what the dock is for).
void ReadErrorsBanner::fitList()
{
    const int rows = std::clamp(m_list->topLevelItemCount(), 1, VisibleRows);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), m_list->fontMetrics().height());
    m_list->setFixedHeight(m_list->header()->sizeHint().height() + rows * rowHeight + 2 * m_list->frameWidth());
}

void ReadErrorsBanner::setListShown(bool shown)
{
    m_list->setVisible(shown);
    m_toggle->setText(shown ? tr("Hide files") : tr("Show files"));
}

} // namespace BundleScope
