// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include <memory>
#include <optional>

namespace BundleScope {

struct BundleReport;

// Turns a BundleReport into bytes of one format (JSON, text, Markdown). Implementations are stateless and
// thread-safe; create() hands out a new one owned by the caller.
class ReportWriter {
public:
    enum class Format { Text, Json, Markdown };

    virtual ~ReportWriter() = default;
    virtual QByteArray write(const BundleReport& report) const = 0;

    static std::optional<Format> formatFromName(QStringView name); // "text", "json", "markdown" (or "md")
    static QStringList formatNames();
    static std::unique_ptr<ReportWriter> create(Format format);
};

} // namespace BundleScope
