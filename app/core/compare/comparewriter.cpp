// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparewriter.h"

#include "common/sizeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace BundleScope {

namespace {
    QJsonValue fractionJson(std::optional<double> fraction)
    {
        return fraction ? QJsonValue(*fraction) : QJsonValue(QJsonValue::Null);
    }

    QJsonArray entriesJson(const std::vector<BundleComparison::Entry>& entries, int top, bool files)
    {
        QJsonArray array;
        for (const auto& entry : entries) {
            if (array.size() >= top)
                break;
            QJsonObject object { { QLatin1String("name"), entry.name },
                { QLatin1String("before_bytes"), qint64(entry.before) },
                { QLatin1String("after_bytes"), qint64(entry.after) }, { QLatin1String("delta_bytes"), entry.delta() },
                { QLatin1String("change"), BundleComparison::changeId(entry.change) },
                { QLatin1String("fraction"), fractionJson(entry.fraction()) } };
            if (files) {
                object.insert(QLatin1String("category"), CategoryInfo::id(entry.category));
                object.insert(QLatin1String("package"), entry.package);
                if (!entry.previousName.isEmpty())
                    object.insert(QLatin1String("renamed_from"), entry.previousName);
            }
            array.append(object);
        }
        return array;
    }

    QJsonObject sideJson(const BundleComparison::Side& side)
    {
        return { { QLatin1String("root"), side.root }, { QLatin1String("name"), side.rootName },
            { QLatin1String("bytes"), qint64(side.bytes) }, { QLatin1String("files"), qint64(side.files) } };
    }

    QString signedSize(qint64 delta)
    {
        const QString size = SizeFormat::format(quint64(std::abs(delta)));
        if (delta == 0)
            return size;
        return QString((delta > 0 ? u'+' : u'-') + size);
    }

    QString signedPercent(std::optional<double> fraction)
    {
        if (!fraction)
            return QStringLiteral("new");
        return (*fraction > 0 ? QStringLiteral("+") : QString()) + SizeFormat::percent(*fraction);
    }
} // namespace

QJsonObject CompareWriter::toJson(const BundleComparison& comparison, int top)
{
    QJsonObject counts;
    for (auto change :
        { BundleComparison::Change::Added, BundleComparison::Change::Removed, BundleComparison::Change::Grown,
            BundleComparison::Change::Shrunk, BundleComparison::Change::Unchanged, BundleComparison::Change::Renamed })
        counts.insert(BundleComparison::changeId(change), comparison.count(change));
    return { { QLatin1String("schema"), QStringLiteral("bundlescope.compare/2") },
        { QLatin1String("before"), sideJson(comparison.before) },
        { QLatin1String("after"), sideJson(comparison.after) }, { QLatin1String("delta_bytes"), comparison.delta() },
        { QLatin1String("fraction"), fractionJson(comparison.fraction()) },
        { QLatin1String("moved_files"), qint64(comparison.movedFiles) }, { QLatin1String("file_changes"), counts },
        { QLatin1String("top"), top }, { QLatin1String("packages"), entriesJson(comparison.packages, top, false) },
        { QLatin1String("categories"), entriesJson(comparison.categories, top, false) },
        { QLatin1String("files"), entriesJson(comparison.files, top, true) } };
}

QByteArray CompareWriter::text(const BundleComparison& comparison, int top, bool markdown)
{
    QString out;
    const QString heading = markdown ? QStringLiteral("### ") : QString();
    out += heading
        + tr("Bundle size: %1 → %2 (%3, %4)")
              .arg(SizeFormat::format(comparison.before.bytes), SizeFormat::format(comparison.after.bytes),
                  signedSize(comparison.delta()), signedPercent(comparison.fraction()))
        + QLatin1String("\n\n");
    out += tr("Files: %1 added, %2 removed, %3 grown, %4 shrunk, %5 renamed, %6 unchanged; %7 moved between layouts.")
               .arg(comparison.count(BundleComparison::Change::Added))
               .arg(comparison.count(BundleComparison::Change::Removed))
               .arg(comparison.count(BundleComparison::Change::Grown))
               .arg(comparison.count(BundleComparison::Change::Shrunk))
               .arg(comparison.count(BundleComparison::Change::Renamed))
               .arg(comparison.count(BundleComparison::Change::Unchanged))
               .arg(comparison.movedFiles)
        + QLatin1String("\n");
    const auto table = [&](const QString& title, const std::vector<BundleComparison::Entry>& entries) {
        out += u'\n' + (markdown ? QStringLiteral("#### ") : QString()) + title + u'\n';
        if (entries.empty() || entries.front().change == BundleComparison::Change::Unchanged) {
            out += (markdown ? QString() : QStringLiteral("  ")) + tr("(no changes)") + u'\n';
            return;
        }
        if (markdown)
            out += tr("| Name | Change | Before | After | Δ | Δ %") + QLatin1String(" |\n|---|---|--:|--:|--:|--:|\n");
        int rows = 0;
        for (const auto& entry : entries) {
            if (rows++ >= top || entry.change == BundleComparison::Change::Unchanged)
                break;
            const QString name
                = entry.previousName.isEmpty() ? entry.name : entry.previousName + QStringLiteral(" → ") + entry.name;
            const QStringList cells { markdown ? u'`' + name + u'`' : name, BundleComparison::changeLabel(entry.change),
                SizeFormat::format(entry.before), SizeFormat::format(entry.after), signedSize(entry.delta()),
                signedPercent(entry.fraction()) };
            if (markdown)
                out += QLatin1String("| ") + cells.join(QLatin1String(" | ")) + QLatin1String(" |\n");
            else
                out += QLatin1String("  ") + cells.join(QLatin1String("  ")) + u'\n';
        }
    };
    table(tr("Packages"), comparison.packages);
    table(tr("Categories"), comparison.categories);
    table(tr("Files"), comparison.files);
    return out.toUtf8();
}

QByteArray CompareWriter::write(const BundleComparison& comparison, Format format, int top)
{
    if (format == Format::Json)
        return QJsonDocument(toJson(comparison, top)).toJson(QJsonDocument::Indented);
    return text(comparison, top, format == Format::Markdown);
}

} // namespace BundleScope
