// SPDX-License-Identifier: GPL-3.0-or-later
#include "textreportwriter.h"

#include "bundlereport.h"
#include "common/sizeformat.h"
#include "reporttables.h"
#include "texttable.h"

namespace BundleScope {

QByteArray TextReportWriter::write(const BundleReport& report) const
{
    QString text = tr("BundleScope report for %1").arg(report.root) + u'\n';
    QList<QPair<QString, QString>> summary {
        { tr("Layout"), LayoutDetector::displayName(report.layout) },
        { tr("Contents"), report.contentsPath.isEmpty() ? tr("(top folder)") : report.contentsPath },
        { tr("Size"),
            tr("%1 (%2 bytes), %3 on disk")
                .arg(SizeFormat::format(report.totals.bytes))
                .arg(report.totals.bytes)
                .arg(SizeFormat::format(report.totals.allocatedBytes)) },
        { tr("Entries"), ReportTables::entriesSummary(report) },
    };
    if (const QString pyinstaller = ReportTables::pyInstallerSummary(report); !pyinstaller.isEmpty())
        summary.append({ tr("PyInstaller"), pyinstaller });
    if (const QString note = ReportTables::oneFileNote(report); !note.isEmpty())
        summary.append({ tr("Start-up"), note });
    qsizetype labelWidth = 0;
    for (const auto& line : std::as_const(summary))
        labelWidth = std::max(labelWidth, line.first.size() + 1);
    for (const auto& line : std::as_const(summary))
        text += QString(line.first + u':').leftJustified(labelWidth + 1) + line.second + u'\n';

    for (const ReportSection& section : ReportTables::sections(report)) {
        text += u'\n' + section.title + u'\n';
        if (!section.note.isEmpty())
            text += QLatin1String("  ") + section.note + u'\n';
        if (section.columns.isEmpty())
            continue;
        if (section.rows.isEmpty()) {
            text += QLatin1String("  ") + tr("(none)") + u'\n';
            continue;
        }
        TextTable table(section.columns, section.rightAligned);
        for (const QStringList& row : section.rows)
            table.addRow(row);
        text += table.render();
    }
    return text.toUtf8();
}

} // namespace BundleScope
