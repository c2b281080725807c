// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownreportwriter.h"

#include "bundlereport.h"
#include "common/sizeformat.h"
#include "reporttables.h"

namespace BundleScope {

namespace {

    QString tableMarkdown(const ReportSection& section)
    {
        QStringList header, rule;
        for (qsizetype column = 0; column < section.columns.size(); ++column) {
            header.append(MarkdownReportWriter::escape(section.columns[column]));
            rule.append(section.rightAligned.value(column, false) ? QStringLiteral("--:") : QStringLiteral("---"));
        }
        QString text
            = u"| " + header.join(QLatin1String(" | ")) + u" |\n| " + rule.join(QLatin1String(" | ")) + u" |\n";
        for (const QStringList& row : section.rows) {
            QStringList cells;
            for (qsizetype column = 0; column < section.columns.size(); ++column)
                cells.append(MarkdownReportWriter::escape(row.value(column)));
            text += u"| " + cells.join(QLatin1String(" | ")) + u" |\n";
        }
        return text;
    }

    QString sectionMarkdown(const ReportSection& section)
    {
        const bool folded = section.key == u"errors";
        QString text;
        if (folded)
            text = QStringLiteral("<details><summary>") + section.title.toHtmlEscaped()
                + QStringLiteral("</summary>\n\n");
        else
            text = QStringLiteral("#### ") + MarkdownReportWriter::escape(section.title) + QStringLiteral("\n\n");
        if (!section.note.isEmpty())
            text += MarkdownReportWriter::escape(section.note) + u"\n\n";
        if (!section.columns.isEmpty() && !section.rows.isEmpty())
            text += tableMarkdown(section) + u'\n';
        if (folded)
            text += QStringLiteral("</details>\n\n");
        return text;
    }

} // namespace

QString MarkdownReportWriter::escape(const QString& text)
{
    static const QString special = QStringLiteral("\\|*_`[]<>#");
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (special.contains(c))
            result.append(u'\\');
        result.append(c == u'\n' ? u' ' : c);
    }
    return result;
}

QByteArray MarkdownReportWriter::write(const BundleReport& report) const
{
    QString text = QStringLiteral("### ") + tr("BundleScope report: %1").arg(escape(report.rootName)) + u"\n\n";
    text += tr("**%1** (%2 bytes, %3 on disk) · %4 · %5")
                .arg(SizeFormat::format(report.totals.bytes))
                .arg(report.totals.bytes)
                .arg(SizeFormat::format(report.totals.allocatedBytes))
                .arg(escape(ReportTables::entriesSummary(report)))
                .arg(escape(LayoutDetector::displayName(report.layout)))
        + u"\n\n";
    if (const QString pyinstaller = ReportTables::pyInstallerSummary(report); !pyinstaller.isEmpty())
        text += tr("PyInstaller: %1").arg(escape(pyinstaller)) + u"\n\n";
    if (const QString note = ReportTables::oneFileNote(report); !note.isEmpty())
        text += QStringLiteral("> ") + escape(note) + u"\n\n";
    for (const ReportSection& section : ReportTables::sections(report))
        text += sectionMarkdown(section);
    while (text.endsWith(QLatin1String("\n\n")))
        text.chop(1);
    return text.toUtf8();
}

} // namespace BundleScope
