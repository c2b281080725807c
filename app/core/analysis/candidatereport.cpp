// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidatereport.h"

#include "analysis/potentialcalculator.h"
#include "common/sizeformat.h"

#include <QJsonArray>

namespace BundleScope {

QJsonObject CandidateReport::candidateJson(const Candidate& candidate, const BundleTree& tree)
{
    QStringList paths;
    for (const Candidate::FileSaving& file : candidate.files) {
        if (tree.isValid(file.node))
            paths.append(tree.path(file.node));
    }
    paths.sort();
    paths.removeDuplicates();
    return QJsonObject {
        { QStringLiteral("id"), candidate.id },
        { QStringLiteral("kind"), candidateKindId(candidate.kind) },
        { QStringLiteral("title"), candidate.title },
        { QStringLiteral("why"), candidate.why },
        { QStringLiteral("paths"), QJsonArray::fromStringList(paths) },
        { QStringLiteral("bytes"), qint64(candidate.bytes) },
        { QStringLiteral("saving"), qint64(candidate.saving) },
        { QStringLiteral("confidence"), confidenceId(candidate.confidence) },
        { QStringLiteral("advised"), candidate.advised },
        { QStringLiteral("estimated"), candidate.estimated },
        { QStringLiteral("action"), candidate.action },
    };
}

QJsonObject CandidateReport::potentialJson(const Potential& potential)
{
    return QJsonObject {
        { QStringLiteral("bytes_before"), qint64(potential.bytesBefore) },
        { QStringLiteral("bytes_after"), qint64(potential.bytesAfter) },
        { QStringLiteral("saving"), qint64(potential.saving) },
    };
}

std::vector<ReportSection> CandidateReport::sections(
    const AnalysisResult& result, const BundleTree& tree, quint64 minSaving)
{
    std::vector<const Candidate*> listed, advised;
    for (const Candidate& candidate : result.candidates) {
        if (candidate.saving < minSaving || (minSaving > 0 && candidate.saving == 0))
            continue;
        listed.push_back(&candidate);
        if (candidate.advised)
            advised.push_back(&candidate);
    }
    const Potential potential = PotentialCalculator::compute(tree, advised);

    ReportSection candidates;
    candidates.key = QStringLiteral("candidates");
    candidates.title = tr("Optimization candidates");
    candidates.columns = { tr("Saving"), tr("Confidence"), tr("Advised"), tr("Candidate"), tr("Id") };
    candidates.rightAligned = { true, false, false, false, false };
    QJsonArray array;
    for (const Candidate* candidate : listed) {
        array.append(candidateJson(*candidate, tree));
        const QString saving
            = (candidate->estimated ? QStringLiteral("~") : QString()) + SizeFormat::format(candidate->saving);
        candidates.rows.append({ saving, confidenceId(candidate->confidence), candidate->advised ? tr("yes") : tr("no"),
            candidate->title, candidate->id });
    }
    candidates.json = array;
    if (listed.empty())
        candidates.note = tr("No candidate saves at least %1.").arg(SizeFormat::format(minSaving));

    ReportSection total;
    total.key = QStringLiteral("potential");
    total.title = tr("Potential");
    total.json = potentialJson(potential);
    // The sign comes with the number, as in the candidates panel's headline: nothing to save reads "(0.0%)", never
    // "(-0.0%)", in every locale.
    total.note = tr("Potential: %1 -> %2 (%3), advised candidates only, every byte counted once.")
                     .arg(SizeFormat::format(potential.bytesBefore), SizeFormat::format(potential.bytesAfter),
                         SizeFormat::percent(-potential.fraction()));
    return { candidates, total };
}

} // namespace BundleScope
