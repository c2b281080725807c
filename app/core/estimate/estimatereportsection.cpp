// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimatereportsection.h"

#include "common/sizeformat.h"

#include <QJsonObject>

namespace BundleScope {

ReportSection EstimateReportSection::fromResult(const EstimateResult& result, quint64 bundleBytes)
{
    ReportSection section;
    section.key = QStringLiteral("estimates");
    section.title = tr("Estimated archive sizes");
    section.note = tr("Sampled %1 of the input; archives as `bundlescope export` writes them.")
                       .arg(SizeFormat::percent(
                           result.inputBytes ? double(result.sampledBytes) / double(result.inputBytes) : 0.0));
    if (result.find(ArchiveFormat::TarXz))
        section.note += u' '
            + tr("tar.xz is an upper bound: its samples cannot see the 8 MiB of history xz matches against (0-17% "
                 "above the real archive on the corpus).");
    section.columns = QStringList { tr("Format"), tr("Size"), tr("Of the bundle") };
    section.rightAligned = { false, true, true };
    QJsonObject json;
    for (const FormatEstimate& estimate : result.formats) {
        json.insert(ArchiveFormats::id(estimate.format), double(estimate.totalBytes));
        section.rows.append(QStringList { ArchiveFormats::id(estimate.format), SizeFormat::format(estimate.totalBytes),
            SizeFormat::percent(bundleBytes ? double(estimate.totalBytes) / double(bundleBytes) : 0.0) });
    }
    section.json = json;
    return section;
}

} // namespace BundleScope
