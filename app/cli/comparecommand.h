// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include <QCoreApplication>

namespace BundleScope {

// `bundlescope compare BEFORE AFTER [--format text|json|markdown] [--top N] [--output FILE]`: scans or loads both
// sides (bundles or snapshots), computes a BundleComparison and writes it with CompareWriter ("bundlescope.compare/2"
// for JSON, see app/core/compare/COMPARE.md). Main thread; owned by CommandLine.
class CompareCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::CompareCommand)
public:
    QString name() const override { return QStringLiteral("compare"); }
    QString summary() const override;
    QString usage() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const override;
};

} // namespace BundleScope
