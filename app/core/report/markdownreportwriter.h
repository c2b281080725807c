// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportwriter.h"

#include <QCoreApplication>

namespace BundleScope {

// The pull-request comment: a heading, a one-line summary and GitHub-flavoured Markdown tables (GFM spec, "Tables"
// extension), errors folded in <details>. Rows are capped (--top, 50 errors) so the comment stays far below GitHub's
// 65,536-character limit. Stateless, any thread.
class MarkdownReportWriter : public ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::MarkdownReportWriter)
public:
    QByteArray write(const BundleReport& report) const override;
    // Backslash-escapes characters that Markdown or a table cell would interpret (| * _ ` [ ] < > # \).
    static QString escape(const QString& text);
};

} // namespace BundleScope
