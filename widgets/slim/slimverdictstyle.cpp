// SPDX-License-Identifier: GPL-3.0-or-later
#include "slimverdictstyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace BundleScope {

namespace {
    QPixmap draw(SlimVerdict verdict, int side)
    {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor fill = verdict == SlimVerdict::Removed ? QColor(0x2e, 0x7d, 0x32)
            : verdict == SlimVerdict::Breaks                ? QColor(0xc6, 0x28, 0x28)
                                                            : QColor(0x9e, 0x9e, 0x9e);
        const qreal s = side;
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
        QPen pen(Qt::white, std::max(1.5, s / 8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        if (verdict == SlimVerdict::Removed) {
            QPainterPath tick;
            tick.moveTo(s * 0.28, s * 0.52);
            tick.lineTo(s * 0.44, s * 0.68);
            tick.lineTo(s * 0.73, s * 0.34);
            painter.drawPath(tick);
        } else if (verdict == SlimVerdict::Breaks) {
            painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
            painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        } else {
            painter.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5));
        }
        return pixmap;
    }
} // namespace

QIcon SlimVerdictStyle::icon(SlimVerdict verdict)
{
    QIcon icon;
    for (int side : { 16, 24, 32, 48 })
        icon.addPixmap(draw(verdict, side));
    return icon;
}

QString SlimVerdictStyle::label(SlimVerdict verdict)
{
    switch (verdict) {
    case SlimVerdict::Removed:
        return tr("Verified: can be removed");
    case SlimVerdict::Breaks:
        return tr("Breaks the app");
    case SlimVerdict::NotTried:
        break;
    }
    return tr("Not tried");
}

QString SlimVerdictStyle::firstLine(const QString& evidence)
{
    const qsizetype end = evidence.indexOf(u'\n');
    return end < 0 ? evidence : evidence.left(end);
}

QString SlimVerdictStyle::toolTip(const SlimItem& item)
{
    const QString evidence = firstLine(item.evidence);
    return evidence.isEmpty() ? label(item.verdict) : tr("%1: %2").arg(label(item.verdict), evidence);
}

} // namespace BundleScope
