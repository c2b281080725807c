// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportwriter.h"

#include <QJsonObject>

namespace BundleScope {

// The machine-readable report, schema "bundlescope.report/1" (app/core/report/SCHEMA.md): one JSON object, sizes in
// bytes as integers, arrays sorted deterministically. ReportSections of the report become further top-level members.
// Stateless, any thread.
class JsonReportWriter : public ReportWriter {
public:
    static constexpr const char* Schema = "bundlescope.report/1";

    QJsonObject toJson(const BundleReport& report) const;
    QByteArray write(const BundleReport& report) const override; // indented UTF-8, ends with a newline
    // Top-level members defined by the schema; extra sections may not use these keys.
    static QStringList reservedKeys();
};

} // namespace BundleScope
