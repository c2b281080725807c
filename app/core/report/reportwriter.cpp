// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include "jsonreportwriter.h"
#include "markdownreportwriter.h"
#include "textreportwriter.h"

namespace BundleScope {

std::optional<ReportWriter::Format> ReportWriter::formatFromName(QStringView name)
{
    if (name == u"text")
        return Format::Text;
    if (name == u"json")
        return Format::Json;
    if (name == u"markdown" || name == u"md")
        return Format::Markdown;
    return std::nullopt;
}

QStringList ReportWriter::formatNames()
{
    return { QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown") };
}

std::unique_ptr<ReportWriter> ReportWriter::create(Format format)
{
    switch (format) {
    case Format::Text:
        return std::make_unique<TextReportWriter>();
    case Format::Json:
        return std::make_unique<JsonReportWriter>();
    case Format::Markdown:
        return std::make_unique<MarkdownReportWriter>();
    }
    return nullptr;
}

} // namespace BundleScope
