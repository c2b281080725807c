// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"
#include "scan/scanpipeline.h"

#include "analysis/analysisrunner.h"
#include "common/sizeformat.h"
#include "estimate/compressionestimator.h"
#include "reportcommand.h"
#include "snapshotcommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace BundleScope {

namespace {
    const QString s_rules = QStringLiteral("rules");
    const QString s_budget = QStringLiteral("budget");
    const QString s_budgetCompressed = QStringLiteral("budget-compressed");
    const QString s_rulesFileName = QStringLiteral(".bundlescope.ini");
} // namespace

QString CheckCommand::summary() const
{
    return tr("Checks a bundle against the size rules of a .bundlescope.ini; exits 1 when a rule fails.");
}

QString CheckCommand::usage() const
{
    return tr("check [options] PATH");
}

void CheckCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("The bundle or snapshot to check."));
    parser.addOption({ s_rules,
        tr("The rules file (default: .bundlescope.ini in the current folder, else next to the bundle)."), tr("FILE") });
}

QString CheckCommand::findRulesFile(const QString& bundlePath)
{
    const QString here = QDir::current().filePath(s_rulesFileName);
    if (QFileInfo::exists(here))
        return here;
    return QFileInfo(QFileInfo(bundlePath).absolutePath()).absoluteFilePath() + u'/' + s_rulesFileName;
}

void CheckCommand::printReadErrors(const std::vector<Error>& errors, QTextStream& err)
{
    // On stderr, one line per entry: a figure that left out (or over-counted) an unreadable file must not pass
    // unnoticed in CI logs.
    for (const Error& error : errors)
        err << tr("warning: %1 could not be read: %2").arg(error.path, error.message) << Qt::endl;
}

Result<std::vector<BudgetRules::Outcome>> CheckCommand::evaluate(
    const BudgetRules& rules, const ScanResult& scan, std::vector<Error>& readErrors)
{
    BudgetRules::Inputs inputs;
    inputs.tree = scan.tree.get();
    std::optional<AnalysisResult> analysis;
    const CancellationToken token;
    if (rules.needsAnalysis()) {
        AnalysisContext context { *scan.tree, *scan.reader, token };
        context.dependencies = scan.dependencies;
        context.imports = ScanPipeline::importGraph(scan, token);
        context.recordedErrors = scan.recordedAnalysisErrors;
        Result<AnalysisResult> result = AnalysisRunner().run(context);
        if (!result)
            return result.error();
        analysis = std::move(*result);
        inputs.analysis = &*analysis;
        readErrors.insert(readErrors.end(), analysis->errors.begin(), analysis->errors.end());
    }
    if (rules.needsEstimate()) {
        EstimateOptions options;
        options.formats = { ArchiveFormat::TarGz };
        const Result<EstimateResult> estimate = CompressionEstimator::estimate(*scan.tree, *scan.reader, options);
        if (!estimate)
            return estimate.error();
        inputs.compressedBytes = estimate->total(ArchiveFormat::TarGz);
        readErrors.insert(readErrors.end(), estimate->errors.begin(), estimate->errors.end());
        readErrors.insert(readErrors.end(), scan.recordedEstimateErrors.begin(), scan.recordedEstimateErrors.end());
    }
    return rules.evaluate(inputs);
}

int CheckCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const
{
    const QStringList paths = parser.positionalArguments();
    if (paths.size() != 1) {
        err << tr("bundlescope check: needs exactly one PATH.") << Qt::endl;
        return ExitCode::BadArguments;
    }
    const QString rulesPath = parser.isSet(s_rules) ? parser.value(s_rules) : findRulesFile(paths.first());
    const Result<BudgetRules> rules = BudgetRules::fromIni(rulesPath);
    if (!rules) {
        err << tr("bundlescope check: %1").arg(rules.error().toString()) << Qt::endl;
        return ExitCode::BadArguments;
    }
    const Result<ScanResult> scanned = SnapshotCommand::scanPath(paths.first());
    if (!scanned) {
        err << tr("bundlescope check: %1").arg(scanned.error().toString()) << Qt::endl;
        return ReportCommand::exitCodeFor(scanned.error());
    }
    std::vector<Error> readErrors;
    const Result<std::vector<BudgetRules::Outcome>> outcomes = evaluate(*rules, *scanned, readErrors);
    printReadErrors(readErrors, err);
    if (!outcomes) {
        err << tr("bundlescope check: %1").arg(outcomes.error().toString()) << Qt::endl;
        return ExitCode::Failed;
    }
    bool allPassed = true;
    for (const BudgetRules::Outcome& outcome : *outcomes) {
        allPassed = allPassed && outcome.passed;
        out << (outcome.passed ? QStringLiteral("PASS  ") : QStringLiteral("FAIL  ")) << outcome.rule.leftJustified(20)
            << tr("%1 (limit %2)").arg(outcome.figure, outcome.limit) << Qt::endl;
    }
    return allPassed ? ExitCode::Ok : ExitCode::CheckFailed;
}

void CheckCommand::addBudgetOptions(QCommandLineParser& parser)
{
    parser.addOption({ s_budget, tr("Exits 1 when the bundle is larger than SIZE (e.g. 1.5GiB)."), tr("SIZE") });
    parser.addOption(
        { s_budgetCompressed, tr("Exits 1 when the estimated tar.gz of the bundle is larger than SIZE."), tr("SIZE") });
}

int CheckCommand::validateBudgetOptions(const QCommandLineParser& parser, QTextStream& err)
{
    for (const QString& option : { s_budget, s_budgetCompressed }) {
        if (parser.isSet(option) && !SizeFormat::parse(parser.value(option))) {
            err << tr("bundlescope: --%1 needs a size such as 1.5GiB, not \"%2\".").arg(option, parser.value(option))
                << Qt::endl;
            return ExitCode::BadArguments;
        }
    }
    return ExitCode::Ok;
}

int CheckCommand::checkBudgetOptions(const QCommandLineParser& parser, const ScanResult& scan, QTextStream& err)
{
    BudgetRules rules;
    if (parser.isSet(s_budget))
        rules.maxTotal = SizeFormat::parse(parser.value(s_budget));
    if (parser.isSet(s_budgetCompressed))
        rules.maxCompressed = SizeFormat::parse(parser.value(s_budgetCompressed));
    if (rules.isEmpty())
        return ExitCode::Ok;
    std::vector<Error> readErrors;
    const Result<std::vector<BudgetRules::Outcome>> outcomes = evaluate(rules, scan, readErrors);
    printReadErrors(readErrors, err);
    if (!outcomes) {
        err << tr("bundlescope: %1").arg(outcomes.error().toString()) << Qt::endl;
        return ExitCode::Failed;
    }
    int code = ExitCode::Ok;
    for (const BudgetRules::Outcome& outcome : *outcomes) {
        if (outcome.passed)
            continue;
        err << tr("Over budget: %1 is %2, the limit is %3.")
                   .arg(outcome.rule == u"max_total" ? tr("the bundle") : tr("the estimated tar.gz"), outcome.figure,
                       outcome.limit)
            << Qt::endl;
        code = ExitCode::CheckFailed;
    }
    return code;
}

} // namespace BundleScope
