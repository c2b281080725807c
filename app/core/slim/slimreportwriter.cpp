// SPDX-License-Identifier: GPL-3.0-or-later
#include "slimreportwriter.h"

#include "common/sizeformat.h"
#include "report/texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace BundleScope {

namespace {
    QJsonObject trialJson(const SlimTrial& trial)
    {
        QJsonObject object { { QStringLiteral("index"), trial.index },
            { QStringLiteral("removed_candidates"), trial.removedItems },
            { QStringLiteral("removed_bytes"), double(trial.removedBytes) }, { QStringLiteral("passed"), trial.passed },
            { QStringLiteral("seconds"), trial.seconds },
            { QStringLiteral("overhead_seconds"), trial.overheadSeconds } };
        if (!trial.passed)
            object.insert(QStringLiteral("evidence"), trial.evidence);
        return object;
    }

    QJsonObject itemJson(const SlimItem& item)
    {
        return { { QStringLiteral("id"), item.id }, { QStringLiteral("kind"), item.kind },
            { QStringLiteral("title"), item.title }, { QStringLiteral("saving"), double(item.saving) },
            { QStringLiteral("files"), qint64(item.actions.size()) },
            { QStringLiteral("verdict"), slimVerdictId(item.verdict) }, { QStringLiteral("evidence"), item.evidence } };
    }

    QString verdictText(SlimVerdict verdict)
    {
        switch (verdict) {
        case SlimVerdict::Removed:
            return SlimReportWriter::tr("removed");
        case SlimVerdict::Breaks:
            return SlimReportWriter::tr("breaks");
        case SlimVerdict::NotTried:
            break;
        }
        return SlimReportWriter::tr("not tried");
    }

    QString elided(const QString& text, int width)
    {
        return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
    }
} // namespace

QByteArray SlimReportWriter::json(const SlimResult& result)
{
    QJsonArray trials;
    for (const SlimTrial& trial : result.trials) {
        if (trial.index > 0)
            trials.append(trialJson(trial));
    }
    QJsonArray candidates;
    for (const SlimItem& item : result.items)
        candidates.append(itemJson(item));
    QJsonObject baseline { { QStringLiteral("bytes"), double(result.baselineBytes) },
        { QStringLiteral("passed"), result.baselinePassed }, { QStringLiteral("seconds"), result.baselineSeconds },
        { QStringLiteral("traced"), result.traced } };
    if (!result.baselinePassed)
        baseline.insert(QStringLiteral("output_tail"), QJsonArray::fromStringList(result.baselineOutputTail));
    QJsonObject root {
        { QStringLiteral("schema"), SchemaId },
        { QStringLiteral("generator"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("bundlescope") },
                { QStringLiteral("version"), QStringLiteral(BUNDLESCOPE_VERSION) } } },
        { QStringLiteral("root"), result.root },
        { QStringLiteral("command"),
            QJsonObject { { QStringLiteral("run"), result.command }, { QStringLiteral("expect"), result.expect } } },
        { QStringLiteral("baseline"), baseline },
        { QStringLiteral("trials"), trials },
        { QStringLiteral("verified_saving"), double(result.verifiedSaving) },
        { QStringLiteral("final_bytes"), double(result.finalBytes) },
        { QStringLiteral("seconds"), result.seconds },
        { QStringLiteral("output_seconds"), result.outputSeconds },
        { QStringLiteral("candidates"), candidates },
        { QStringLiteral("spec_fragment"), result.specFragment },
        { QStringLiteral("output"), result.output.isEmpty() ? QJsonValue() : QJsonValue(result.output) },
    };
    if (!result.traceNote.isEmpty())
        root.insert(QStringLiteral("trace_note"), result.traceNote);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString SlimReportWriter::summaryLine(const SlimResult& result)
{
    const double fraction = result.baselineBytes ? -double(result.verifiedSaving) / double(result.baselineBytes) : 0.0;
    return tr("Verified: %1 -> %2 (%3), %n trial(s), %4 s", nullptr, result.trialCount())
        .arg(SizeFormat::format(result.baselineBytes), SizeFormat::format(result.finalBytes),
            SizeFormat::percent(fraction))
        .arg(result.seconds, 0, 'f', 0);
}

QString SlimReportWriter::text(const SlimResult& result)
{
    TextTable table({ tr("Candidate"), tr("Saving"), tr("Verdict"), tr("Evidence") }, { false, true, false, false });
    for (const SlimItem& item : result.items)
        table.addRow({ elided(item.id, 60), SizeFormat::format(item.saving), verdictText(item.verdict),
            elided(item.evidence, 110) });
    QString text = table.render();
    if (!result.traceNote.isEmpty())
        text += tr("Note: %1").arg(result.traceNote) + u'\n';
    text += u'\n' + summaryLine(result) + u'\n';
    double overhead = 0;
    double longest = 0;
    for (const SlimTrial& trial : result.trials) {
        if (trial.index > 0) {
            overhead += trial.overheadSeconds;
            longest = std::max(longest, trial.overheadSeconds);
        }
    }
    if (result.trialCount() > 0)
        text += tr("Baseline %1 s; overhead per trial %2 s on average, %3 s at most; working copy made in %4 s.")
                    .arg(result.baselineSeconds, 0, 'f', 1)
                    .arg(overhead / result.trialCount(), 0, 'f', 3)
                    .arg(longest, 0, 'f', 3)
                    .arg(result.copySeconds, 0, 'f', 1)
            + u'\n';
    if (result.verifiedSaving > 0)
        text += u'\n' + tr("PyInstaller .spec changes for the verified removals:") + u'\n' + result.specFragment;
    return text;
}

} // namespace BundleScope
