// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerrorssection.h"

#include "common/result.h"

#include <QJsonArray>

#include <algorithm>
#include <tuple>

namespace BundleScope {

namespace {
    const QString s_analysis = QStringLiteral("analysis");
    const QString s_estimate = QStringLiteral("estimate");

    void append(QJsonArray& array, ReportSection& section, const QString& step, std::vector<Error> errors)
    {
        std::sort(errors.begin(), errors.end(),
            [](const Error& a, const Error& b) { return std::tie(a.path, a.message) < std::tie(b.path, b.message); });
        for (const Error& error : errors) {
            array.append(QJsonObject {
                { QStringLiteral("step"), step },
                { QStringLiteral("path"), error.path },
                { QStringLiteral("message"), error.message },
            });
            section.rows.append({ step, error.path, error.message });
        }
    }
} // namespace

std::vector<ReportSection> ReadErrorsSection::make(
    const std::vector<Error>& analysis, const std::vector<Error>& estimate)
{
    if (analysis.empty() && estimate.empty())
        return {};
    ReportSection section;
    section.key = key();
    section.title = tr("Entries the analysis or the estimate could not read");
    section.columns = { tr("Step"), tr("Path"), tr("Message") };
    QJsonArray array;
    append(array, section, s_analysis, analysis);
    append(array, section, s_estimate, estimate);
    section.json = array;
    return { section };
}

ReadErrorsSection::Recorded ReadErrorsSection::parse(const QJsonObject& sections)
{
    Recorded recorded;
    const QJsonArray array = sections.value(key()).toArray();
    for (const QJsonValue& value : array) {
        const QJsonObject entry = value.toObject();
        const QString step = entry.value(QLatin1String("step")).toString();
        const QJsonValue path = entry.value(QLatin1String("path")); // "" is the root: a one-file executable
        const QString message = entry.value(QLatin1String("message")).toString();
        if (!path.isString())
            continue;
        Error error = makeError(Error::Code::Io, message, path.toString());
        if (step == s_analysis)
            recorded.analysis.push_back(std::move(error));
        else if (step == s_estimate)
            recorded.estimate.push_back(std::move(error));
    }
    return recorded;
}

} // namespace BundleScope
