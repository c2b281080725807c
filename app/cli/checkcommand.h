// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "compare/budgetrules.h"
#include "scan/bundlesource.h"

#include <QCoreApplication>

namespace BundleScope {

// `bundlescope check PATH [--rules FILE]`: evaluates the CI rules of a `.bundlescope.ini` (BudgetRules; default: the
// one in the current folder, else next to the bundle) and prints each rule with PASS/FAIL and its figure. Exit 0 when
// all pass, 1 on any failure, 2 on a missing or bad rules file. Also serves `report --budget/--budget-compressed`.
// Main thread; owned by CommandLine.
class CheckCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::CheckCommand)
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    QString usage() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const override;

    // For `report`: --budget SIZE and --budget-compressed SIZE.
    static void addBudgetOptions(QCommandLineParser& parser);
    // BadArguments (with one line on err) when a budget is not a size; Ok otherwise.
    static int validateBudgetOptions(const QCommandLineParser& parser, QTextStream& err);
    // Every entry the analysis or an estimate could not read, as warnings on stderr (report uses it too).
    static void printReadErrors(const std::vector<Error>& errors, QTextStream& err);
    // CheckFailed with one line on err per exceeded budget; Ok when none is set or all hold.
    static int checkBudgetOptions(const QCommandLineParser& parser, const ScanResult& scan, QTextStream& err);

private:
    static QString findRulesFile(const QString& bundlePath);
    // Runs the analysis and the tar.gz estimate when the rules need them, then evaluates. Files they could not read
    // go to readErrors.
    static Result<std::vector<BudgetRules::Outcome>> evaluate(
        const BudgetRules& rules, const ScanResult& scan, std::vector<Error>& readErrors);
};

} // namespace BundleScope
