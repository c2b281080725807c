// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttables.h"

#include "bundlereport.h"
#include "common/sizeformat.h"
#include "deps/dependencyattribution.h"

namespace BundleScope {

namespace {
    QString share(quint64 bytes, quint64 total)
    {
        return SizeFormat::percent(total == 0 ? 0.0 : double(bytes) / double(total));
    }
} // namespace

std::vector<ReportSection> ReportTables::sections(const BundleReport& report)
{
    std::vector<ReportSection> result { categories(report), packages(report), largest(report) };
    ReportSection loaders = neededBy(report);
    if (!loaders.rows.isEmpty())
        result.push_back(std::move(loaders));
    if (!report.errors.empty())
        result.push_back(errors(report));
    result.insert(result.end(), report.extraSections.begin(), report.extraSections.end());
    return result;
}

QString ReportTables::entriesSummary(const BundleReport& report)
{
    const BundleReport::Totals& t = report.totals;
    return tr("%1 files, %2 folders, %3 symlinks, %4 errors").arg(t.files).arg(t.dirs).arg(t.symlinks).arg(t.errors);
}

QString ReportTables::pyInstallerSummary(const BundleReport& report)
{
    const BundleReport::PyInstallerInfo& info = report.pyinstaller;
    if (!info.isPresent())
        return {};
    return tr("Python %1, bootloader %2, PKG %3, PYZ %4")
        .arg(info.pythonVersionText(), SizeFormat::format(info.bootloaderBytes), SizeFormat::format(info.pkgBytes),
            SizeFormat::format(info.pyzBytes));
}

QString ReportTables::oneFileNote(const BundleReport& report)
{
    if (!report.pyinstaller.oneFile)
        return {};
    return tr("one-file: unpacks to a temporary folder at every start (a one-folder bundle starts faster)");
}

ReportSection ReportTables::categories(const BundleReport& report)
{
    ReportSection section;
    section.key = QStringLiteral("categories");
    section.title = tr("Categories");
    section.columns = { tr("Category"), tr("Size"), tr("Share"), tr("Files") };
    section.rightAligned = { false, true, true, true };
    for (const BundleReport::CategoryEntry& entry : report.categories) {
        section.rows.append({ BundleReport::categoryLabel(entry.category), SizeFormat::format(entry.bytes),
            share(entry.bytes, report.totals.bytes), QString::number(entry.files) });
    }
    return section;
}

ReportSection ReportTables::packages(const BundleReport& report)
{
    ReportSection section;
    section.key = QStringLiteral("packages");
    const std::size_t shown = std::min(report.packages.size(), std::size_t(report.top));
    section.title = shown < report.packages.size()
        ? tr("Packages (largest %1 of %2)").arg(shown).arg(report.packages.size())
        : tr("Packages");
    section.note = tr("Excluding saves: what leaves the bundle when only this package is excluded. Native libraries "
                      "other packages also need stay; they belong to the package whose folder or name family they "
                      "carry, or to a \"shared\" entry that lists the packages needing them.");
    section.columns
        = { tr("Package"), tr("Size"), tr("Share"), tr("Files"), tr("Excluding saves"), tr("Also needed by") };
    section.rightAligned = { false, true, true, true, true, false };
    for (std::size_t i = 0; i < shown; ++i) {
        const BundleReport::PackageEntry& entry = report.packages[i];
        const bool shared = DependencyAttribution::isSharedPackageName(entry.name);
        section.rows.append({ entry.name, SizeFormat::format(entry.bytes), share(entry.bytes, report.totals.bytes),
            QString::number(entry.files), shared ? QStringLiteral("-") : SizeFormat::format(entry.exclusiveBytes),
            shared ? QString() : entry.sharedWith.join(QLatin1String(", ")) });
    }
    return section;
}

ReportSection ReportTables::largest(const BundleReport& report)
{
    ReportSection section;
    section.key = QStringLiteral("largest");
    section.title = tr("Largest files");
    section.columns = { tr("Size"), tr("Category"), tr("Package"), tr("Path") };
    section.rightAligned = { true, false, false, false };
    for (const BundleReport::FileEntry& entry : report.largest) {
        section.rows.append({ SizeFormat::format(entry.bytes), BundleReport::categoryLabel(entry.category),
            entry.package, entry.path });
    }
    return section;
}

ReportSection ReportTables::neededBy(const BundleReport& report)
{
    // The `needed_by` chains of the JSON report: [file, loader, ..., root]; a root alone (chain of 1) is left out.
    ReportSection section;
    section.key = QStringLiteral("needed_by");
    section.title = tr("What loads the largest native files");
    section.note = tr("Shortest chain from each file to the extension module or launcher that loads it first.");
    section.columns = { tr("File"), tr("Needed by") };
    const QString arrow = QLatin1Char(' ') + QChar(0x2190) + QLatin1Char(' ');
    for (const BundleReport::FileEntry& entry : report.largest) {
        if (entry.neededBy.size() > 1)
            section.rows.append({ entry.path, entry.neededBy.mid(1).join(arrow) });
    }
    return section;
}

ReportSection ReportTables::errors(const BundleReport& report)
{
    ReportSection section;
    section.key = QStringLiteral("errors");
    section.title = tr("Errors (%1)").arg(report.errors.size());
    section.columns = { tr("Path"), tr("Problem") };
    const std::size_t shown = std::min(report.errors.size(), std::size_t(MaxErrorRows));
    for (std::size_t i = 0; i < shown; ++i)
        section.rows.append({ report.errors[i].path, report.errors[i].message });
    if (shown < report.errors.size())
        section.note
            = tr("%n more error(s) not shown; the JSON report lists all.", nullptr, int(report.errors.size() - shown));
    return section;
}

} // namespace BundleScope
