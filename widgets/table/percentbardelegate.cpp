// SPDX-License-Identifier: GPL-3.0-or-later
#include "percentbardelegate.h"

#include "model/bundletreemodel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace BundleScope {

PercentBarDelegate::PercentBarDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

void PercentBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    const double fraction = std::clamp(index.data(BundleTreeModel::RawValueRole).toDouble(), 0.0, 1.0);
    const QRect frame = opt.rect.adjusted(3, 3, -3, -3);
    QColor bar = opt.palette.color(QPalette::Highlight);
    bar.setAlpha(opt.state & QStyle::State_Selected ? 110 : 70);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(QRect(frame.left(), frame.top(), int(frame.width() * fraction + 0.5), frame.height()), bar);
    const QPalette::ColorRole textRole
        = opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    painter->setPen(opt.palette.color(textRole));
    painter->drawText(frame.adjusted(2, 0, -2, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

} // namespace BundleScope
