// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportsection.h"

#include <QCoreApplication>

#include <vector>

namespace BundleScope {

struct BundleReport;

// The human-readable tables of a report (categories, packages, largest files, what loads the largest native files,
// errors) as ReportSections, followed by
// the report's extra sections; the text and Markdown writers only lay them out. Stateless, any thread.
class ReportTables {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ReportTables)
public:
    static constexpr int MaxErrorRows = 50; // more are summarized in the section note

    static std::vector<ReportSection> sections(const BundleReport& report);
    // "12 files, 3 folders, 1 symlink, 0 errors"
    static QString entriesSummary(const BundleReport& report);
    // "Python 3.11, bootloader 1.2 MB, PKG 310 MB, PYZ 12 MB"; empty when the scan found no PyInstaller archive.
    static QString pyInstallerSummary(const BundleReport& report);
    // The start-up cost of a one-file executable; empty for other bundles.
    static QString oneFileNote(const BundleReport& report);

private:
    static ReportSection categories(const BundleReport& report);
    static ReportSection packages(const BundleReport& report);
    static ReportSection largest(const BundleReport& report);
    static ReportSection neededBy(const BundleReport& report);
    static ReportSection errors(const BundleReport& report);
};

} // namespace BundleScope
