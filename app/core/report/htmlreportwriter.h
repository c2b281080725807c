// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletree.h"
#include "report/reportwriter.h"

#include <QCoreApplication>

namespace BundleScope {

// Writes a BundleReport as one self-contained HTML page: summary, the report tables (ReportTables) and, when the
// tree is given, a treemap as inline SVG from SquarifiedLayout (one <rect> per leaf tile, coloured by category, a
// <title> tooltip each). No scripts, fonts, images or links to anything outside the page. Stateless apart from the
// shared read-only tree; any thread.
class HtmlReportWriter : public ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::HtmlReportWriter)
public:
    explicit HtmlReportWriter(BundleTreePtr tree = {});
    QByteArray write(const BundleReport& report) const override;

    // The treemap of the whole tree as an <svg> element of the given size in CSS pixels.
    static QString treemapSvg(const BundleTree& tree, int width, int height);
    static QString categoryColor(Category category); // "#rrggbb"

private:
    BundleTreePtr m_tree;
};

} // namespace BundleScope
