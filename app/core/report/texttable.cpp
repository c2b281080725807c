// SPDX-License-Identifier: GPL-3.0-or-later
#include "texttable.h"

#include <algorithm>

namespace BundleScope {

TextTable::TextTable(QStringList headers, QList<bool> rightAligned)
    : m_headers(std::move(headers))
    , m_rightAligned(std::move(rightAligned))
{
}

void TextTable::addRow(QStringList cells)
{
    m_rows.append(std::move(cells));
}

QString TextTable::renderLine(const QStringList& cells, const QList<qsizetype>& widths, int indent) const
{
    QString line(indent, u' ');
    for (qsizetype column = 0; column < widths.size(); ++column) {
        const QString cell = cells.value(column);
        const bool right = m_rightAligned.value(column, false);
        const bool last = column + 1 == widths.size();
        if (column > 0)
            line += QLatin1String("  ");
        if (right)
            line += cell.rightJustified(widths[column]);
        else
            line += last ? cell : cell.leftJustified(widths[column]);
    }
    return line + u'\n';
}

QString TextTable::render(int indent) const
{
    QList<qsizetype> widths;
    for (const QString& header : m_headers)
        widths.append(header.size());
    for (const QStringList& row : m_rows) {
        for (qsizetype column = 0; column < widths.size(); ++column)
            widths[column] = std::max(widths[column], row.value(column).size());
    }
    QStringList rule;
    for (const qsizetype width : std::as_const(widths))
        rule.append(QString(width, u'-'));
    QString text = renderLine(m_headers, widths, indent) + renderLine(rule, widths, indent);
    for (const QStringList& row : m_rows)
        text += renderLine(row, widths, indent);
    return text;
}

} // namespace BundleScope
