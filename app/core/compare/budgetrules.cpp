// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetrules.h"

#include "common/sizeformat.h"

#include <QFileInfo>
#include <QSettings>

#include <set>

namespace BundleScope {

namespace {
    const char* const s_sizeKeys[]
        = { "max_total", "max_compressed", "max_duplicate_waste", "max_unstripped", "max_gpu_stack" };

    std::optional<quint64>* sizeField(BudgetRules& rules, int index)
    {
        std::optional<quint64>* fields[] = { &rules.maxTotal, &rules.maxCompressed, &rules.maxDuplicateWaste,
            &rules.maxUnstripped, &rules.maxGpuStack };
        return fields[index];
    }

    QString normalizedPackage(const QString& name)
    {
        return name.trimmed().toLower().replace(u'_', u'-');
    }

    BudgetRules::Outcome sizeOutcome(const QString& rule, quint64 figure, quint64 limit)
    {
        return { rule, figure <= limit, SizeFormat::format(figure), SizeFormat::format(limit) };
    }
} // namespace

Result<BudgetRules> BudgetRules::fromIni(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return makeError(Error::Code::NotFound, tr("The rules file does not exist."), path);
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return makeError(Error::Code::Malformed, tr("The rules file is not a valid INI file."), path);
    if (settings.childGroups().contains(QLatin1String("bundlescope")))
        settings.beginGroup(QStringLiteral("bundlescope"));
    static const QStringList known { QStringLiteral("max_total"), QStringLiteral("max_compressed"),
        QStringLiteral("max_duplicate_waste"), QStringLiteral("max_unstripped"), QStringLiteral("max_gpu_stack"),
        QStringLiteral("forbidden_packages") };
    const QStringList keys = settings.childKeys();
    for (const QString& key : keys) {
        if (!known.contains(key))
            return makeError(Error::Code::Malformed,
                tr("Unknown rule \"%1\"; known rules: %2.").arg(key, known.join(QLatin1String(", "))), path);
    }
    BudgetRules rules;
    for (int i = 0; i < int(std::size(s_sizeKeys)); ++i) {
        const QString key = QLatin1String(s_sizeKeys[i]);
        if (!settings.contains(key))
            continue;
        const QString text = settings.value(key).toString();
        const std::optional<quint64> size = SizeFormat::parse(text);
        if (!size)
            return makeError(
                Error::Code::Malformed, tr("Rule %1 needs a size such as 1.5GiB, not \"%2\".").arg(key, text), path);
        *sizeField(rules, i) = size;
    }
    // QSettings splits an unquoted "a, b" into a list already.
    const QStringList forbidden = settings.value(QStringLiteral("forbidden_packages")).toStringList();
    for (const QString& item : forbidden) {
        for (const QString& name : item.split(u',', Qt::SkipEmptyParts)) {
            if (!name.trimmed().isEmpty())
                rules.forbiddenPackages.append(name.trimmed());
        }
    }
    if (rules.isEmpty())
        return makeError(Error::Code::Malformed, tr("The rules file sets no rule."), path);
    return rules;
}

bool BudgetRules::isEmpty() const
{
    return !maxTotal && !maxCompressed && !maxDuplicateWaste && !maxUnstripped && !maxGpuStack
        && forbiddenPackages.isEmpty();
}

quint64 BudgetRules::candidateBytes(const AnalysisResult& analysis, Candidate::Kind kind, bool saving)
{
    quint64 total = 0;
    for (const Candidate& candidate : analysis.candidates) {
        if (candidate.kind == kind)
            total += saving ? candidate.saving : candidate.bytes;
    }
    return total;
}

QStringList BudgetRules::presentPackages(const BundleTree& tree)
{
    std::set<PackageId> present;
    for (NodeId id = 1; id < tree.nodeCount(); ++id) {
        if (tree.kind(id) == NodeKind::File && tree.package(id) != OtherPackage)
            present.insert(tree.package(id));
    }
    QStringList names;
    for (PackageId id : present)
        names.append(tree.packageName(id));
    return names;
}

std::vector<BudgetRules::Outcome> BudgetRules::evaluate(const Inputs& inputs) const
{
    std::vector<Outcome> outcomes;
    if (maxTotal && inputs.tree)
        outcomes.push_back(sizeOutcome(QStringLiteral("max_total"), inputs.tree->totalSize(), *maxTotal));
    if (maxCompressed && inputs.compressedBytes)
        outcomes.push_back(sizeOutcome(QStringLiteral("max_compressed"), *inputs.compressedBytes, *maxCompressed));
    if (inputs.analysis) {
        const AnalysisResult& a = *inputs.analysis;
        if (maxDuplicateWaste)
            outcomes.push_back(sizeOutcome(QStringLiteral("max_duplicate_waste"),
                candidateBytes(a, Candidate::Kind::Duplicate, true), *maxDuplicateWaste));
        if (maxUnstripped)
            outcomes.push_back(sizeOutcome(QStringLiteral("max_unstripped"),
                candidateBytes(a, Candidate::Kind::StripDebug, true), *maxUnstripped));
        if (maxGpuStack)
            outcomes.push_back(sizeOutcome(
                QStringLiteral("max_gpu_stack"), candidateBytes(a, Candidate::Kind::GpuStack, false), *maxGpuStack));
    }
    if (!forbiddenPackages.isEmpty() && inputs.tree) {
        QStringList found;
        const QStringList present = presentPackages(*inputs.tree);
        for (const QString& name : present) {
            for (const QString& forbidden : forbiddenPackages) {
                if (normalizedPackage(name) == normalizedPackage(forbidden))
                    found.append(name);
            }
        }
        outcomes.push_back({ QStringLiteral("forbidden_packages"), found.isEmpty(),
            found.isEmpty() ? tr("none present") : found.join(QLatin1String(", ")),
            forbiddenPackages.join(QLatin1String(", ")) });
    }
    return outcomes;
}

} // namespace BundleScope
