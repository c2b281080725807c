// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlreportwriter.h"

#include "common/sizeformat.h"
#include "report/bundlereport.h"
#include "report/reporttables.h"
#include "treemap/squarifiedlayout.h"

namespace BundleScope {

namespace {
    const char s_style[] = "body{font-family:sans-serif;margin:2em;color:#222}"
                           "table{border-collapse:collapse;margin-bottom:1.5em}"
                           "td,th{padding:2px 8px;border-bottom:1px solid #ddd;text-align:left}"
                           "td.num{text-align:right}svg rect{stroke:#fff;stroke-width:0.5}";

    QString tableHtml(const ReportSection& section)
    {
        QString html = QStringLiteral("<h2>") + section.title.toHtmlEscaped() + QStringLiteral("</h2>\n");
        if (!section.note.isEmpty())
            html += QStringLiteral("<p>") + section.note.toHtmlEscaped() + QStringLiteral("</p>\n");
        if (section.columns.isEmpty())
            return html;
        html += QStringLiteral("<table><tr>");
        for (const QString& column : section.columns)
            html += QStringLiteral("<th>") + column.toHtmlEscaped() + QStringLiteral("</th>");
        html += QStringLiteral("</tr>\n");
        for (const QStringList& row : section.rows) {
            html += QStringLiteral("<tr>");
            for (qsizetype column = 0; column < section.columns.size(); ++column) {
                const bool right = section.rightAligned.value(column, false);
                html += (right ? QStringLiteral("<td class=\"num\">") : QStringLiteral("<td>"))
                    + row.value(column).toHtmlEscaped() + QStringLiteral("</td>");
            }
            html += QStringLiteral("</tr>\n");
        }
        return html + QStringLiteral("</table>\n");
    }
} // namespace

HtmlReportWriter::HtmlReportWriter(BundleTreePtr tree)
    : m_tree(std::move(tree))
{
}

QString HtmlReportWriter::categoryColor(Category category)
{
    static const char* const colors[CategoryCount] = { "#9e9e9e", "#e57373", "#ba68c8", "#64b5f6", "#4db6ac", "#ffb74d",
        "#aed581", "#fff176", "#a1887f", "#90a4ae", "#cfd8dc" };
    return QLatin1String(colors[int(category) < CategoryCount ? int(category) : 0]);
}

QString HtmlReportWriter::treemapSvg(const BundleTree& tree, int width, int height)
{
    SquarifiedLayout::Options options;
    options.minTileSide = 4.0;
    const SquarifiedLayout layouter(tree, SquarifiedLayout::apparentSize(tree), options);
    const TreemapLayout layout = layouter.layout(tree.root(), QRectF(0, 0, width, height));
    QString svg = QStringLiteral("<svg width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\" role=\"img\">\n")
                      .arg(width)
                      .arg(height);
    for (int i = 0; i < layout.tileCount(); ++i) {
        if (!layout.isLeaf(i))
            continue;
        const TreemapTile& tile = layout.tile(i);
        const bool small = tile.kind != TreemapTile::Kind::Node;
        const Category category = small || tree.isDirectory(tile.node) ? Category::None : tree.category(tile.node);
        const QString label = small ? tr("%n small files in %1", nullptr, int(tile.count)).arg(tree.path(tile.node))
                                    : tree.path(tile.node);
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"><title>%6 (%7)</title>"
                              "</rect>\n")
                   .arg(tile.rect.x(), 0, 'f', 1)
                   .arg(tile.rect.y(), 0, 'f', 1)
                   .arg(tile.rect.width(), 0, 'f', 1)
                   .arg(tile.rect.height(), 0, 'f', 1)
                   .arg(categoryColor(category), label.toHtmlEscaped(), SizeFormat::format(tile.bytes));
    }
    return svg + QStringLiteral("</svg>\n");
}

QByteArray HtmlReportWriter::write(const BundleReport& report) const
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
        + tr("BundleScope report: %1").arg(report.rootName).toHtmlEscaped() + QStringLiteral("</title><style>")
        + QLatin1String(s_style) + QStringLiteral("</style></head><body>\n<h1>")
        + tr("BundleScope report: %1").arg(report.rootName).toHtmlEscaped() + QStringLiteral("</h1>\n<p>")
        + tr("%1 in %2.")
              .arg(SizeFormat::format(report.totals.bytes), ReportTables::entriesSummary(report))
              .toHtmlEscaped()
        + QStringLiteral("</p>\n");
    if (m_tree)
        html += QStringLiteral("<h2>") + tr("Treemap").toHtmlEscaped() + QStringLiteral("</h2>\n")
            + treemapSvg(*m_tree, 960, 600);
    for (const ReportSection& section : ReportTables::sections(report))
        html += tableHtml(section);
    html += QStringLiteral("</body></html>\n");
    return html.toUtf8();
}

} // namespace BundleScope
